/**
 * What leaves the page: the plain-text summary a founder copies and the CSV
 * of every month. Loaded when copied or downloaded, never in the first view.
 */
import { formatDollars } from '~/lib/format';
import type { Cell } from '~/lib/calculators/shared/csv';
import type { RunwayResult } from './compute';
import { calendarMonth, verdictText } from './format';
import { PROJECTION_NOTE, runwayText } from './report';
import type { RunwayInputs } from './schema';

export function runwaySummary(i: RunwayInputs, r: RunwayResult): string {
	const first = r.months[0];
	const last = r.months[r.months.length - 1];
	return [
		'Burn and runway (TAI Autonomics)',
		verdictText(r, i.firstMonth),
		runwayText(r, i.firstMonth),
		PROJECTION_NOTE,
		first
			? `${calendarMonth(i.firstMonth, 1)}: gross burn ${formatDollars(first.grossBurn)}, net burn ${formatDollars(first.netBurn)}, revenue ${formatDollars(first.revenue)}.`
			: '',
		`Peak gross burn: ${formatDollars(r.peakGrossBurn)} a month.`,
		last ? `Cash at the end of ${calendarMonth(i.firstMonth, last.month)}: ${formatDollars(last.cash)}.` : '',
	]
		.filter(Boolean)
		.join('\n');
}

export function runwayCsvRows(i: RunwayInputs, r: RunwayResult): Cell[][] {
	const cents = (v: number) => Number(v.toFixed(2));
	return [
		[
			'Month',
			'Calendar month',
			'Revenue',
			'Collected',
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
		...r.months.map((m) => [
			m.month,
			calendarMonth(i.firstMonth, m.month),
			...[
				m.revenue,
				m.collected,
				m.deposits,
				m.fundraise,
				m.payroll,
				m.contractors,
				m.infrastructure,
				m.other,
				m.grossBurn,
				m.netBurn,
				m.cash,
			].map(cents),
		]),
	];
}
