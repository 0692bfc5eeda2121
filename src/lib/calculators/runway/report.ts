/**
 * The board summary below the form, in words: the runway line, what changes
 * the verdict (the levers) and the key months a board asks about. Loaded with
 * that part of the page, not in the calculator's first view.
 */
import { formatDollars, formatNumber } from '~/lib/format';
import type { RunwayResult } from './compute';
import { calendarMonth, months, YEARS } from './format';
import { runwayLevers, type RunwayLevers } from './levers';
import { PROJECTION_MONTHS, type RunwayInputs } from './schema';

export const PROJECTION_NOTE = `Projected ${YEARS} ahead with growth and costs continuing as entered, whatever the months shown.`;

export function runwayText(r: RunwayResult, first: string): string {
	if (r.cashOutMonth === null) return `Cash lasts more than ${YEARS}.`;
	if (r.cashOutMonth === 1) return `Cash runs out in the first month, ${calendarMonth(first, 1)}.`;
	return `${months(r.runwayMonths!)} of runway: cash runs out in ${calendarMonth(first, r.cashOutMonth)}.`;
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

export function hireLeverText(h: RunwayLevers['hires'][number]): string {
	const cost =
		h.runwayCostMonths === 0 && !h.orMore
			? 'costs no runway'
			: `costs ${h.orMore ? 'at least ' : ''}${months(h.runwayCostMonths)} of runway`;
	return `${cost}${h.flips ? '; removing it flips the verdict' : ''}`;
}

/** What each hire costs in runway, one note a hire, as the form shows it beside the hire. */
export function hireNotesFor(i: RunwayInputs, r: RunwayResult, l: RunwayLevers = runwayLevers(i, r)): string[] {
	return l.hires.map(hireLeverText);
}
