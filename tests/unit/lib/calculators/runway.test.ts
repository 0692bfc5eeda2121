import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { computeRunway, infrastructureCost, WEEKS_PER_MONTH } from '../../../../src/lib/calculators/runway/compute';
import { RUNWAY_DEFAULTS, PROJECTION_MONTHS, type RunwayInputs } from '../../../../src/lib/calculators/runway/schema';
import { runwayInputsSchema } from '../../../../src/lib/calculators/runway/model';
import { calendarMonth, changeText, verdictText } from '../../../../src/lib/calculators/runway/format';
import { runwayText } from '../../../../src/lib/calculators/runway/report';
import { runwaySummary } from '../../../../src/lib/calculators/runway/export';
import { arbitraryInputs, flat } from './runwayArbitraries';

const runwayOrCap = (i: RunwayInputs) => computeRunway(i).runwayMonths ?? PROJECTION_MONTHS;

describe('computeRunway: known answers', () => {
	it('a flat burn runs out when cash first goes below zero: default dead', () => {
		// 100,000 − 10,000 × m: month 10 ends at exactly 0 (not below), month 11 at −10,000.
		const r = computeRunway(flat({}));
		expect(r.months[9]?.cash).toBe(0);
		expect(r.cashOutMonth).toBe(11);
		expect(r.runwayMonths).toBe(10);
		expect(r.verdict).toEqual({ kind: 'dead', cashOutMonth: 11, breakEvenMonth: null });
		// Month 11 of a model starting January 2027 is November 2027.
		expect(runwayText(r, '2027-01')).toBe('10 months of runway: cash runs out in Nov 2027.');
		expect(verdictText(r, '2027-01')).toBe(
			'Default dead: cash runs out in November 2027; revenue does not cover expenses for good within ten years.',
		);
	});

	it('counts in cents: $600.30 of cash at $200.10 a month is exactly 3 months', () => {
		// 60,030 − 3 × 20,010 = 0 cents after month 3 (zero, not below); month 4 is −20,010.
		const r = computeRunway(flat({ startingCash: 600.3, otherMonthly: 200.1 }));
		expect(r.months[2]?.cash).toBe(0);
		expect(r.runwayMonths).toBe(3);
		expect(r.cashOutMonth).toBe(4);
	});

	it('default alive within the horizon, with the lowest cash', () => {
		// Revenue 10,000 × 1.1^(m−1) against 15,000: month 5 = 14,641 (short), month 6 = 16,105.10 (covers), and it
		// keeps growing, so expenses are covered for good from month 6 (June 2027).
		// Net burn months 1-5: 5,000 + 4,000 + 2,900 + 1,690 + 359 = 13,949 → lowest cash 50,000 − 13,949 = 36,051.
		const r = computeRunway(flat({ startingCash: 50_000, startingMrr: 10_000, growthPct: 10, otherMonthly: 15_000 }));
		expect(r.months[4]?.revenue).toBe(14_641);
		expect(r.verdict).toEqual({ kind: 'alive', breakEvenMonth: 6, lowestCash: 36_051 });
		expect(verdictText(r, '2027-01')).toBe(
			'Default alive: expenses covered from June 2027 with $36,051 left at the lowest point.',
		);
	});

	it('default alive beyond the horizon gives the same verdict at 12, 24 and 36 months shown', () => {
		// The default model: expenses 20,100 in month 1, then 32,600 (20,000 + 12,500 hire + 100 infrastructure).
		// Revenue 10,000 × 1.05^24 = 32,250.99 in month 25 (short), 10,000 × 1.05^25 = 33,863.55 in month 26 (covers).
		// Lowest cash = end of month 25 = 500,000 − (20,100 + 24 × 32,600) + 10,000 × (1.05^25 − 1) / 0.05
		//             = 500,000 − 802,500 + 477,270.98 = 174,770.98 (± a few cents of monthly rounding).
		for (const months of [12, 24, 36]) {
			const r = computeRunway({ ...RUNWAY_DEFAULTS, months });
			expect(r.months).toHaveLength(months);
			expect(r.verdict.kind).toBe('alive');
			expect(r.breakEvenMonth).toBe(26);
			expect(Math.abs(r.lowestCash - 174_770.98)).toBeLessThan(0.05);
			expect(verdictText(r, '2027-01')).toMatch(/^Default alive: expenses covered from February 2029 with \$174,771/);
		}
	});

	it('one good month is not break-even: covered in month 1, losses after', () => {
		// $25K MRR flat, $50K cash, other 20,000 + infrastructure 100, a hire of 12,500 a month from month 2.
		// Month 1: 25,000 ≥ 20,100, cash 54,900. Then −7,600 a month: month 8 ends at 1,700, month 9 at −5,900.
		const r = computeRunway({ ...RUNWAY_DEFAULTS, startingCash: 50_000, startingMrr: 25_000, growthPct: 0 });
		expect(r.months[0]?.revenue).toBeGreaterThanOrEqual(r.months[0]!.grossBurn);
		expect(r.months[7]?.cash).toBe(1_700);
		expect(r.verdict).toEqual({ kind: 'dead', cashOutMonth: 9, breakEvenMonth: null });
	});

	it('−100% growth is not alive: revenue stops after month 1', () => {
		const r = computeRunway({ ...RUNWAY_DEFAULTS, growthPct: -100 });
		expect(r.months.slice(0, 3).map((m) => m.revenue)).toEqual([10_000, 0, 0]);
		expect(r.defaultAlive).toBe(false);
	});

	it('a fundraise turns dead into alive', () => {
		// 10,000 cash, revenue 10,000 × 1.1^(m−1), costs 15,000: cash 5,000, 1,000, then −1,900 in month 3 —
		// dead, 3 months before break-even in month 6.
		const base = flat({ startingCash: 10_000, startingMrr: 10_000, growthPct: 10, otherMonthly: 15_000 });
		const dead = computeRunway(base);
		expect(dead.verdict).toEqual({ kind: 'dead', cashOutMonth: 3, breakEvenMonth: 6 });
		expect(verdictText(dead, '2027-01')).toBe(
			'Default dead: cash runs out in March 2027, 3 months before break-even (June 2027).',
		);
		// 5,000 landing in month 3: 1,000 − 2,900 + 5,000 = 3,100; then 1,410, 1,051, and rising. Lowest: 1,000 (month 2).
		const raised = computeRunway({ ...base, fundraiseAmount: 5_000, fundraiseMonth: 3 });
		expect(raised.months.slice(2, 5).map((m) => m.cash)).toEqual([3_100, 1_410, 1_051]);
		expect(raised.verdict).toEqual({ kind: 'alive', breakEvenMonth: 6, lowestCash: 1_000 });
	});

	it('negative starting cash can still be alive', () => {
		// −1,000 + 2,000 − 1,000 = 0 after month 1: zero is not below zero.
		const r = computeRunway(flat({ startingCash: -1_000, startingMrr: 2_000, otherMonthly: 1_000 }));
		expect(r.months[0]?.cash).toBe(0);
		expect(r.verdict).toEqual({ kind: 'alive', breakEvenMonth: 1, lowestCash: 0 });
	});

	it('cash lasting ten years without break-even is not alive', () => {
		// 10,000,000 − 10,000 × 120 = 8,800,000 at the end of month 120, never covered.
		const r = computeRunway(flat({ startingCash: 10_000_000 }));
		expect(r.verdict).toEqual({ kind: 'not-profitable', lowestCash: 8_800_000 });
		expect(runwayText(r, '2027-01')).toBe('Cash lasts more than ten years.');
	});

	it('hires with employer load and contractors by the week', () => {
		// Hire: 120,000 / 12 × 1.25 = 12,500 a month from month 2.
		// Contractors: 2 × 4,000 × 52/12 = 34,666.666… → 34,666.67 a month in months 1-6.
		const r = computeRunway(
			flat({
				startingCash: 1_000_000,
				hires: [{ role: 'CSM', annualSalary: 120_000, startMonth: 2, loadPct: 25 }],
				contractors: [{ label: 'Backend', count: 2, weeklyRate: 4_000, startMonth: 1, months: 6 }],
			}),
		);
		expect(WEEKS_PER_MONTH * 4_000 * 2).toBeCloseTo(34_666.67, 2);
		expect(r.months.map((m) => m.grossBurn).slice(0, 7)).toEqual([
			44_666.67, 57_166.67, 57_166.67, 57_166.67, 57_166.67, 57_166.67, 22_500,
		]);
		expect(r.peakGrossBurn).toBe(57_166.67);
	});

	it('deposits credited against first invoices, or as extra cash', () => {
		// One customer at 5,000 MRR from month 1 with a 20,000 deposit, no costs, no starting cash.
		const model = flat({
			startingCash: 0,
			otherMonthly: 0,
			revenueMode: 'schedule',
			customers: [{ name: 'A', mrr: 5_000, startMonth: 1, deposit: 20_000 }],
		});
		// Credit: 20,000 arrives in month 1 and pays invoices of months 1-4; cash collection starts in month 5.
		expect(
			computeRunway(model)
				.months.slice(0, 5)
				.map((m) => m.cash),
		).toEqual([20_000, 20_000, 20_000, 20_000, 25_000]);
		// Extra cash: 20,000 + 5,000 in month 1, then 5,000 a month.
		expect(
			computeRunway({ ...model, depositMode: 'cash' })
				.months.slice(0, 5)
				.map((m) => m.cash),
		).toEqual([25_000, 30_000, 35_000, 40_000, 45_000]);
	});

	it('MRR collected the month after it is billed', () => {
		// Schedule: 5,000 billed from month 1, collected from month 2; costs 1,000 a month, 0 cash → −1,000 in month 1.
		const schedule = flat({
			startingCash: 0,
			otherMonthly: 1_000,
			revenueMode: 'schedule',
			collection: 'next',
			customers: [{ name: 'A', mrr: 5_000, startMonth: 1, deposit: 0 }],
		});
		const r = computeRunway(schedule);
		expect(r.months.slice(0, 3).map((m) => m.cash)).toEqual([-1_000, 3_000, 7_000]);
		// Covered from month 1 on paper, but the cash comes too late.
		expect(r.verdict).toEqual({ kind: 'dead', cashOutMonth: 1, breakEvenMonth: 1 });
		expect(verdictText(r, '2027-01')).toMatch(/although revenue covers expenses from January 2027/);
		// Growth mode: month 1 collects the month before's invoices at the starting MRR.
		const growth = computeRunway(flat({ startingMrr: 1_000, growthPct: 10, collection: 'next' }));
		expect(growth.months.slice(0, 3).map((m) => m.collected)).toEqual([1_000, 1_000, 1_100]);
	});

	it('infrastructure picks the highest step reached; growth mode counts no customers', () => {
		const steps = [
			{ fromCustomers: 3, monthly: 430 },
			{ fromCustomers: 0, monthly: 100 },
		];
		expect(infrastructureCost(steps, 0)).toBe(100);
		expect(infrastructureCost(steps, 2)).toBe(100);
		expect(infrastructureCost(steps, 7)).toBe(430);
		expect(infrastructureCost([], 3)).toBe(0);
		expect(computeRunway(flat({ infraSteps: steps })).months[0]?.infrastructure).toBe(100);
	});

	it('dates: month n counts from the first month, across years', () => {
		expect(calendarMonth('2027-01', 1)).toBe('Jan 2027');
		expect(calendarMonth('2026-11', 3)).toBe('Jan 2027');
		expect(calendarMonth('2026-11', 3, true)).toBe('January 2027');
		expect(calendarMonth('2027-12', 121)).toBe('Dec 2037');
	});

	it('says what an edit changed', () => {
		const before = computeRunway(flat({}));
		const after = computeRunway(flat({ startingCash: 130_000 }));
		// 130,000 / 10,000 = 13 months against 10.
		expect(changeText(before, after)).toBe('Runway +3 months (was 10 months).');
		expect(changeText(after, before)).toBe('Runway −3 months (was 13 months).');
		const alive = computeRunway(flat({ startingMrr: 20_000 }));
		expect(changeText(before, alive)).toBe('Runway now more than ten years (was 10 months); now default alive.');
	});
});

describe('computeRunway: properties', () => {
	it('more starting cash never shortens runway', () => {
		fc.assert(
			fc.property(arbitraryInputs, fc.integer({ min: 1, max: 5_000_000 }), (i, extra) => {
				expect(runwayOrCap({ ...i, startingCash: i.startingCash + extra })).toBeGreaterThanOrEqual(runwayOrCap(i));
			}),
		);
	});

	it('a later hire never shortens runway', () => {
		fc.assert(
			fc.property(arbitraryInputs, fc.integer({ min: 1, max: 24 }), (i, delay) => {
				fc.pre(i.hires.length > 0);
				const later = {
					...i,
					hires: i.hires.map((h, n) => (n === 0 ? { ...h, startMonth: Math.min(120, h.startMonth + delay) } : h)),
				};
				expect(runwayOrCap(later)).toBeGreaterThanOrEqual(runwayOrCap(i));
			}),
		);
	});

	it('more growth never turns alive into dead', () => {
		fc.assert(
			fc.property(arbitraryInputs, fc.integer({ min: 1, max: 50 }), (i, more) => {
				const model = { ...i, revenueMode: 'growth' as const };
				fc.pre(computeRunway(model).defaultAlive);
				expect(computeRunway({ ...model, growthPct: Math.min(100, i.growthPct + more) }).defaultAlive).toBe(true);
			}),
		);
	});

	it('the verdict is the same whatever horizon is shown (12-36 months)', () => {
		fc.assert(
			fc.property(arbitraryInputs, (i) => {
				const verdicts = new Set<string>();
				for (let months = 12; months <= 36; months++) {
					const r = computeRunway({ ...i, months });
					verdicts.add(JSON.stringify([r.verdict, r.runwayMonths, verdictText(r, i.firstMonth)]));
				}
				expect(verdicts.size).toBe(1);
			}),
			{ numRuns: 40 },
		);
	});

	it('every valid model gives finite numbers and a readable summary', () => {
		fc.assert(
			fc.property(arbitraryInputs, (i) => {
				expect(z.safeParse(runwayInputsSchema, i).success).toBe(true);
				const r = computeRunway(i);
				expect(r.months).toHaveLength(i.months);
				expect(r.projection).toHaveLength(PROJECTION_MONTHS);
				for (const m of r.projection) expect(Number.isFinite(m.cash) && Number.isFinite(m.grossBurn)).toBe(true);
				expect(runwaySummary(i, r)).not.toMatch(/NaN|Infinity|undefined/);
			}),
		);
	});
});
