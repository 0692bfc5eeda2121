import { describe, expect, it } from 'vitest';
import { computeRunway } from '~/lib/calculators/runway/compute';
import { RUNWAY_DEFAULTS, type RunwayInputs } from '~/lib/calculators/runway/schema';
import { monthOneMrr, runwayAtWeek } from '~/lib/metrics/runwayNow';

const plan: RunwayInputs = {
	...RUNWAY_DEFAULTS,
	startingCash: 100_000,
	months: 18,
	startingMrr: 0,
	growthPct: 0,
	otherMonthly: 11_000,
	fundraiseAmount: 0,
	fundraiseMonth: 0,
	revenueMode: 'schedule',
	depositMode: 'credit',
	collection: 'same',
	customers: [
		{ name: 'A', mrr: 6_000, startMonth: 1, deposit: 0 },
		{ name: 'B', mrr: 4_000, startMonth: 1, deposit: 0 },
	],
	hires: [],
	contractors: [],
	infraSteps: [{ fromCustomers: 0, monthly: 0 }],
};
const figures = { monthOneMrr: 10_000, fteForWeek: (w: number) => (w === 11 ? 6 : null), baseFte: 5.5 };

describe('the runway at a week’s recorded figures', () => {
	it('bills the plan’s customers at the recorded MRR and costs each FTE above plan as the plan’s team does', () => {
		// MRR $8,000 recorded against $10,000 planned: A 6,000 × 0.8 = 4,800, B 4,000 × 0.8 = 3,200.
		// Team 7 FTE against 6 planned: +1 FTE × $11,000 / 5.5 = +$2,000 a month → other costs $13,000.
		const at = runwayAtWeek({ week: 11, source: 's', revenue: { mrrUsd: 8_000 }, team: { fte: 7 } }, plan, figures)!;
		expect(at.now.inputs.customers.map((c) => c.mrr)).toEqual([4_800, 3_200]);
		expect(at.now.inputs.otherMonthly).toBe(13_000);
		expect(at.adjustments).toEqual({ mrr: { recorded: 8_000, planned: 10_000 }, fte: { recorded: 7, planned: 6 } });
		// Plan: 10,000 − 11,000 = −1,000 a month; $100,000 lasts 100 months, out in month 101 .
		// At week 11: 8,000 − 13,000 = −5,000 a month; $100,000 lasts 20 months, out in month 21.
		expect(at.plan.result.cashOutMonth).toBe(101);
		expect(at.plan.result).toEqual(computeRunway(plan));
		expect(at.now.result.runwayMonths).toBe(20);
		expect(at.now.result.cashOutMonth).toBe(21);
		expect(at.now.result.verdict.kind).toBe('dead');
	});

	it('changes nothing it was not given, and says nothing for a week of plan figures', () => {
		const mrrOnly = runwayAtWeek(
			{ week: 12, source: 's', revenue: { mrrUsd: 10_000 }, team: { fte: 9 } },
			plan,
			figures,
		)!;
		// The plan gives no headcount for week 12: other costs stay $11,000.
		expect(mrrOnly.now.inputs.otherMonthly).toBe(11_000);
		expect(mrrOnly.adjustments.fte).toBeNull();
		expect(runwayAtWeek({ week: 11, source: 's', basis: 'plan', revenue: { mrrUsd: 1 } }, plan, figures)).toBeNull();
		expect(runwayAtWeek({ week: 11, source: 's' }, plan, figures)).toBeNull();
		expect(monthOneMrr(plan)).toBe(10_000);
	});
});
