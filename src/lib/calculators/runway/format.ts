/**
 * Runway results in words: calendar months, the verdict, what an edit
 * changed, the levers and the key months. Month n of a model is the
 * calendar month n − 1 months after `firstMonth`.
 */
import { formatDollars, formatNumber } from '~/lib/format';
import type { RunwayResult } from './compute';
import type { RunwayLevers } from './levers';
import { FIRST_MONTH_PATTERN, PROJECTION_MONTHS, type RunwayInputs } from './schema';

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

const YEARS = 'ten years';
const months = (n: number) => `${formatNumber(n)} ${Math.abs(n) === 1 ? 'month' : 'months'}`;
const signed = (n: number, text: string) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${text}`;

export const PROJECTION_NOTE = `Projected ${YEARS} ahead with growth and costs continuing as entered, whatever the months shown.`;

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

export function runwayText(r: RunwayResult, first: string): string {
	if (r.cashOutMonth === null) return `Cash lasts more than ${YEARS}.`;
	if (r.cashOutMonth === 1) return `Cash runs out in the first month, ${calendarMonth(first, 1)}.`;
	return `${months(r.runwayMonths!)} of runway: cash runs out in ${calendarMonth(first, r.cashOutMonth)}.`;
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

/** "; a raise of $120,000 landing then keeps cash at zero or more for ten years": only when a raise then is enough. */
function raiseAmountText(i: RunwayInputs, l: RunwayLevers): string {
	if (l.raiseNeeded === null) return '';
	const instead = i.fundraiseAmount > 0 && i.fundraiseMonth > 0 ? ' (in place of the raise entered)' : '';
	return `; a raise of ${formatDollars(l.raiseNeeded)} landing then${instead} keeps cash at zero or more for ${YEARS}`;
}

/** The levers in words, one line each. */
export function leverLines(i: RunwayInputs, l: RunwayLevers): { id: string; text: string }[] {
	const lines: { id: string; text: string }[] = [];
	if (l.growthPctNeeded !== undefined)
		lines.push({
			id: 'growth',
			text:
				l.growthPctNeeded === null
					? 'No monthly growth up to 100% makes the company default alive.'
					: l.growthPctNeeded <= -100
						? 'Default alive at any growth rate.'
						: `Monthly growth needed to be default alive: ${formatNumber(l.growthPctNeeded, 1)}% (entered: ${formatNumber(i.growthPct, 1)}%).`,
		});
	if (l.extraMrrNeeded !== undefined)
		lines.push({
			id: 'extra-mrr',
			text:
				l.extraMrrNeeded === null
					? 'No extra MRR alone makes the company default alive: cash runs out before it is collected.'
					: l.extraMrrNeeded === 0
						? 'Default alive with the customers entered: no extra MRR needed.'
						: `Extra MRR needed from ${calendarMonth(i.firstMonth, 1)} to be default alive: ${formatDollars(l.extraMrrNeeded)} a month, as one more customer from ${calendarMonth(i.firstMonth, 1)} with no deposit.`,
		});
	if (l.raise) {
		const { landBy, startBy } = l.raise;
		lines.push({
			id: 'raise',
			text:
				startBy >= 1
					? `Start raising by ${calendarMonth(i.firstMonth, startBy)} at the latest: with ${months(i.fundraiseLeadMonths)} of fundraising, money lands in ${calendarMonth(i.firstMonth, landBy)}, the month cash runs out${raiseAmountText(i, l)}.`
					: `Start raising now: with ${months(i.fundraiseLeadMonths)} of fundraising, money would land ${months(1 - startBy)} after cash runs out in ${calendarMonth(i.firstMonth, landBy)}.`,
		});
	} else lines.push({ id: 'raise', text: 'No raise needed: cash does not run out in the ten-year projection.' });
	lines.push({
		id: 'cash',
		text:
			l.cashNeeded === null
				? 'No amount of cash reaches break-even: revenue does not cover expenses for good within ten years.'
				: l.cashNeeded === 0
					? `Cash needed to reach break-even: none beyond the ${formatDollars(i.startingCash)} you have.`
					: `Cash needed to reach break-even: ${formatDollars(l.cashNeeded)} more (${formatDollars(l.cashAtStartNeeded ?? i.startingCash + l.cashNeeded)} at the start).`,
	});
	return lines;
}

export function hireLeverText(h: RunwayLevers['hires'][number]): string {
	const cost =
		h.runwayCostMonths === 0 && !h.orMore
			? 'costs no runway'
			: `costs ${h.orMore ? 'at least ' : ''}${months(h.runwayCostMonths)} of runway`;
	return `${cost}${h.flips ? '; removing it flips the verdict' : ''}`;
}

export type KeyMonth = {
	month: number;
	calendar: string;
	/** What happens that month, e.g. "First month; raise lands". */
	events: string;
	cash: number;
	revenue: number;
	expenses: number;
};

/**
 * The months a board asks about, in order: the first month, when to start
 * raising, when a raise lands, the lowest cash, cash out, break-even and the
 * last month shown. Months beyond the horizon come from the ten-year projection.
 */
export function keyMonths(i: RunwayInputs, r: RunwayResult, l: RunwayLevers): KeyMonth[] {
	const events = new Map<number, string[]>();
	const add = (month: number | null | undefined, what: string) => {
		if (month == null || month < 1 || month > PROJECTION_MONTHS) return;
		events.set(month, [...(events.get(month) ?? []), what]);
	};
	add(1, 'First month');
	if (l.raise && l.raise.startBy >= 1) add(l.raise.startBy, 'Start raising at the latest');
	if (i.fundraiseMonth > 0 && i.fundraiseAmount > 0) add(i.fundraiseMonth, 'Raise lands');
	// Where cash never runs out, its lowest point is the month to watch.
	const lowest = r.projection.reduce((low, m) => (m.cash < low.cash ? m : low), r.projection[0]!);
	if (r.cashOutMonth === null && lowest.month > 1) add(lowest.month, 'Lowest cash');
	add(r.cashOutMonth, 'Cash runs out');
	add(r.breakEvenMonth, 'Break-even');
	add(r.months.length, 'Last month shown');
	return [...events.entries()]
		.sort(([a], [b]) => a - b)
		.map(([month, what]) => {
			const m = r.projection[month - 1]!;
			return {
				month,
				calendar: calendarMonth(i.firstMonth, month),
				events: what.join('; '),
				cash: m.cash,
				revenue: m.revenue,
				expenses: m.grossBurn,
			};
		});
}
