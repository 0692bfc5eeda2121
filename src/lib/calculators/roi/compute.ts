/**
 * ROI in the manner of Forrester's Total Economic Impact (TEI) studies, on a
 * monthly cash timeline kept in integer cents so that a balance of exactly
 * zero is zero.
 *
 *   operational / year   = (hours today − hours with TAI) × hourly cost × recapture × 12
 *                          (recapture applies to freed hours only; extra hours cost in full)
 *   other streams / year = (as the value realization report) × 12
 *   benefit / month      = Σ streams × (1 − benefit risk, if Σ > 0) × scenario ÷ 12 × ramp share of month m
 *   ramp(t)              = 0 before go-live g = implementation days ÷ 30, rising linearly
 *                          to 1 over R ramp months, then 1; a month's share is ∫ ramp over it
 *   initial cost (t = 0) = (implementation fee + internal hours × hourly cost) × (1 + cost risk)
 *   subscription         = annual price × (1 + cost risk), all at the start of each year
 *                          (annual billing) or a twelfth each month (monthly billing)
 *   PV(x) = Σ x_t ÷ (1 + r)^t, year totals at the end of year t, t = 0 undiscounted
 *   NPV = PV(benefits) − PV(costs);  ROI = NPV ÷ PV(costs)
 *   payback = the first month from whose end onwards the cumulative net stays ≥ 0
 *
 * The value report mode follows the week-1 value realization report:
 * monthly rates × 12, week-1 amounts × 52.
 */
import type { ReportInputs, RoiCase, RoiInputs } from './schema';

export type StreamId = 'operational' | 'errors' | 'revenue' | 'compliance';

export const STREAM_LABELS: Record<StreamId, string> = {
	operational: 'Operational efficiency',
	errors: 'Error reduction',
	revenue: 'Revenue protection',
	compliance: 'Compliance',
};

type RoiYear = {
	year: number;
	benefits: number;
	costs: number;
	net: number;
	cumulative: number;
	discountFactor: number;
};

export type RoiResult = {
	streams: Record<StreamId, number>;
	/** Full run rate, after recapture, before risk. */
	annualBenefit: number;
	riskAdjustedAnnualBenefit: number;
	/** Year-0 cost after the cost risk adjustment. */
	initialCost: number;
	/** Subscription per year after the cost risk adjustment. */
	annualCost: number;
	years: RoiYear[];
	/** Cumulative net in cents at the end of each month, index 0 = after the year-0 cost. */
	cumulativeCents: number[];
	pvBenefits: number;
	pvCosts: number;
	npv: number;
	/** Undiscounted benefits − costs over the horizon. */
	netBenefit: number;
	/** null when there are no costs to return on. */
	roiPct: number | null;
	/** Whole months; null when not paid back within the horizon. */
	paybackMonths: number | null;
};

const MONTHS_PER_YEAR = 12;
const WEEKS_PER_YEAR = 52;
/** The calendar convention for go-live: a month is 30 days. */
const DAYS_PER_MONTH = 30;

/** Freed hours count at the recapture rate; extra hours (a negative saving) cost in full. */
function hoursValue(savedHours: number, i: RoiInputs): number {
	return savedHours * i.hourlyCost * (savedHours > 0 ? i.recapturePct / 100 : 1);
}

function annualStreamValues(i: RoiInputs): Record<StreamId, number> {
	return {
		operational: hoursValue(i.hoursBefore - i.hoursAfter, i) * MONTHS_PER_YEAR,
		errors: (i.incidentsBefore - i.incidentsAfter) * i.costPerIncident * MONTHS_PER_YEAR,
		revenue: i.revenueLostPerMonth * (i.recoveredPct / 100) * MONTHS_PER_YEAR,
		compliance: i.violationsPerMonth * i.costPerViolation * MONTHS_PER_YEAR,
	};
}

/** Months of full benefit earned by time t (months from signature): ∫₀ᵗ ramp. */
function rampedMonths(t: number, goLiveMonths: number, rampMonths: number): number {
	if (t <= goLiveMonths) return 0;
	if (t <= goLiveMonths + rampMonths) return (t - goLiveMonths) ** 2 / (2 * rampMonths);
	return rampMonths / 2 + (t - goLiveMonths - rampMonths);
}

/** The share of a full month's benefit earned in month m (1 = the first month after signature). */
export function monthBenefitShare(m: number, goLiveMonths: number, rampMonths: number): number {
	return rampedMonths(m, goLiveMonths, rampMonths) - rampedMonths(m - 1, goLiveMonths, rampMonths);
}

/** Cents of an annual amount billed in month k (1-12) of a year; the twelve parts add up exactly. */
export function monthlyPartCents(annualCents: number, k: number): number {
	return Math.floor((annualCents * k) / MONTHS_PER_YEAR) - Math.floor((annualCents * (k - 1)) / MONTHS_PER_YEAR);
}

/**
 * The first month from whose end the cumulative net never drops below zero
 * again, from cumulative cents after month 0, 1, 2 …; null if the last is negative.
 */
export function paybackMonths(cumulativeCents: readonly number[]): number | null {
	let payback: number | null = null;
	for (let m = cumulativeCents.length - 1; m >= 0; m--) {
		if ((cumulativeCents[m] ?? -1) < 0) break;
		payback = m;
	}
	return payback;
}

const toCents = (dollars: number) => Math.round(dollars * 100);

export function computeRoi(c: RoiCase, benefitScale = 1): RoiResult {
	const streams = annualStreamValues(c);
	const annualBenefit = streams.operational + streams.errors + streams.revenue + streams.compliance;
	// Risk lowers a gain; it never shrinks a loss.
	const riskAdjustedAnnualBenefit =
		(annualBenefit > 0 ? annualBenefit * (1 - c.riskAdjustmentPct / 100) : annualBenefit) * benefitScale;
	const costFactor = 1 + c.costRiskPct / 100;
	const initialCents = toCents((c.implementationCost + c.internalHours * c.hourlyCost) * costFactor);
	const annualCostCents = toCents(c.annualSubscription * costFactor);
	const monthlyBenefitCents = (riskAdjustedAnnualBenefit * 100) / MONTHS_PER_YEAR;
	const goLive = c.implementationDays / DAYS_PER_MONTH;
	const rate = c.discountRatePct / 100;

	const cumulativeCents = [-initialCents];
	const years: RoiYear[] = [];
	let cumulative = -initialCents;
	let pvBenefits = 0;
	let pvCosts = initialCents / 100;
	let pvNetCents = -initialCents;
	for (let year = 1; year <= c.years; year++) {
		let benefitCents = 0;
		for (let k = 1; k <= MONTHS_PER_YEAR; k++) {
			const m = (year - 1) * MONTHS_PER_YEAR + k;
			const benefit = Math.round(monthlyBenefitCents * monthBenefitShare(m, goLive, c.rampMonths));
			const cost = c.billing === 'annual' ? (k === 1 ? annualCostCents : 0) : monthlyPartCents(annualCostCents, k);
			benefitCents += benefit;
			cumulative += benefit - cost;
			cumulativeCents.push(cumulative);
		}
		const discountFactor = 1 / (1 + rate) ** year;
		pvBenefits += (benefitCents / 100) * discountFactor;
		pvCosts += (annualCostCents / 100) * discountFactor;
		pvNetCents += (benefitCents - annualCostCents) * discountFactor;
		years.push({
			year,
			benefits: benefitCents / 100,
			costs: annualCostCents / 100,
			net: (benefitCents - annualCostCents) / 100,
			cumulative: cumulative / 100,
			discountFactor,
		});
	}
	// NPV to the cent, so that a case that exactly breaks even shows 0, not ±0.000001.
	const npv = Math.round(pvNetCents) / 100;
	return {
		streams,
		annualBenefit,
		riskAdjustedAnnualBenefit,
		initialCost: initialCents / 100,
		annualCost: annualCostCents / 100,
		years,
		cumulativeCents,
		pvBenefits,
		pvCosts,
		npv,
		netBenefit: cumulative / 100,
		roiPct: pvCosts > 0 ? (npv / pvCosts) * 100 : null,
		paybackMonths: paybackMonths(cumulativeCents),
	};
}

export type ScenarioId = 'conservative' | 'expected' | 'optimistic' | 'halved';

/** Benefit multipliers of the scenarios; costs are the same in each. */
const SCENARIOS: { id: ScenarioId; label: string; benefitScale: number }[] = [
	{ id: 'conservative', label: 'Conservative (benefits × 0.75)', benefitScale: 0.75 },
	{ id: 'expected', label: 'Expected (benefits × 1)', benefitScale: 1 },
	{ id: 'optimistic', label: 'Optimistic (benefits × 1.25)', benefitScale: 1.25 },
	{ id: 'halved', label: 'Benefits halved (× 0.5)', benefitScale: 0.5 },
];

export function computeScenarios(c: RoiCase): { id: ScenarioId; label: string; result: RoiResult }[] {
	return SCENARIOS.map((s) => ({ id: s.id, label: s.label, result: computeRoi(c, s.benefitScale) }));
}

type ReportStream = { id: StreamId; improvementPct: number | null; annualizedValue: number };

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
