import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeRunway } from '../../../../src/lib/calculators/runway/compute';
import { applyLever, runwayLevers, type LeverId } from '../../../../src/lib/calculators/runway/levers';
import { hireLeverText, leverLines } from '../../../../src/lib/calculators/runway/report';
import { RUNWAY_DEFAULTS } from '../../../../src/lib/calculators/runway/schema';
import { arbitraryInputs, flat } from './runwayArbitraries';

describe('runway levers', () => {
	it('growth needed, raise timing and cash needed for a dead model that grows', () => {
		// 10,000 cash, revenue 10,000 × 1.1^(m−1), costs 15,000: cash runs out in month 3 (see runway.test.ts).
		const i = flat({ startingCash: 10_000, startingMrr: 10_000, growthPct: 10, otherMonthly: 15_000 });
		const l = runwayLevers(i);
		// Lowest cash is −5,000 + ... : months 1-5 net burn 5,000 + 4,000 + 2,900 + 1,690 + 359 = 13,949 → 10,000 − 13,949.
		expect(l.cashNeeded).toBe(3_949);
		// Cash runs out in month 3; with 6 months of fundraising, raising should have started 3 months before month 1.
		expect(l.raise).toEqual({ landBy: 3, startBy: -3 });
		// At g, the first five months' shortfall must stay within 10,000: g = 18.8% is the least tenth that does
		// (checked by the two neighbours below rather than by hand).
		expect(l.growthPctNeeded).not.toBeNull();
		const g = l.growthPctNeeded!;
		expect(computeRunway({ ...i, growthPct: g }).defaultAlive).toBe(true);
		expect(computeRunway({ ...i, growthPct: g - 0.1 }).defaultAlive).toBe(false);
		expect(leverLines(i, l).find((x) => x.id === 'raise')?.text).toBe(
			'Start raising now: with 6 months of fundraising, money would land 4 months after cash runs out in Mar 2027.',
		);
	});

	it('each hire: runway it costs and whether removing it flips the verdict', () => {
		// $25K MRR flat, $50K cash, the 12,500-a-month hire from month 2: dead in month 9 (runway 8).
		// Without the hire: 25,000 − 20,100 = +4,900 a month, alive, cash never runs out: costs at least 120 − 8 = 112.
		const i = { ...RUNWAY_DEFAULTS, startingCash: 50_000, startingMrr: 25_000, growthPct: 0 };
		const [hire] = runwayLevers(i).hires;
		expect(hire).toEqual({ index: 0, role: 'First hire', runwayCostMonths: 112, orMore: true, flips: true });
		expect(hireLeverText(hire!)).toBe('costs at least 112 months of runway; removing it flips the verdict');
	});

	it('extra MRR needed in customer-schedule mode', () => {
		// No customers, costs 10,000 a month, 100,000 of cash: 10,000 of MRR from month 1 covers expenses for good.
		const i = flat({ revenueMode: 'schedule' });
		expect(runwayLevers(i).extraMrrNeeded).toBe(10_000);
	});

	it('no raise and no extra cash when alive', () => {
		const l = runwayLevers(RUNWAY_DEFAULTS);
		expect(l.raise).toBeNull();
		expect(l.cashNeeded).toBe(0);
		// 5% a month is enough; 3.3% is the least (see runway.test.ts for break-even at 5%).
		expect(l.growthPctNeeded).toBe(3.3);
	});
});

describe('runway levers: money rounds in the safe direction', () => {
	it('cash needed rounds up to the whole dollar, so typing it as shown reaches break-even', () => {
		// As in the first test, but with 10,000.60 of cash: lowest cash 10,000.60 − 13,949 = −3,948.40.
		// Rounded to the nearest dollar that would read "$3,948 more" and leave −0.40: default dead.
		const i = flat({ startingCash: 10_000.6, startingMrr: 10_000, growthPct: 10, otherMonthly: 15_000 });
		const l = runwayLevers(i);
		expect(l.cashNeeded).toBe(3_949);
		// 10,000.60 + 3,948.40 = 13,949 exactly, so 13,949 at the start is enough.
		expect(l.cashAtStartNeeded).toBe(13_949);
		expect(leverLines(i, l).find((x) => x.id === 'cash')?.text).toBe(
			'Cash needed to reach break-even: $3,949 more ($13,949 at the start).',
		);
		expect(computeRunway({ ...i, startingCash: i.startingCash + l.cashNeeded! }).defaultAlive).toBe(true);
		expect(computeRunway({ ...i, startingCash: l.cashAtStartNeeded! }).defaultAlive).toBe(true);
		expect(computeRunway({ ...i, startingCash: l.cashAtStartNeeded! - 1 }).defaultAlive).toBe(false);
		// Once applied, the lever says none is needed.
		const after = runwayLevers({ ...i, startingCash: l.cashAtStartNeeded! });
		expect(after.cashNeeded).toBe(0);
	});

	it('the raise lever names the least whole-dollar raise landing in the cash-out month', () => {
		// 120,000 cash, 10,000 a month of costs, 5,000 of MRR growing 5% a month, 2 months of fundraising.
		const i = flat({ startingCash: 20_000, startingMrr: 5_000, growthPct: 5, fundraiseLeadMonths: 2 });
		const l = runwayLevers(i);
		expect(l.raise).not.toBeNull();
		const applied = applyLever(i, l, 'raise')!;
		expect(applied.fundraiseMonth).toBe(l.raise!.landBy);
		expect(computeRunway(applied).defaultAlive).toBe(true);
		expect(computeRunway({ ...applied, fundraiseAmount: applied.fundraiseAmount - 1 }).cashOutMonth).not.toBeNull();
		expect(leverLines(i, l).find((x) => x.id === 'raise')?.text).toMatch(
			/^Start raising by \w{3} 2027 at the latest: .+; a raise of \$[\d,]+ landing then keeps cash at zero or more for ten years\.$/,
		);
	});

	it('the new-customer lever adds the customer it names, counted toward infrastructure', () => {
		// 10,000 of costs; a second infrastructure step of 2,000 from one customer live: the new customer
		// itself moves the model to that step, so it needs 12,000 of MRR, not 10,000.
		const i = flat({
			revenueMode: 'schedule',
			infraSteps: [
				{ fromCustomers: 0, monthly: 0 },
				{ fromCustomers: 1, monthly: 2_000 },
			],
		});
		const l = runwayLevers(i);
		expect(l.extraMrrNeeded).toBe(12_000);
		const applied = applyLever(i, l, 'extra-mrr')!;
		expect(applied.customers).toEqual([{ name: 'New customer', mrr: 12_000, startMonth: 1, deposit: 0 }]);
		expect(computeRunway(applied).defaultAlive).toBe(true);
	});

	it('property: every lever, applied as written, gives the verdict it promises; one dollar or 0.1% less does not', () => {
		fc.assert(
			fc.property(arbitraryInputs, (i) => {
				const base = computeRunway(i);
				const l = runwayLevers(i, base);
				for (const id of ['growth', 'extra-mrr', 'cash'] as LeverId[]) {
					const applied = applyLever(i, l, id);
					if (!applied) continue;
					expect(base.defaultAlive, id).toBe(false);
					expect(computeRunway(applied).defaultAlive, id).toBe(true);
				}
				const less = {
					growth:
						l.growthPctNeeded != null && l.growthPctNeeded > -100 ? { ...i, growthPct: l.growthPctNeeded - 0.1 } : null,
					cash: l.cashAtStartNeeded !== null && l.cashNeeded ? { ...i, startingCash: l.cashAtStartNeeded - 1 } : null,
				};
				for (const [id, model] of Object.entries(less))
					if (model) expect(computeRunway(model).defaultAlive, `${id} minus one step`).toBe(false);
				const raised = applyLever(i, l, 'raise');
				if (raised) {
					expect(computeRunway(raised).cashOutMonth).toBeNull();
					if (raised.fundraiseAmount > 0)
						expect(
							computeRunway({ ...raised, fundraiseAmount: raised.fundraiseAmount - 1 }).cashOutMonth,
						).not.toBeNull();
				}
				for (const h of l.hires) {
					const without = computeRunway({ ...i, hires: i.hires.filter((_, n) => n !== h.index) });
					expect(without.defaultAlive !== base.defaultAlive).toBe(h.flips);
				}
				// Every amount a lever shows is a whole number of dollars, shown without rounding.
				for (const amount of [l.cashNeeded, l.cashAtStartNeeded, l.extraMrrNeeded, l.raiseNeeded])
					if (amount != null) expect(Number.isInteger(amount)).toBe(true);
			}),
			{ numRuns: 150 },
		);
	});
});
