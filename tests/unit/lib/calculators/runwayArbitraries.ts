/** Runway models for property tests: `arbitraryInputs` for realistic ranges, `arbitraryAnyModel` for everything the schema accepts. */
import fc from 'fast-check';
import { MONEY_MAX } from '../../../../src/lib/calculators/shared/fields';
import { LIMITS, type RunwayInputs } from '../../../../src/lib/calculators/runway/schema';

export const flat = (overrides: Partial<RunwayInputs>): RunwayInputs => ({
	startingCash: 100_000,
	months: 12,
	firstMonth: '2027-01',
	startingMrr: 0,
	growthPct: 0,
	otherMonthly: 10_000,
	fundraiseAmount: 0,
	fundraiseMonth: 0,
	fundraiseLeadMonths: 6,
	revenueMode: 'growth',
	depositMode: 'credit',
	collection: 'same',
	customers: [],
	hires: [],
	contractors: [],
	infraSteps: [],
	...overrides,
});

const name = fc.string({ maxLength: 10 });
const month = fc.integer({ min: 1, max: 120 });
const firstMonth = fc
	.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
	.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

export const arbitraryInputs: fc.Arbitrary<RunwayInputs> = fc.record({
	startingCash: fc.integer({ min: -1_000_000, max: 10_000_000 }),
	months: fc.integer({ min: 12, max: 36 }),
	firstMonth,
	startingMrr: fc.integer({ min: 0, max: 1_000_000 }),
	growthPct: fc.integer({ min: -100, max: 100 }),
	otherMonthly: fc.integer({ min: 0, max: 1_000_000 }),
	fundraiseAmount: fc.integer({ min: 0, max: 10_000_000 }),
	fundraiseMonth: fc.integer({ min: 0, max: 120 }),
	fundraiseLeadMonths: fc.integer({ min: 0, max: 24 }),
	revenueMode: fc.constantFrom('growth' as const, 'schedule' as const),
	depositMode: fc.constantFrom('credit' as const, 'cash' as const),
	collection: fc.constantFrom('same' as const, 'next' as const),
	customers: fc.array(
		fc.record({
			name,
			mrr: fc.integer({ min: 0, max: 100_000 }),
			startMonth: month,
			deposit: fc.integer({ min: 0, max: 100_000 }),
		}),
		{ maxLength: 5 },
	),
	hires: fc.array(
		fc.record({
			role: name,
			annualSalary: fc.integer({ min: 0, max: 500_000 }),
			startMonth: month,
			loadPct: fc.integer({ min: 0, max: 100 }),
		}),
		{ maxLength: 5 },
	),
	contractors: fc.array(
		fc.record({
			label: name,
			count: fc.integer({ min: 0, max: 10 }),
			weeklyRate: fc.integer({ min: 0, max: 10_000 }),
			startMonth: month,
			months: month,
		}),
		{ maxLength: 3 },
	),
	infraSteps: fc.array(
		fc.record({ fromCustomers: fc.integer({ min: 0, max: 10 }), monthly: fc.integer({ min: 0, max: 10_000 }) }),
		{ maxLength: 3 },
	),
});

// Any double in range (−0 as 0), names of any printable characters (multi-byte included), up to every limit.
const money = fc
	.double({ min: 0, max: MONEY_MAX, noNaN: true, noDefaultInfinity: true })
	.map((v) => (Object.is(v, -0) ? 0 : v));
const printable = fc
	.string({ unit: 'grapheme', maxLength: LIMITS.name })
	.map((s) => s.replace(/[\p{Cc}\p{Cs}]/gu, ''))
	.filter((s) => s.length <= LIMITS.name);
const pct = (min: number, max: number) =>
	fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));

export const arbitraryAnyModel: fc.Arbitrary<RunwayInputs> = fc.record({
	// −0 is left out: JSON writes it as 0, and the form never produces it (parseNumber turns it into 0).
	startingCash: pct(-MONEY_MAX, MONEY_MAX),
	months: fc.integer({ min: 12, max: 36 }),
	firstMonth,
	startingMrr: money,
	growthPct: pct(-100, 100),
	otherMonthly: money,
	fundraiseAmount: money,
	fundraiseMonth: fc.integer({ min: 0, max: 120 }),
	fundraiseLeadMonths: fc.integer({ min: 0, max: 24 }),
	revenueMode: fc.constantFrom('growth' as const, 'schedule' as const),
	depositMode: fc.constantFrom('credit' as const, 'cash' as const),
	collection: fc.constantFrom('same' as const, 'next' as const),
	customers: fc.array(fc.record({ name: printable, mrr: money, startMonth: month, deposit: money }), {
		maxLength: LIMITS.customers,
	}),
	hires: fc.array(fc.record({ role: printable, annualSalary: money, startMonth: month, loadPct: pct(0, 100) }), {
		maxLength: LIMITS.hires,
	}),
	contractors: fc.array(
		fc.record({
			label: printable,
			count: fc.integer({ min: 0, max: 1000 }),
			weeklyRate: money,
			startMonth: month,
			months: month,
		}),
		{ maxLength: LIMITS.contractors },
	),
	infraSteps: fc.array(fc.record({ fromCustomers: fc.integer({ min: 0, max: 10_000 }), monthly: money }), {
		maxLength: LIMITS.infraSteps,
	}),
});
