/**
 * Month-by-month burn and runway. Conventions:
 *   payroll      = Σ salary / 12 × (1 + load), from each hire's start month
 *   contractors  = count × weekly rate × 52 / 12 (weeks per month = 4⅓)
 *   infrastructure = the highest step whose "from customers" ≤ customers live
 *   gross burn   = payroll + contractors + infrastructure + other costs
 *   net burn     = gross burn − recurring revenue (MRR)
 *   cash         = previous cash − net burn + deposits + fundraise
 * Runway is the number of whole months before cash first goes below zero;
 * default alive means revenue covers gross burn in some month before then.
 */
import type { Hire, InfraStep, RunwayInputs } from './schema';

export const WEEKS_PER_MONTH = 52 / 12;

export type RunwayMonth = {
	month: number;
	revenue: number;
	deposits: number;
	fundraise: number;
	payroll: number;
	contractors: number;
	infrastructure: number;
	other: number;
	grossBurn: number;
	netBurn: number;
	cash: number;
	customersLive: number;
};

export type RunwayResult = {
	months: RunwayMonth[];
	/** First month whose closing cash is below zero, or null if it never is within the horizon. */
	cashOutMonth: number | null;
	/** Whole months of runway; when cash lasts beyond the horizon, the horizon itself. */
	runwayMonths: number;
	runwayBeyondHorizon: boolean;
	/** First month in which revenue covers gross burn, or null. */
	breakEvenMonth: number | null;
	defaultAlive: boolean;
	peakGrossBurn: number;
};

export function monthlyPayroll(hires: readonly Hire[], month: number): number {
	return hires
		.filter((h) => h.startMonth <= month)
		.reduce((t, h) => t + (h.annualSalary / 12) * (1 + h.loadPct / 100), 0);
}

export function infrastructureCost(steps: readonly InfraStep[], customersLive: number): number {
	const applicable = steps
		.filter((s) => s.fromCustomers <= customersLive)
		.sort((a, b) => b.fromCustomers - a.fromCustomers);
	return applicable[0]?.monthly ?? 0;
}

export function computeRunway(i: RunwayInputs): RunwayResult {
	const months: RunwayMonth[] = [];
	let cash = i.startingCash;
	let cashOutMonth: number | null = null;
	let breakEvenMonth: number | null = null;
	for (let month = 1; month <= i.months; month++) {
		const live = i.revenueMode === 'schedule' ? i.customers.filter((c) => c.startMonth <= month) : [];
		const revenue =
			i.revenueMode === 'schedule'
				? live.reduce((t, c) => t + c.mrr, 0)
				: i.startingMrr * (1 + i.growthPct / 100) ** (month - 1);
		const deposits =
			i.revenueMode === 'schedule'
				? i.customers.filter((c) => c.startMonth === month).reduce((t, c) => t + c.deposit, 0)
				: 0;
		const fundraise = i.fundraiseMonth === month ? i.fundraiseAmount : 0;
		const payroll = monthlyPayroll(i.hires, month);
		const contractors = i.contractors
			.filter((c) => month >= c.startMonth && month < c.startMonth + c.months)
			.reduce((t, c) => t + c.count * c.weeklyRate * WEEKS_PER_MONTH, 0);
		const customersLive = i.revenueMode === 'schedule' ? live.length : 0;
		const infrastructure = infrastructureCost(i.infraSteps, customersLive);
		const grossBurn = payroll + contractors + infrastructure + i.otherMonthly;
		const netBurn = grossBurn - revenue;
		cash = cash - netBurn + deposits + fundraise;
		if (cashOutMonth === null && cash < 0) cashOutMonth = month;
		if (breakEvenMonth === null && revenue >= grossBurn && (cashOutMonth === null || month < cashOutMonth))
			breakEvenMonth = month;
		months.push({
			month,
			revenue,
			deposits,
			fundraise,
			payroll,
			contractors,
			infrastructure,
			other: i.otherMonthly,
			grossBurn,
			netBurn,
			cash,
			customersLive,
		});
	}
	return {
		months,
		cashOutMonth,
		runwayMonths: cashOutMonth === null ? i.months : cashOutMonth - 1,
		runwayBeyondHorizon: cashOutMonth === null,
		breakEvenMonth,
		defaultAlive: breakEvenMonth !== null,
		peakGrossBurn: months.reduce((max, m) => Math.max(max, m.grossBurn), 0),
	};
}
