/**
 * Month-by-month burn, runway and the "default alive" verdict. Conventions:
 *   payroll        = Σ salary / 12 × (1 + load), from each hire's start month
 *   contractors    = count × weekly rate × 52 / 12 (weeks per month = 4⅓)
 *   infrastructure = the highest step whose "from customers" ≤ customers live
 *                    (growth-rate mode counts no customers: the step from 0)
 *   expenses       = payroll + contractors + infrastructure + other costs
 *   revenue        = MRR billed that month
 *   cash           = previous cash + MRR collected + deposits + fundraise − expenses
 * MRR is collected in the month billed or the next (`collection`). A deposit
 * arrives in the customer's start month and either pays its first invoices
 * (`credit`) or comes on top of them (`cash`).
 *
 * Every amount is computed in integer cents, so "$0 left" is exactly zero;
 * results are reported in dollars (cents / 100).
 *
 * The verdict follows Paul Graham, "Default alive or default dead?" (2015,
 * paulgraham.com/aord.html): with costs and growth continuing as entered, does
 * revenue cover expenses for good before cash runs out? The model is projected
 * PROJECTION_MONTHS (ten years) whatever the horizon shown. "For good" means
 * revenue ≥ expenses in every month from then to the end of the projection;
 * the company is default alive only if that holds through month 120 and cash
 * never falls below zero on the way.
 */
import { PROJECTION_MONTHS, type Hire, type InfraStep, type RunwayInputs } from './schema';

export const WEEKS_PER_MONTH = 52 / 12;

/** What a month brings in and pays out, by kind (dollars in a RunwayMonth, cents while projecting). */
type MonthFlows = {
	revenue: number;
	collected: number;
	deposits: number;
	fundraise: number;
	payroll: number;
	contractors: number;
	infrastructure: number;
	other: number;
};

type RunwayMonth = MonthFlows & {
	month: number;
	grossBurn: number;
	netBurn: number;
	cash: number;
	customersLive: number;
};

export type Verdict =
	| { kind: 'alive'; breakEvenMonth: number; lowestCash: number }
	/** Cash runs out; `breakEvenMonth` is when revenue would cover expenses for good, if within ten years. */
	| { kind: 'dead'; cashOutMonth: number; breakEvenMonth: number | null }
	/** Cash lasts the ten years but revenue never covers expenses for good. */
	| { kind: 'not-profitable'; lowestCash: number };

export type RunwayResult = {
	/** The months shown: 1 to the horizon. */
	months: RunwayMonth[];
	/** Every projected month: 1 to PROJECTION_MONTHS. */
	projection: RunwayMonth[];
	/** First month whose closing cash is below zero, within the projection, or null. */
	cashOutMonth: number | null;
	/** Whole months before cash first falls below zero; null when it lasts the whole projection. */
	runwayMonths: number | null;
	/** First month from which revenue covers expenses in every projected month, or null. */
	breakEvenMonth: number | null;
	verdict: Verdict;
	defaultAlive: boolean;
	/** Lowest month-end cash in the projection, in dollars. */
	lowestCash: number;
	peakGrossBurn: number;
};

export const toCents = (dollars: number): number => Math.round(dollars * 100);
const toDollars = (cents: number): number => cents / 100;

function monthlyPayrollCents(hires: readonly Hire[], month: number): number {
	let total = 0;
	for (const h of hires)
		if (h.startMonth <= month) total += Math.round((toCents(h.annualSalary) / 12) * (1 + h.loadPct / 100));
	return total;
}

export function infrastructureCost(steps: readonly InfraStep[], customersLive: number): number {
	let best: InfraStep | undefined;
	for (const s of steps)
		if (s.fromCustomers <= customersLive && (!best || s.fromCustomers > best.fromCustomers)) best = s;
	return best?.monthly ?? 0;
}

/** The month-by-month projection in cents, before it is turned into dollars. */
function projectCents(i: RunwayInputs) {
	const rows: (MonthFlows & {
		expenses: number;
		cash: number;
		live: number;
	})[] = [];
	const schedule = i.revenueMode === 'schedule';
	const credit = i.customers.map((c) => (i.depositMode === 'credit' ? toCents(c.deposit) : 0));
	const other = toCents(i.otherMonthly);
	const mrr0 = toCents(i.startingMrr);
	const growth = 1 + i.growthPct / 100;
	// Growth mode: the invoices of the month before the model are collected in month 1.
	let billedCashBefore = !schedule && i.collection === 'next' ? mrr0 : 0;
	let cash = toCents(i.startingCash);
	for (let month = 1; month <= PROJECTION_MONTHS; month++) {
		let revenue = 0;
		let billedCash = 0;
		let deposits = 0;
		let live = 0;
		if (schedule) {
			i.customers.forEach((c, n) => {
				if (c.startMonth > month) return;
				live++;
				const billed = toCents(c.mrr);
				if (c.startMonth === month) deposits += toCents(c.deposit);
				const used = Math.min(billed, credit[n]!);
				credit[n]! -= used;
				revenue += billed;
				billedCash += billed - used;
			});
		} else {
			revenue = Math.round(mrr0 * growth ** (month - 1));
			billedCash = revenue;
		}
		const collected = i.collection === 'next' ? billedCashBefore : billedCash;
		billedCashBefore = billedCash;
		const fundraise = i.fundraiseMonth === month ? toCents(i.fundraiseAmount) : 0;
		const payroll = monthlyPayrollCents(i.hires, month);
		let contractors = 0;
		for (const c of i.contractors)
			if (month >= c.startMonth && month < c.startMonth + c.months)
				contractors += Math.round(c.count * toCents(c.weeklyRate) * WEEKS_PER_MONTH);
		const infrastructure = toCents(infrastructureCost(i.infraSteps, live));
		const expenses = payroll + contractors + infrastructure + other;
		cash += collected + deposits + fundraise - expenses;
		rows.push({
			revenue,
			collected,
			deposits,
			fundraise,
			payroll,
			contractors,
			infrastructure,
			other,
			expenses,
			cash,
			live,
		});
	}
	return rows;
}

export function computeRunway(i: RunwayInputs): RunwayResult {
	const rows = projectCents(i);
	let cashOutMonth: number | null = null;
	let lowest = Infinity;
	rows.forEach((r, n) => {
		if (cashOutMonth === null && r.cash < 0) cashOutMonth = n + 1;
		lowest = Math.min(lowest, r.cash);
	});
	// Walk back from the end: the break-even month is where the last run of covered months begins.
	let breakEvenMonth: number | null = null;
	for (let n = rows.length - 1; n >= 0 && rows[n]!.revenue >= rows[n]!.expenses; n--) breakEvenMonth = n + 1;

	const projection: RunwayMonth[] = rows.map((r, n) => ({
		month: n + 1,
		revenue: toDollars(r.revenue),
		collected: toDollars(r.collected),
		deposits: toDollars(r.deposits),
		fundraise: toDollars(r.fundraise),
		payroll: toDollars(r.payroll),
		contractors: toDollars(r.contractors),
		infrastructure: toDollars(r.infrastructure),
		other: toDollars(r.other),
		grossBurn: toDollars(r.expenses),
		netBurn: toDollars(r.expenses - r.revenue),
		cash: toDollars(r.cash),
		customersLive: r.live,
	}));
	const lowestCash = toDollars(lowest);
	const verdict: Verdict =
		cashOutMonth !== null
			? { kind: 'dead', cashOutMonth, breakEvenMonth }
			: breakEvenMonth !== null
				? { kind: 'alive', breakEvenMonth, lowestCash }
				: { kind: 'not-profitable', lowestCash };
	const months = projection.slice(0, i.months);
	return {
		months,
		projection,
		cashOutMonth,
		runwayMonths: cashOutMonth === null ? null : cashOutMonth - 1,
		breakEvenMonth,
		verdict,
		defaultAlive: verdict.kind === 'alive',
		lowestCash,
		peakGrossBurn: months.reduce((max, m) => Math.max(max, m.grossBurn), 0),
	};
}
