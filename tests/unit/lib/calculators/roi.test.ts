import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { computeRoi, computeValueReport, paybackMonths } from '../../../../src/lib/calculators/roi/compute';
import { ROI_DEFAULTS, roiInputsSchema, type RoiInputs } from '../../../../src/lib/calculators/roi/schema';
import { roiSummary, formatPayback } from '../../../../src/lib/calculators/roi/format';

const zeroBenefits: RoiInputs = {
	...ROI_DEFAULTS,
	hoursBefore: 0,
	hoursAfter: 0,
	incidentsBefore: 0,
	incidentsAfter: 0,
	revenueLostPerMonth: 0,
	violationsPerMonth: 0,
};

describe('computeRoi: known answers', () => {
	it('the default prospect', () => {
		// Streams: (160−40)×75×12 = 108,000; (12−3)×500×12 = 54,000; 10,000×50%×12 = 60,000; 1×2,000×12 = 24,000.
		// Annual 246,000; after 10% risk 221,400. Initial cost 10,000 + 80×75 = 16,000.
		// Year 1: 221,400×75% = 166,050 benefits, 40,000 costs. Years 2-3: 221,400 and 40,000.
		// PV benefits = 166,050/1.1 + 221,400/1.21 + 221,400/1.331 = 150,954.55 + 182,975.21 + 166,341.10 = 500,270.85
		// PV costs = 16,000 + 40,000×(1/1.1 + 1/1.21 + 1/1.331) = 16,000 + 99,474.08 = 115,474.08
		// NPV = 384,796.77; ROI = 384,796.77 / 115,474.08 = 333.23%
		// Payback: year-1 monthly net = 126,050/12 = 10,504.17; −16,000 → −5,495.83 after month 1,
		// so it turns in month 2 at 5,495.83/10,504.17 = 0.5232 → 1.5232 months.
		const r = computeRoi(ROI_DEFAULTS);
		expect(r.streams).toEqual({ operational: 108_000, errors: 54_000, revenue: 60_000, compliance: 24_000 });
		expect(r.annualBenefit).toBe(246_000);
		expect(r.riskAdjustedAnnualBenefit).toBeCloseTo(221_400, 6);
		expect(r.initialCost).toBe(16_000);
		expect(r.pvBenefits).toBeCloseTo(500_270.85, 1);
		expect(r.pvCosts).toBeCloseTo(115_474.08, 1);
		expect(r.npv).toBeCloseTo(384_796.77, 1);
		expect(r.roiPct).toBeCloseTo(333.23, 1);
		expect(r.paybackMonths).toBeCloseTo(1.5232, 3);
		expect(r.years.map((y) => Math.round(y.cumulative))).toEqual([110_050, 291_450, 472_850]);
	});

	it('no benefit: NPV is minus the costs, ROI −100%, no payback', () => {
		// Benefits 0. PV costs = 16,000 + 99,474.08 = 115,474.08, NPV = −115,474.08, ROI = −100%.
		const r = computeRoi(zeroBenefits);
		expect(r.annualBenefit).toBe(0);
		expect(r.npv).toBeCloseTo(-115_474.08, 1);
		expect(r.roiPct).toBeCloseTo(-100, 6);
		expect(r.paybackMonths).toBeNull();
		expect(formatPayback(r.paybackMonths, 3)).toBe('not within 3 years');
	});

	it('no costs: ROI is not defined and payback is immediate', () => {
		const r = computeRoi({ ...ROI_DEFAULTS, annualSubscription: 0, implementationCost: 0, internalHours: 0 });
		expect(r.pvCosts).toBe(0);
		expect(r.roiPct).toBeNull();
		expect(r.paybackMonths).toBe(0);
	});

	it('one year, no discounting, no risk, full ramp', () => {
		// Only operational efficiency: (100 − 0) × 10 × 12 = 12,000 a year. Costs: subscription 6,000, implementation 6,000.
		// PV benefits 12,000; PV costs 6,000 + 6,000 = 12,000; NPV 0; ROI 0%.
		// Payback: monthly net (12,000 − 6,000)/12 = 500; 6,000/500 = 12 months exactly.
		const r = computeRoi({
			...zeroBenefits,
			hoursBefore: 100,
			hourlyCost: 10,
			annualSubscription: 6_000,
			implementationCost: 6_000,
			internalHours: 0,
			years: 1,
			discountRatePct: 0,
			riskAdjustmentPct: 0,
			rampPct: 100,
		});
		expect(r.pvBenefits).toBe(12_000);
		expect(r.pvCosts).toBe(12_000);
		expect(r.npv).toBe(0);
		expect(r.roiPct).toBe(0);
		expect(r.paybackMonths).toBeCloseTo(12, 9);
	});

	it('benefits below the subscription never pay back', () => {
		// 10 hours × 10 × 12 = 1,200 a year against a 40,000 subscription.
		const r = computeRoi({ ...zeroBenefits, hoursBefore: 10, hourlyCost: 10, years: 5 });
		expect(r.paybackMonths).toBeNull();
		expect(r.npv).toBeLessThan(0);
	});

	it('a slow ramp delays payback into year 2', () => {
		// Annual benefit (1,000 − 0) × 10 × 12 = 120,000, no risk adjustment, ramp 0% so year 1 has no benefit.
		// Initial cost 15,200 + 80 × 10 = 16,000; year 1 net −40,000 → cumulative −56,000.
		// Year 2 monthly net = (120,000 − 40,000)/12 = 6,666.67; 56,000/6,666.67 = 8.4 → payback 12 + 8.4 = 20.4 months.
		const r = computeRoi({
			...zeroBenefits,
			hoursBefore: 1_000,
			hourlyCost: 10,
			implementationCost: 15_200,
			internalHours: 80,
			riskAdjustmentPct: 0,
			rampPct: 0,
		});
		expect(r.initialCost).toBe(16_000);
		expect(r.paybackMonths).toBeCloseTo(20.4, 6);
	});
});

describe('computeRoi: properties', () => {
	const inputs = fc.record({
		hoursBefore: fc.integer({ min: 0, max: 10_000 }),
		hoursAfter: fc.integer({ min: 0, max: 10_000 }),
		hourlyCost: fc.integer({ min: 0, max: 1_000 }),
		incidentsBefore: fc.integer({ min: 0, max: 1_000 }),
		incidentsAfter: fc.integer({ min: 0, max: 1_000 }),
		costPerIncident: fc.integer({ min: 0, max: 100_000 }),
		revenueLostPerMonth: fc.integer({ min: 0, max: 10_000_000 }),
		recoveredPct: fc.integer({ min: 0, max: 100 }),
		violationsPerMonth: fc.integer({ min: 0, max: 100 }),
		costPerViolation: fc.integer({ min: 0, max: 1_000_000 }),
		annualSubscription: fc.integer({ min: 0, max: 10_000_000 }),
		implementationCost: fc.integer({ min: 0, max: 10_000_000 }),
		internalHours: fc.integer({ min: 0, max: 10_000 }),
		years: fc.integer({ min: 1, max: 5 }),
		discountRatePct: fc.integer({ min: 0, max: 50 }),
		riskAdjustmentPct: fc.integer({ min: 0, max: 90 }),
		rampPct: fc.integer({ min: 0, max: 100 }),
	});

	it('every valid input gives finite results', () => {
		fc.assert(
			fc.property(inputs, (i) => {
				expect(z.safeParse(roiInputsSchema, i).success).toBe(true);
				const r = computeRoi(i);
				for (const v of [r.npv, r.pvBenefits, r.pvCosts, r.annualBenefit]) expect(Number.isFinite(v)).toBe(true);
				if (r.roiPct !== null) expect(Number.isFinite(r.roiPct)).toBe(true);
				if (r.paybackMonths !== null) expect(r.paybackMonths).toBeGreaterThanOrEqual(0);
				expect(roiSummary(i, r)).not.toMatch(/NaN|Infinity|-\$0\b/);
			}),
		);
	});

	it('more hours saved never lowers NPV', () => {
		fc.assert(
			fc.property(inputs, fc.integer({ min: 1, max: 1000 }), (i, extra) => {
				expect(computeRoi({ ...i, hoursBefore: i.hoursBefore + extra }).npv).toBeGreaterThanOrEqual(
					computeRoi(i).npv - 1e-6,
				);
			}),
		);
	});

	it('a higher subscription never shortens payback', () => {
		fc.assert(
			fc.property(inputs, fc.integer({ min: 1, max: 100_000 }), (i, extra) => {
				const base = computeRoi(i).paybackMonths;
				const dearer = computeRoi({ ...i, annualSubscription: i.annualSubscription + extra }).paybackMonths;
				if (base === null) expect(dearer).toBeNull();
				else if (dearer !== null) expect(dearer).toBeGreaterThanOrEqual(base - 1e-9);
			}),
		);
	});

	it('payback of nothing owed is immediate', () => {
		expect(paybackMonths(0, [])).toBe(0);
		expect(paybackMonths(100, [])).toBeNull();
	});
});

describe('computeValueReport: known answers', () => {
	it('the week-1 report', () => {
		// Hours 160 → 60: reduction 100/160 = 62.5%; value 100 × 75 × 12 = 90,000.
		// Incidents 12 → 4: reduction 66.67%; value 8 × 500 × 12 = 48,000.
		// Revenue: 1,200 recovered in week 1 → 1,200 × 52 = 62,400 a year; per month 5,200 = 52% of a 10,000 monthly loss.
		// Compliance: 1 violation × 2,000 × 52 = 104,000. Total 304,400.
		const r = computeValueReport({
			baselineHours: 160,
			week1Hours: 60,
			hourlyCost: 75,
			baselineIncidents: 12,
			week1Incidents: 4,
			costPerIncident: 500,
			baselineLossPerMonth: 10_000,
			week1Recovery: 1_200,
			receiptsGenerated: 5_000,
			validationRatePct: 100,
			violationsPrevented: 1,
			costPerViolation: 2_000,
		});
		const byId = Object.fromEntries(r.streams.map((s) => [s.id, s]));
		expect(byId.operational).toEqual({ id: 'operational', improvementPct: 62.5, annualizedValue: 90_000 });
		expect(byId.errors?.improvementPct).toBeCloseTo(66.667, 2);
		expect(byId.errors?.annualizedValue).toBe(48_000);
		expect(byId.revenue?.annualizedValue).toBe(62_400);
		expect(byId.revenue?.improvementPct).toBeCloseTo(52, 9);
		expect(byId.compliance?.annualizedValue).toBe(104_000);
		expect(r.totalAnnualized).toBe(304_400);
	});

	it('a zero baseline has no improvement percentage rather than a division by zero', () => {
		const r = computeValueReport({
			baselineHours: 0,
			week1Hours: 0,
			hourlyCost: 75,
			baselineIncidents: 0,
			week1Incidents: 0,
			costPerIncident: 0,
			baselineLossPerMonth: 0,
			week1Recovery: 0,
			receiptsGenerated: 0,
			validationRatePct: 0,
			violationsPrevented: 0,
			costPerViolation: 0,
		});
		expect(r.streams.every((s) => s.improvementPct === null)).toBe(true);
		expect(r.totalAnnualized).toBe(0);
	});
});
