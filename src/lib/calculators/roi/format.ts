/** Plain-text summaries, assumption rows and CSV rows of ROI results, for email, the CRM, print and spreadsheets. */
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import { UNIT_LABELS } from '~/lib/calculators/shared/fields';
import type { Cell } from '~/lib/calculators/shared/csv';
import { STREAM_LABELS, computeScenarios, type ReportResult, type RoiResult, type StreamId } from './compute';
import {
	BILLING_LABELS,
	ROI_DEFAULT_BILLING,
	ROI_DEFAULT_SOURCES,
	ROI_DEFAULTS,
	ROI_FIELDS,
	type RoiCase,
	type RoiField,
} from './schema';

/** The source of a value the prospect's case changed from the default: theirs, in their words. */
export const ENTERED_FOR_THIS_CASE = 'Your figure';
import { preparedLine, type ProspectDetails } from './prospect';

const STREAMS: StreamId[] = ['operational', 'errors', 'revenue', 'compliance'];

export function formatPayback(months: number | null, years: number): string {
	if (months === null) return `not within ${years} ${years === 1 ? 'year' : 'years'}`;
	if (months === 0) return 'immediate';
	return `${months} ${months === 1 ? 'month' : 'months'}`;
}

export function formatRoiPct(roiPct: number | null): string {
	return roiPct === null ? 'not defined (no costs)' : formatPercent(roiPct, 0);
}

function formatFieldValue(field: RoiField, value: number): string {
	const spec = ROI_FIELDS[field];
	if (spec.unit === 'dollars') return formatDollars(value, value % 1 === 0 ? 0 : 2);
	if (spec.unit === 'percent') return formatPercent(value);
	return `${formatNumber(value, 2)} ${UNIT_LABELS[spec.unit]}`;
}

/** Every input with its value and where its default comes from. */
export function assumptionRows(c: RoiCase): { label: string; value: string; source: string }[] {
	return [
		// A value the prospect's case changed is theirs: the default's note no longer applies.
		...(Object.keys(ROI_FIELDS) as RoiField[]).map((f) => ({
			label: ROI_FIELDS[f].label,
			value: formatFieldValue(f, c[f]),
			source: c[f] === ROI_DEFAULTS[f] ? ROI_DEFAULT_SOURCES[f] : ENTERED_FOR_THIS_CASE,
		})),
		{
			label: 'Billing',
			value: BILLING_LABELS[c.billing],
			source: c.billing === ROI_DEFAULT_BILLING ? ROI_DEFAULT_SOURCES.billing : ENTERED_FOR_THIS_CASE,
		},
	];
}

function roiTitle(years: number): string {
	return `ROI estimate over ${years} ${years === 1 ? 'year' : 'years'} (TAI Autonomics)`;
}

export function roiSummary(c: RoiCase, r: RoiResult, prospect: ProspectDetails): string {
	const prepared = preparedLine(prospect);
	const lines = [
		roiTitle(c.years),
		...(prepared ? [prepared] : []),
		'',
		`Net present value: ${formatDollars(r.npv)}`,
		`ROI: ${formatRoiPct(r.roiPct)}`,
		`Payback: ${formatPayback(r.paybackMonths, c.years)}`,
		`Annual benefit at full rate: ${formatDollars(r.annualBenefit)} (risk-adjusted: ${formatDollars(r.riskAdjustedAnnualBenefit)})`,
		`Net benefit over ${c.years} ${c.years === 1 ? 'year' : 'years'} (undiscounted): ${formatDollars(r.netBenefit)}`,
		'',
		'Annual value by stream (full run rate, before risk adjustment):',
		...STREAMS.map((s) => `- ${STREAM_LABELS[s]}: ${formatDollars(r.streams[s])}`),
		'',
		'Scenarios (costs unchanged):',
		...computeScenarios(c).map(
			(s) =>
				`- ${s.label}: NPV ${formatDollars(s.result.npv)}, ROI ${formatRoiPct(s.result.roiPct)}, payback ${formatPayback(s.result.paybackMonths, c.years)}`,
		),
		'',
		`Present value of benefits: ${formatDollars(r.pvBenefits)}`,
		`Present value of costs: ${formatDollars(r.pvCosts)}`,
		'',
		`Assumptions: subscription ${formatDollars(c.annualSubscription)} a year billed ${BILLING_LABELS[c.billing].toLowerCase()}, one-time implementation fee ${formatDollars(c.implementationCost)} plus ${formatNumber(c.internalHours)} internal hours, go-live after ${c.implementationDays} days and full benefits ${c.rampMonths} months later, recapture ${formatPercent(c.recapturePct)} of freed hours, discount rate ${formatPercent(c.discountRatePct)}, risk adjustment ${formatPercent(c.riskAdjustmentPct)} on benefits and ${formatPercent(c.costRiskPct)} on costs.`,
	];
	return lines.join('\n');
}

export function roiCsvRows(c: RoiCase, r: RoiResult, prospect: ProspectDetails): Cell[][] {
	return [
		['Prospect company', prospect.company],
		['Prepared by', prospect.preparedBy],
		['Date', prospect.date],
		[],
		['Year', 'Benefits (risk-adjusted)', 'Costs (risk-adjusted)', 'Net', 'Cumulative net', 'Discount factor'],
		[0, 0, r.initialCost, -r.initialCost, -r.initialCost, 1],
		...r.years.map((y) => [y.year, y.benefits, y.costs, y.net, y.cumulative, Number(y.discountFactor.toFixed(4))]),
		[],
		['Present value of benefits', Math.round(r.pvBenefits)],
		['Present value of costs', Math.round(r.pvCosts)],
		['NPV', Math.round(r.npv)],
		['ROI %', r.roiPct === null ? 'not defined' : Number(r.roiPct.toFixed(1))],
		['Payback months', r.paybackMonths === null ? `not within ${c.years} years` : r.paybackMonths],
		[`Net benefit over ${c.years} years`, Math.round(r.netBenefit)],
		[],
		['Scenario', 'NPV', 'ROI %', 'Payback months'],
		...computeScenarios(c).map((s) => [
			s.label,
			Math.round(s.result.npv),
			s.result.roiPct === null ? 'not defined' : Number(s.result.roiPct.toFixed(1)),
			s.result.paybackMonths === null ? `not within ${c.years} years` : s.result.paybackMonths,
		]),
		[],
		['Input', 'Value', 'Source'],
		...assumptionRows(c).map((a) => [a.label, a.value, a.source]),
	];
}

export function reportSummary(r: ReportResult): string {
	return [
		'Week 1 value realization (annualized)',
		...r.streams.map(
			(s) =>
				`- ${STREAM_LABELS[s.id]}: ${formatDollars(s.annualizedValue)}${s.improvementPct === null ? '' : ` (${s.id === 'revenue' ? 'recovered' : 'reduction'} ${formatPercent(s.improvementPct)})`}`,
		),
		`- Total: ${formatDollars(r.totalAnnualized)}`,
	].join('\n');
}

export function reportCsvRows(r: ReportResult): Cell[][] {
	return [
		['Value stream', 'Improvement %', 'Annualized value (USD)'],
		...r.streams.map((s) => [
			STREAM_LABELS[s.id],
			s.improvementPct === null ? '' : Number(s.improvementPct.toFixed(1)),
			Math.round(s.annualizedValue),
		]),
		['Total', '', Math.round(r.totalAnnualized)],
	];
}
