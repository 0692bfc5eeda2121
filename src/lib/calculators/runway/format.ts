/**
 * Runway results in words, as the form and the pinned verdict show them:
 * calendar months, the verdict, runway, break-even, what an edit changed.
 * Month n of a model is the calendar month n − 1 months after `firstMonth`.
 * The board summary below the form has its own words in report.ts.
 */
import { formatDollars, formatNumber } from '~/lib/format';
import type { RunwayResult } from './compute';
import { FIRST_MONTH_PATTERN, PROJECTION_MONTHS } from './schema';

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** "Mar 2027" (or "March 2027" with `long`) for month n of a model starting in `firstMonth`. */
export function calendarMonth(firstMonth: string, n: number, long = false): string {
	const m = FIRST_MONTH_PATTERN.exec(firstMonth);
	if (!m) return `month ${n}`;
	const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n - 1;
	return `${(long ? LONG : SHORT)[index % 12]} ${Math.floor(index / 12)}`;
}

export const YEARS = 'ten years';
export const months = (n: number) => `${formatNumber(n)} ${Math.abs(n) === 1 ? 'month' : 'months'}`;
const signed = (n: number, text: string) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${text}`;

export function verdictText(r: RunwayResult, first: string): string {
	const v = r.verdict;
	const at = (n: number) => calendarMonth(first, n, true);
	if (v.kind === 'alive')
		return `Default alive: expenses covered from ${at(v.breakEvenMonth)} with ${formatDollars(v.lowestCash)} left at the lowest point.`;
	if (v.kind === 'not-profitable')
		return `Default dead: revenue does not cover expenses for good within ${YEARS}, though cash lasts that long (lowest ${formatDollars(v.lowestCash)}).`;
	const out = `Default dead: cash runs out in ${at(v.cashOutMonth)}`;
	if (v.breakEvenMonth === null) return `${out}; revenue does not cover expenses for good within ${YEARS}.`;
	if (v.breakEvenMonth > v.cashOutMonth)
		return `${out}, ${months(v.breakEvenMonth - v.cashOutMonth)} before break-even (${at(v.breakEvenMonth)}).`;
	return `${out}, although revenue covers expenses from ${at(v.breakEvenMonth)}: the cash arrives too late.`;
}

export function runwayMonthsText(r: RunwayResult): string {
	return r.runwayMonths === null ? `${PROJECTION_MONTHS / 12}+ years` : months(r.runwayMonths);
}

export function breakEvenText(r: RunwayResult, first: string): string {
	return r.breakEvenMonth === null ? `not within ${YEARS}` : calendarMonth(first, r.breakEvenMonth);
}

/** What the last edit changed: runway in months and the verdict. */
export function changeText(before: RunwayResult, after: RunwayResult): string {
	const parts: string[] = [];
	const a = before.runwayMonths;
	const b = after.runwayMonths;
	if (a !== null && b !== null && a !== b)
		parts.push(`Runway ${signed(b - a, months(Math.abs(b - a)))} (was ${months(a)})`);
	else if (a === null && b !== null) parts.push(`Runway now ${months(b)} (was more than ${YEARS})`);
	else if (a !== null && b === null) parts.push(`Runway now more than ${YEARS} (was ${months(a)})`);
	else parts.push('Runway unchanged');
	if (before.defaultAlive !== after.defaultAlive)
		parts.push(after.defaultAlive ? 'now default alive' : 'now default dead');
	return `${parts.join('; ')}.`;
}
