/**
 * What leaves the page: the plain-text summary a rep copies into email or the
 * CRM, and the CSV rows for spreadsheets. Loaded when a reader copies or
 * downloads, never in the calculator's first view.
 */
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import type { Cell } from '~/lib/calculators/shared/csv';
import { STREAM_LABELS, computeScenarios, type ReportResult, type RoiResult, type StreamId } from './compute';
import { assumptionRows, formatPayback, formatRoiPct } from './format';
import { preparedLine, type ProspectDetails } from './prospect';
import { BILLING_LABELS, type RoiCase } from './schema';

const STREAMS: StreamId[] = ['operational', 'errors', 'revenue', 'compliance'];

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
