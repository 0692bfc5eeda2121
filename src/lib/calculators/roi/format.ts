/** Plain-text summaries and CSV rows of ROI results, for email, the CRM and spreadsheets. */
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import type { Cell } from '~/lib/calculators/shared/csv';
import { STREAM_LABELS, type ReportResult, type RoiResult, type StreamId } from './compute';
import type { RoiInputs } from './schema';

const STREAMS: StreamId[] = ['operational', 'errors', 'revenue', 'compliance'];

export function formatPayback(months: number | null, years: number): string {
	if (months === null) return `not within ${years} ${years === 1 ? 'year' : 'years'}`;
	return `${formatNumber(months, 1)} months`;
}

export function formatRoiPct(roiPct: number | null): string {
	return roiPct === null ? 'not defined (no costs)' : formatPercent(roiPct, 0);
}

export function roiSummary(inputs: RoiInputs, r: RoiResult): string {
	const lines = [
		`ROI estimate over ${inputs.years} ${inputs.years === 1 ? 'year' : 'years'} (TAI Autonomics)`,
		'',
		'Annual value by stream (full run rate, before risk adjustment):',
		...STREAMS.map((s) => `- ${STREAM_LABELS[s]}: ${formatDollars(r.streams[s])}`),
		`- Total: ${formatDollars(r.annualBenefit)} (risk-adjusted: ${formatDollars(r.riskAdjustedAnnualBenefit)})`,
		'',
		`Present value of benefits: ${formatDollars(r.pvBenefits)}`,
		`Present value of costs: ${formatDollars(r.pvCosts)}`,
		`Net present value: ${formatDollars(r.npv)}`,
		`ROI: ${formatRoiPct(r.roiPct)}`,
		`Payback: ${formatPayback(r.paybackMonths, inputs.years)}`,
		'',
		`Assumptions: discount rate ${formatPercent(inputs.discountRatePct)}, risk adjustment ${formatPercent(inputs.riskAdjustmentPct)}, year-1 ramp ${formatPercent(inputs.rampPct)}, subscription ${formatDollars(inputs.annualSubscription)} a year.`,
	];
	return lines.join('\n');
}

export function roiCsvRows(inputs: RoiInputs, r: RoiResult): Cell[][] {
	return [
		['Year', 'Benefits (risk-adjusted)', 'Costs', 'Net', 'Cumulative net', 'Discount factor'],
		[0, 0, Math.round(r.initialCost), -Math.round(r.initialCost), -Math.round(r.initialCost), 1],
		...r.years.map((y) => [
			y.year,
			Math.round(y.benefits),
			Math.round(y.costs),
			Math.round(y.net),
			Math.round(y.cumulative),
			Number(y.discountFactor.toFixed(4)),
		]),
		[],
		['Present value of benefits', Math.round(r.pvBenefits)],
		['Present value of costs', Math.round(r.pvCosts)],
		['NPV', Math.round(r.npv)],
		['ROI %', r.roiPct === null ? 'not defined' : Number(r.roiPct.toFixed(1))],
		[
			'Payback months',
			r.paybackMonths === null ? `not within ${inputs.years} years` : Number(r.paybackMonths.toFixed(1)),
		],
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
