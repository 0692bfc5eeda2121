/**
 * The levers that change the verdict, each found by re-running the ten-year
 * projection (compute.ts) with one input changed:
 *   growth needed   the lowest monthly growth, to 0.1%, that makes the model
 *                   default alive (growth-rate mode); alive is monotone in growth
 *   extra MRR       the least MRR, in whole dollars, added from month 1 that does
 *                   the same (customer-schedule mode)
 *   raise by        cash must land by the cash-out month, so raising starts the
 *                   fundraising lead time earlier
 *   each hire       runway with and without it, and whether removing it flips
 *                   the verdict
 *   cash needed     extra starting cash that keeps the lowest month-end cash at
 *                   zero or more, when revenue covers expenses for good at all
 */
import { computeRunway, type RunwayResult } from './compute';
import { PROJECTION_MONTHS, type RunwayInputs } from './schema';

export type HireLever = { index: number; role: string; runwayCostMonths: number; orMore: boolean; flips: boolean };

export type RunwayLevers = {
	/** Growth-rate mode: percent a month, or null when even 100% is not enough. */
	growthPctNeeded?: number | null;
	/** Schedule mode: dollars of MRR a month, or null when no amount is enough. */
	extraMrrNeeded?: number | null;
	/** Only when cash runs out: the month the money must land and the month to start raising. */
	raise: { landBy: number; startBy: number } | null;
	hires: HireLever[];
	/** Extra starting cash, in dollars, to reach break-even; 0 when alive; null when it never comes. */
	cashNeeded: number | null;
};

const alive = (i: RunwayInputs, extraMrr = 0) => computeRunway(i, { extraMrr }).defaultAlive;

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

export function runwayLevers(i: RunwayInputs, base: RunwayResult = computeRunway(i)): RunwayLevers {
	const levers: RunwayLevers = { raise: null, hires: [], cashNeeded: null };
	if (i.revenueMode === 'growth') {
		const tenths = smallest(-1000, 1000, (t) => alive({ ...i, growthPct: t / 10 }));
		levers.growthPctNeeded = tenths === null ? null : tenths / 10;
	} else {
		const ceiling = Math.ceil(base.projection.reduce((max, m) => Math.max(max, m.grossBurn), 0)) + 1;
		levers.extraMrrNeeded = smallest(0, ceiling, (extra) => alive(i, extra));
	}
	if (base.cashOutMonth !== null)
		levers.raise = { landBy: base.cashOutMonth, startBy: base.cashOutMonth - i.fundraiseLeadMonths };
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
	if (base.breakEvenMonth !== null) levers.cashNeeded = Math.max(0, -base.lowestCash);
	return levers;
}
