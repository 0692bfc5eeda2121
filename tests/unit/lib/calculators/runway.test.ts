import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { computeRunway, infrastructureCost, WEEKS_PER_MONTH } from '../../../../src/lib/calculators/runway/compute';
import { RUNWAY_DEFAULTS, runwayInputsSchema, type RunwayInputs } from '../../../../src/lib/calculators/runway/schema';
import { runwayHeadline, runwaySummary } from '../../../../src/lib/calculators/runway/format';
import { readRunwayUrl, writeRunwayUrl } from '../../../../src/lib/calculators/runway/urlState';

const flat = (overrides: Partial<RunwayInputs>): RunwayInputs => ({
	startingCash: 100_000,
	months: 12,
	startingMrr: 0,
	growthPct: 0,
	otherMonthly: 10_000,
	fundraiseAmount: 0,
	fundraiseMonth: 0,
	revenueMode: 'growth',
	customers: [],
	hires: [],
	contractors: [],
	infraSteps: [],
	...overrides,
});

describe('computeRunway: known answers', () => {
	it('a flat burn runs out when cash first goes below zero', () => {
		// 100,000 − 10,000 × m: month 10 ends at exactly 0 (not below), month 11 at −10,000.
		const r = computeRunway(flat({}));
		expect(r.months[9]?.cash).toBe(0);
		expect(r.cashOutMonth).toBe(11);
		expect(r.runwayMonths).toBe(10);
		expect(r.defaultAlive).toBe(false);
		expect(runwayHeadline(r, 12)).toBe('10 months of runway: cash runs out in month 11.');
	});

	it('runway beyond the horizon', () => {
		// 1,000,000 − 10,000 × 12 = 880,000 left after 12 months.
		const r = computeRunway(flat({ startingCash: 1_000_000 }));
		expect(r.cashOutMonth).toBeNull();
		expect(r.runwayBeyondHorizon).toBe(true);
		expect(r.runwayMonths).toBe(12);
		expect(r.months[11]?.cash).toBe(880_000);
		expect(runwayHeadline(r, 12)).toBe('Cash lasts beyond the 12-month horizon.');
	});

	it('cash already negative in month 1', () => {
		// 0 − 1 = −1 at the end of month 1.
		const r = computeRunway(flat({ startingCash: 0, otherMonthly: 1 }));
		expect(r.cashOutMonth).toBe(1);
		expect(r.runwayMonths).toBe(0);
		expect(runwayHeadline(r, 12)).toBe('Cash runs out in month 1.');
	});

	it('hires with employer load and contractors by the week', () => {
		// Hire: 120,000 / 12 × 1.25 = 12,500 a month from month 2.
		// Contractors: 2 × 4,000 × 52/12 = 34,666.67 a month in months 1-6.
		// Month 1 gross = 34,666.67 + 10,000 = 44,666.67; month 2 = 57,166.67; month 7 = 12,500 + 10,000 = 22,500.
		const r = computeRunway(
			flat({
				startingCash: 1_000_000,
				hires: [{ role: 'CSM', annualSalary: 120_000, startMonth: 2, loadPct: 25 }],
				contractors: [{ label: 'Backend', count: 2, weeklyRate: 4_000, startMonth: 1, months: 6 }],
			}),
		);
		expect(WEEKS_PER_MONTH * 4_000 * 2).toBeCloseTo(34_666.67, 2);
		expect(r.months[0]?.grossBurn).toBeCloseTo(44_666.67, 2);
		expect(r.months[1]?.grossBurn).toBeCloseTo(57_166.67, 2);
		expect(r.months[5]?.contractors).toBeCloseTo(34_666.67, 2);
		expect(r.months[6]?.contractors).toBe(0);
		expect(r.months[6]?.grossBurn).toBeCloseTo(22_500, 6);
		expect(r.peakGrossBurn).toBeCloseTo(57_166.67, 2);
	});

	it('growing MRR makes the company default alive', () => {
		// Revenue 10,000 × 1.1^(m−1) against 15,000 of costs: month 5 = 14,641 (short), month 6 = 16,105.10 (covers).
		// Net burn months 1-5: 5,000 + 4,000 + 2,900 + 1,690 + 359 = 13,949, so 50,000 of cash never runs out.
		const r = computeRunway(flat({ startingCash: 50_000, startingMrr: 10_000, growthPct: 10, otherMonthly: 15_000 }));
		expect(r.months[4]?.revenue).toBeCloseTo(14_641, 6);
		expect(r.breakEvenMonth).toBe(6);
		expect(r.defaultAlive).toBe(true);
		expect(r.months[4]?.cash).toBeCloseTo(50_000 - 13_949, 6);
	});

	it('a customer schedule with deposits and infrastructure steps', () => {
		// Months 1-2: customers A and B live (10,000 MRR), infrastructure 100; B's 20,000 deposit in month 1.
		// Month 3: C joins (3,333 MRR, 20,000 deposit), 3 live → infrastructure 430.
		// Cash: 0 − (100 + 5,000 − 10,000) + 20,000 = 24,900 after month 1; + 4,900 = 29,800 after month 2;
		// month 3: gross 430 + 5,000 = 5,430, revenue 13,333, net −7,903, + 20,000 → 57,703.
		const r = computeRunway(
			flat({
				startingCash: 0,
				otherMonthly: 5_000,
				revenueMode: 'schedule',
				customers: [
					{ name: 'A', mrr: 5_000, startMonth: 1, deposit: 0 },
					{ name: 'B', mrr: 5_000, startMonth: 1, deposit: 20_000 },
					{ name: 'C', mrr: 3_333, startMonth: 3, deposit: 20_000 },
				],
				infraSteps: [
					{ fromCustomers: 0, monthly: 100 },
					{ fromCustomers: 3, monthly: 430 },
				],
			}),
		);
		expect(r.months.slice(0, 3).map((m) => m.infrastructure)).toEqual([100, 100, 430]);
		expect(r.months.slice(0, 3).map((m) => m.cash)).toEqual([24_900, 29_800, 57_703]);
		expect(r.breakEvenMonth).toBe(1);
	});

	it('a fundraise lands in its month', () => {
		// 100,000 − 10,000 × 5 = 50,000 after month 5, + 500,000 raised in month 6 − 10,000 = 540,000.
		const r = computeRunway(flat({ fundraiseAmount: 500_000, fundraiseMonth: 6 }));
		expect(r.months[5]?.cash).toBe(540_000);
		expect(r.cashOutMonth).toBeNull();
	});

	it('infrastructure picks the highest step reached', () => {
		const steps = [
			{ fromCustomers: 3, monthly: 430 },
			{ fromCustomers: 0, monthly: 100 },
		];
		expect(infrastructureCost(steps, 0)).toBe(100);
		expect(infrastructureCost(steps, 2)).toBe(100);
		expect(infrastructureCost(steps, 7)).toBe(430);
		expect(infrastructureCost([], 3)).toBe(0);
	});
});

const arbitraryInputs = fc.record({
	startingCash: fc.integer({ min: 0, max: 10_000_000 }),
	months: fc.integer({ min: 12, max: 36 }),
	startingMrr: fc.integer({ min: 0, max: 1_000_000 }),
	growthPct: fc.integer({ min: -100, max: 100 }),
	otherMonthly: fc.integer({ min: 0, max: 1_000_000 }),
	fundraiseAmount: fc.integer({ min: 0, max: 10_000_000 }),
	fundraiseMonth: fc.integer({ min: 0, max: 36 }),
	revenueMode: fc.constantFrom('growth' as const, 'schedule' as const),
	customers: fc.array(
		fc.record({
			name: fc.string({ maxLength: 10 }),
			mrr: fc.integer({ min: 0, max: 100_000 }),
			startMonth: fc.integer({ min: 1, max: 36 }),
			deposit: fc.integer({ min: 0, max: 100_000 }),
		}),
		{ maxLength: 5 },
	),
	hires: fc.array(
		fc.record({
			role: fc.string({ maxLength: 10 }),
			annualSalary: fc.integer({ min: 0, max: 500_000 }),
			startMonth: fc.integer({ min: 1, max: 36 }),
			loadPct: fc.integer({ min: 0, max: 100 }),
		}),
		{ maxLength: 5 },
	),
	contractors: fc.array(
		fc.record({
			label: fc.string({ maxLength: 10 }),
			count: fc.integer({ min: 0, max: 10 }),
			weeklyRate: fc.integer({ min: 0, max: 10_000 }),
			startMonth: fc.integer({ min: 1, max: 36 }),
			months: fc.integer({ min: 1, max: 36 }),
		}),
		{ maxLength: 3 },
	),
	infraSteps: fc.array(
		fc.record({ fromCustomers: fc.integer({ min: 0, max: 10 }), monthly: fc.integer({ min: 0, max: 10_000 }) }),
		{ maxLength: 3 },
	),
});

describe('computeRunway: properties', () => {
	it('more starting cash never shortens runway', () => {
		fc.assert(
			fc.property(arbitraryInputs, fc.integer({ min: 1, max: 5_000_000 }), (i, extra) => {
				const base = computeRunway(i).runwayMonths;
				const richer = computeRunway({ ...i, startingCash: i.startingCash + extra }).runwayMonths;
				expect(richer).toBeGreaterThanOrEqual(base);
			}),
		);
	});

	it('a later hire never shortens runway', () => {
		fc.assert(
			fc.property(arbitraryInputs, (i) => {
				fc.pre(i.hires.length > 0);
				const later = {
					...i,
					hires: i.hires.map((h, n) => (n === 0 ? { ...h, startMonth: Math.min(36, h.startMonth + 3) } : h)),
				};
				expect(computeRunway(later).runwayMonths).toBeGreaterThanOrEqual(computeRunway(i).runwayMonths);
			}),
		);
	});

	it('every valid model gives finite numbers and a readable summary', () => {
		fc.assert(
			fc.property(arbitraryInputs, (i) => {
				expect(z.safeParse(runwayInputsSchema, i).success).toBe(true);
				const r = computeRunway(i);
				expect(r.months).toHaveLength(i.months);
				for (const m of r.months) expect(Number.isFinite(m.cash) && Number.isFinite(m.grossBurn)).toBe(true);
				expect(runwaySummary(r, i.months)).not.toMatch(/NaN|Infinity/);
			}),
		);
	});
});

describe('runway URL state', () => {
	it('round-trips a model', () => {
		const back = readRunwayUrl('?' + writeRunwayUrl(RUNWAY_DEFAULTS));
		expect(back).toEqual({ inputs: RUNWAY_DEFAULTS, rejected: [] });
	});

	it.each([
		['not JSON', '?model=%7Bnope', 'the model is not readable'],
		[
			'a script tag as cash',
			`?model=${encodeURIComponent(JSON.stringify({ ...RUNWAY_DEFAULTS, startingCash: '<script>alert(1)</script>' }))}`,
			'Cash at the start',
		],
		[
			'1e308 cash',
			`?model=${encodeURIComponent(JSON.stringify({ ...RUNWAY_DEFAULTS, startingCash: 1e308 }))}`,
			'Cash at the start',
		],
		[
			'negative months',
			`?model=${encodeURIComponent(JSON.stringify({ ...RUNWAY_DEFAULTS, months: -5 }))}`,
			'Months to model',
		],
		['a very long link', `?model=${'x'.repeat(9000)}`, 'the link is too long'],
		[
			'a bad hire row',
			`?model=${encodeURIComponent(JSON.stringify({ ...RUNWAY_DEFAULTS, hires: [{ role: 'x', annualSalary: -1, startMonth: 1, loadPct: 0 }] }))}`,
			'hires row 1 (annualSalary)',
		],
	])('rejects %s and names it', (_label, search, named) => {
		const state = readRunwayUrl(search);
		expect(state?.rejected).toContain(named);
	});

	it('ignores a URL without a model', () => {
		expect(readRunwayUrl('?utm_source=mail')).toBeNull();
	});
});
