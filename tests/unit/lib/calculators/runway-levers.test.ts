import { describe, expect, it } from 'vitest';
import { computeRunway } from '../../../../src/lib/calculators/runway/compute';
import { runwayLevers } from '../../../../src/lib/calculators/runway/levers';
import { hireLeverText, leverLines } from '../../../../src/lib/calculators/runway/format';
import { RUNWAY_DEFAULTS } from '../../../../src/lib/calculators/runway/schema';
import { flat } from './runwayArbitraries';

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
