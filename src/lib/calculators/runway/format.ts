/** Plain-text summaries and CSV rows of a runway model. */
import { formatDollars } from '~/lib/format';
import type { Cell } from '~/lib/calculators/shared/csv';
import type { RunwayResult } from './compute';

export function runwayHeadline(r: RunwayResult, horizon: number): string {
	if (r.cashOutMonth === 1) return 'Cash runs out in month 1.';
	if (r.runwayBeyondHorizon) return `Cash lasts beyond the ${horizon}-month horizon.`;
	return `${r.runwayMonths} months of runway: cash runs out in month ${r.cashOutMonth}.`;
}

export function defaultAliveText(r: RunwayResult): string {
	return r.defaultAlive
		? `Default alive: revenue covers expenses from month ${r.breakEvenMonth}, before cash runs out.`
		: 'Default dead: revenue does not cover expenses before cash runs out (or within the horizon).';
}

export function runwaySummary(r: RunwayResult, horizon: number): string {
	const first = r.months[0];
	const last = r.months[r.months.length - 1];
	return [
		'Burn and runway (TAI Autonomics)',
		runwayHeadline(r, horizon),
		defaultAliveText(r),
		first
			? `Month 1: gross burn ${formatDollars(first.grossBurn)}, net burn ${formatDollars(first.netBurn)}, revenue ${formatDollars(first.revenue)}.`
			: '',
		`Peak gross burn: ${formatDollars(r.peakGrossBurn)} a month.`,
		last ? `Cash at the end of month ${last.month}: ${formatDollars(last.cash)}.` : '',
	]
		.filter(Boolean)
		.join('\n');
}

export function runwayCsvRows(r: RunwayResult): Cell[][] {
	return [
		[
			'Month',
			'Revenue',
			'Deposits',
			'Fundraise',
			'Payroll',
			'Contractors',
			'Infrastructure',
			'Other',
			'Gross burn',
			'Net burn',
			'Cash at month end',
		],
		...r.months.map((m) =>
			[
				m.month,
				m.revenue,
				m.deposits,
				m.fundraise,
				m.payroll,
				m.contractors,
				m.infrastructure,
				m.other,
				m.grossBurn,
				m.netBurn,
				m.cash,
			].map((v) => (typeof v === 'number' ? Math.round(v) : v)),
		),
	];
}
