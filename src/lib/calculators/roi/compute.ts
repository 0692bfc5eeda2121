/**
 * ROI in the manner of Forrester's Total Economic Impact (TEI) studies:
 * benefits are risk-adjusted and ramped in year 1, costs are counted when
 * paid (implementation in year 0, subscription each year), and both are
 * discounted at the end of each year.
 *
 *   annual benefit (full run rate) = Σ value streams × 12
 *   benefit in year t               = annual × (1 − risk) × (t = 1 ? ramp : 1)
 *   PV(x)                           = Σ x_t / (1 + r)^t,  t = 0…years
 *   NPV = PV(benefits) − PV(costs);  ROI = NPV / PV(costs)
 *   payback: first month where undiscounted cumulative net cash ≥ 0, with
 *            year-t benefits and subscription spread evenly over its months.
 *
 * The value report mode follows the week-1 value realization report:
 * monthly rates × 12, week-1 amounts × 52.
 */
import type { ReportInputs, RoiInputs } from './schema';

export type StreamId = 'operational' | 'errors' | 'revenue' | 'compliance';

export const STREAM_LABELS: Record<StreamId, string> = {
	operational: 'Operational efficiency',
	errors: 'Error reduction',
	revenue: 'Revenue protection',
	compliance: 'Compliance',
};

export type RoiYear = {
	year: number;
	benefits: number;
	costs: number;
	net: number;
	cumulative: number;
	discountFactor: number;
};

export type RoiResult = {
	streams: Record<StreamId, number>;
	annualBenefit: number;
	riskAdjustedAnnualBenefit: number;
	initialCost: number;
	years: RoiYear[];
	pvBenefits: number;
	pvCosts: number;
	npv: number;
	/** null when there are no costs to return on. */
	roiPct: number | null;
	/** null when the costs are not paid back within the horizon. */
	paybackMonths: number | null;
};

const MONTHS_PER_YEAR = 12;
const WEEKS_PER_YEAR = 52;

export function annualStreamValues(i: RoiInputs): Record<StreamId, number> {
	return {
		operational: (i.hoursBefore - i.hoursAfter) * i.hourlyCost * MONTHS_PER_YEAR,
		errors: (i.incidentsBefore - i.incidentsAfter) * i.costPerIncident * MONTHS_PER_YEAR,
		revenue: i.revenueLostPerMonth * (i.recoveredPct / 100) * MONTHS_PER_YEAR,
		compliance: i.violationsPerMonth * i.costPerViolation * MONTHS_PER_YEAR,
	};
}

export function paybackMonths(initialCost: number, years: readonly RoiYear[]): number | null {
	let cumulative = -initialCost;
	if (cumulative >= 0) return 0;
	for (const y of years) {
		const monthlyNet = y.net / MONTHS_PER_YEAR;
		for (let m = 1; m <= MONTHS_PER_YEAR; m++) {
			const before = cumulative;
			cumulative += monthlyNet;
			if (cumulative >= 0) {
				// Interpolate inside the month in which the balance turns.
				const fraction = monthlyNet > 0 ? -before / monthlyNet : 1;
				return (y.year - 1) * MONTHS_PER_YEAR + (m - 1) + fraction;
			}
		}
	}
	return null;
}

export function computeRoi(i: RoiInputs): RoiResult {
	const streams = annualStreamValues(i);
	const annualBenefit = streams.operational + streams.errors + streams.revenue + streams.compliance;
	const riskAdjustedAnnualBenefit = annualBenefit * (1 - i.riskAdjustmentPct / 100);
	const initialCost = i.implementationCost + i.internalHours * i.hourlyCost;
	const rate = i.discountRatePct / 100;

	let pvBenefits = 0;
	let pvCosts = initialCost;
	let cumulative = -initialCost;
	const years: RoiYear[] = [];
	for (let year = 1; year <= i.years; year++) {
		const benefits = riskAdjustedAnnualBenefit * (year === 1 ? i.rampPct / 100 : 1);
		const costs = i.annualSubscription;
		const discountFactor = 1 / (1 + rate) ** year;
		pvBenefits += benefits * discountFactor;
		pvCosts += costs * discountFactor;
		cumulative += benefits - costs;
		years.push({ year, benefits, costs, net: benefits - costs, cumulative, discountFactor });
	}
	const npv = pvBenefits - pvCosts;
	return {
		streams,
		annualBenefit,
		riskAdjustedAnnualBenefit,
		initialCost,
		years,
		pvBenefits,
		pvCosts,
		npv,
		roiPct: pvCosts > 0 ? (npv / pvCosts) * 100 : null,
		paybackMonths: paybackMonths(initialCost, years),
	};
}

export type ReportStream = { id: StreamId; improvementPct: number | null; annualizedValue: number };

export type ReportResult = { streams: ReportStream[]; totalAnnualized: number };

function reductionPct(before: number, after: number): number | null {
	return before > 0 ? ((before - after) / before) * 100 : null;
}

export function computeValueReport(i: ReportInputs): ReportResult {
	const streams: ReportStream[] = [
		{
			id: 'operational',
			improvementPct: reductionPct(i.baselineHours, i.week1Hours),
			annualizedValue: (i.baselineHours - i.week1Hours) * i.hourlyCost * MONTHS_PER_YEAR,
		},
		{
			id: 'errors',
			improvementPct: reductionPct(i.baselineIncidents, i.week1Incidents),
			annualizedValue: (i.baselineIncidents - i.week1Incidents) * i.costPerIncident * MONTHS_PER_YEAR,
		},
		{
			id: 'revenue',
			improvementPct:
				i.baselineLossPerMonth > 0
					? ((i.week1Recovery * WEEKS_PER_YEAR) / MONTHS_PER_YEAR / i.baselineLossPerMonth) * 100
					: null,
			annualizedValue: i.week1Recovery * WEEKS_PER_YEAR,
		},
		{
			id: 'compliance',
			improvementPct: null,
			annualizedValue: i.violationsPrevented * i.costPerViolation * WEEKS_PER_YEAR,
		},
	];
	return { streams, totalAnnualized: streams.reduce((t, s) => t + s.annualizedValue, 0) };
}
