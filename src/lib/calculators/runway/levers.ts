/**
 * The levers that change the verdict, each found by re-running the ten-year
 * projection (compute.ts) with the very edit the lever names, so that the
 * edit, made as written, gives the verdict promised (`applyLever` makes it):
 *   growth needed   the lowest monthly growth, to 0.1%, that makes the model
 *                   default alive (growth-rate mode); alive is monotone in growth
 *   new customer    the least MRR, in whole dollars, of one more customer from
 *                   month 1 with no deposit that does the same (customer-schedule
 *                   mode); the customer counts toward infrastructure steps too
 *   raise by        cash must land by the cash-out month, so raising starts the
 *                   fundraising lead time earlier; the least whole-dollar raise
 *                   landing then (in place of the raise entered) that keeps cash
 *                   at zero or more for the ten years
 *   each hire       runway with and without it, and whether removing it flips
 *                   the verdict
 *   cash needed     extra starting cash that keeps the lowest month-end cash at
 *                   zero or more, when revenue covers expenses for good at all
 * Money rounds in the safe direction: every amount is the least whole dollar
 * that is enough, so a figure typed as shown never falls a few cents short.
 */
import { computeRunway, toCents, type RunwayResult } from './compute';
import { LIMITS, PROJECTION_MONTHS, type RunwayInputs } from './schema';

type HireLever = { index: number; role: string; runwayCostMonths: number; orMore: boolean; flips: boolean };

export type RunwayLevers = {
	/** Growth-rate mode: percent a month, or null when even 100% is not enough. */
	growthPctNeeded?: number | null;
	/** Schedule mode: MRR in dollars of one more customer from month 1, or null when no amount is enough. */
	extraMrrNeeded?: number | null;
	/** Only when cash runs out: the month the money must land and the month to start raising. */
	raise: { landBy: number; startBy: number } | null;
	/** Whole dollars to raise, landing in `raise.landBy`, for cash to last; null when no raise then is enough. */
	raiseNeeded: number | null;
	hires: HireLever[];
	/** Extra starting cash, in whole dollars, to reach break-even; 0 when alive; null when it never comes. */
	cashNeeded: number | null;
	/** The starting cash, in whole dollars, that does it (the cash entered plus `cashNeeded`, rounded up). */
	cashAtStartNeeded: number | null;
};

export type LeverId = 'growth' | 'extra-mrr' | 'raise' | 'cash';

const NEW_CUSTOMER_NAME = 'New customer';

const withCustomer = (i: RunwayInputs, mrr: number): RunwayInputs => ({
	...i,
	customers: [...i.customers, { name: NEW_CUSTOMER_NAME, mrr, startMonth: 1, deposit: 0 }],
});
const withRaise = (i: RunwayInputs, month: number, amount: number): RunwayInputs => ({
	...i,
	fundraiseMonth: month,
	fundraiseAmount: amount,
});

/** The smallest integer in [lo, hi] for which `ok` holds, given that `ok` is monotone; null if none. */
function smallest(lo: number, hi: number, ok: (n: number) => boolean): number | null {
	if (!ok(hi)) return null;
	while (lo < hi) {
		const mid = Math.floor((lo + hi) / 2);
		if (ok(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

const runwayOrCap = (r: RunwayResult) => r.runwayMonths ?? PROJECTION_MONTHS;
const alive = (i: RunwayInputs) => computeRunway(i).defaultAlive;

export function runwayLevers(i: RunwayInputs, base: RunwayResult = computeRunway(i)): RunwayLevers {
	const levers: RunwayLevers = { raise: null, raiseNeeded: null, hires: [], cashNeeded: null, cashAtStartNeeded: null };
	if (i.revenueMode === 'growth') {
		const tenths = smallest(-1000, 1000, (t) => alive({ ...i, growthPct: t / 10 }));
		levers.growthPctNeeded = tenths === null ? null : tenths / 10;
	} else if (base.defaultAlive) levers.extraMrrNeeded = 0;
	else if (i.customers.length >= LIMITS.customers) levers.extraMrrNeeded = null;
	else {
		// Enough MRR to cover the heaviest month's expenses with the most infrastructure, from month 1.
		const heaviest = base.projection.reduce((max, m) => Math.max(max, m.grossBurn), 0);
		const infra = i.infraSteps.reduce((max, s) => Math.max(max, s.monthly), 0);
		const ceiling = Math.ceil(heaviest + infra) + 1;
		levers.extraMrrNeeded = smallest(1, ceiling, (mrr) => alive(withCustomer(i, mrr)));
	}
	if (base.cashOutMonth !== null) {
		const landBy = base.cashOutMonth;
		levers.raise = { landBy, startBy: landBy - i.fundraiseLeadMonths };
		// Without the raise entered, the deepest cash from landBy on is what a raise landing then must cover.
		const without = computeRunway(withRaise(i, 0, 0)).projection;
		const deepest = without.slice(landBy - 1).reduce((min, m) => Math.min(min, m.cash), 0);
		const lasts = (amount: number) => computeRunway(withRaise(i, landBy, amount)).cashOutMonth === null;
		levers.raiseNeeded = smallest(0, Math.ceil(-deepest), lasts);
	}
	levers.hires = i.hires.map((h, index) => {
		const without = computeRunway({ ...i, hires: i.hires.filter((_, n) => n !== index) });
		return {
			index,
			role: h.role,
			runwayCostMonths: runwayOrCap(without) - runwayOrCap(base),
			orMore: without.runwayMonths === null && base.runwayMonths !== null,
			flips: without.defaultAlive !== base.defaultAlive,
		};
	});
	if (base.breakEvenMonth !== null) {
		// In cents, then up to the next whole dollar: "$3,949.40 more" is shown and typed as $3,950.
		const shortCents = Math.max(0, -toCents(base.lowestCash));
		levers.cashNeeded = Math.ceil(shortCents / 100);
		levers.cashAtStartNeeded = Math.ceil((toCents(i.startingCash) + shortCents) / 100);
	}
	return levers;
}

/** The model with one lever made as its line says, or null when that lever has nothing to make. */
export function applyLever(i: RunwayInputs, l: RunwayLevers, id: LeverId): RunwayInputs | null {
	switch (id) {
		case 'growth':
			return l.growthPctNeeded == null || l.growthPctNeeded <= i.growthPct
				? null
				: { ...i, growthPct: l.growthPctNeeded };
		case 'extra-mrr':
			return l.extraMrrNeeded ? withCustomer(i, l.extraMrrNeeded) : null;
		case 'raise':
			return l.raise && l.raise.startBy >= 1 && l.raiseNeeded !== null
				? withRaise(i, l.raise.landBy, l.raiseNeeded)
				: null;
		case 'cash':
			return l.cashNeeded && l.cashAtStartNeeded !== null ? { ...i, startingCash: l.cashAtStartNeeded } : null;
	}
}
