/**
 * ROI calculator inputs. Money in US dollars, rates as percents (`…Pct`),
 * activity as monthly rates. Every default is neutral: an example prospect
 * and an example list price, never another customer's deal. Where each
 * default comes from is said in ROI_DEFAULT_SOURCES, which the assumptions
 * table prints for the prospect: so they speak to the prospect ("you",
 * "your figure"), never to the rep who prepared the estimate.
 */
import { MONEY_MAX, type FieldSpec } from '~/lib/calculators/shared/fields';

export const ROI_FIELDS = {
	hoursBefore: {
		label: 'Hours per month today',
		unit: 'hours',
		min: 0,
		max: 1_000_000,
		hint: 'Time spent on the work TAI automates, per month.',
	},
	hoursAfter: { label: 'Hours per month with TAI', unit: 'hours', min: 0, max: 1_000_000 },
	hourlyCost: {
		label: 'Loaded hourly cost',
		unit: 'dollars',
		min: 0,
		max: 100_000,
		hint: 'Salary plus benefits and overhead, per hour.',
	},
	recapturePct: {
		label: 'Freed time put to productive use',
		unit: 'percent',
		min: 0,
		max: 100,
		hint: 'Recapture rate: the share of saved hours that turns into value.',
	},
	incidentsBefore: { label: 'Incidents per month today', unit: 'count', min: 0, max: 1_000_000 },
	incidentsAfter: { label: 'Incidents per month with TAI', unit: 'count', min: 0, max: 1_000_000 },
	costPerIncident: { label: 'Cost per incident', unit: 'dollars', min: 0, max: MONEY_MAX },
	revenueLostPerMonth: {
		label: 'Revenue lost per month',
		unit: 'dollars',
		min: 0,
		max: MONEY_MAX,
		hint: 'Pricing errors, leakage, missed charges.',
	},
	recoveredPct: { label: 'Share of lost revenue recovered', unit: 'percent', min: 0, max: 100 },
	violationsPerMonth: { label: 'Compliance violations prevented per month', unit: 'count', min: 0, max: 1_000_000 },
	costPerViolation: { label: 'Cost per violation', unit: 'dollars', min: 0, max: MONEY_MAX },
	annualSubscription: {
		label: 'Annual subscription',
		unit: 'dollars',
		min: 0,
		max: MONEY_MAX,
		hint: "The yearly price in TAI's quote.",
	},
	implementationCost: { label: 'One-time implementation fee', unit: 'dollars', min: 0, max: MONEY_MAX },
	internalHours: {
		label: 'Internal hours to implement',
		unit: 'hours',
		min: 0,
		max: 1_000_000,
		hint: "Your own team's time, costed at the loaded hourly cost.",
	},
	implementationDays: {
		label: 'Days from signature to go-live',
		unit: 'days',
		min: 0,
		max: 365,
		integer: true,
	},
	rampMonths: {
		label: 'Months from go-live to full benefits',
		unit: 'months',
		min: 0,
		max: 24,
		integer: true,
	},
	years: { label: 'Horizon', unit: 'years', min: 1, max: 5, integer: true },
	discountRatePct: { label: 'Discount rate', unit: 'percent', min: 0, max: 50 },
	riskAdjustmentPct: {
		label: 'Risk adjustment on benefits',
		unit: 'percent',
		min: 0,
		max: 90,
		hint: 'Benefits are reduced by this share.',
	},
	costRiskPct: {
		label: 'Risk adjustment on costs',
		unit: 'percent',
		min: 0,
		max: 100,
		hint: 'Costs are raised by this share.',
	},
} as const satisfies Record<string, FieldSpec>;

export type RoiField = keyof typeof ROI_FIELDS;
export type RoiInputs = Record<RoiField, number>;

/** How the subscription is paid: the whole year at the start of each year, or a twelfth each month. */
export const BILLINGS = ['annual', 'monthly'] as const;
export type Billing = (typeof BILLINGS)[number];
export const BILLING_LABELS: Record<Billing, string> = {
	annual: 'Annually in advance',
	monthly: 'Monthly',
};

/** A full ROI case: the numeric inputs and the billing terms. */
export type RoiCase = RoiInputs & { billing: Billing };

export const ROI_DEFAULTS: RoiInputs = {
	hoursBefore: 160,
	hoursAfter: 40,
	hourlyCost: 75,
	recapturePct: 50,
	incidentsBefore: 12,
	incidentsAfter: 3,
	costPerIncident: 500,
	revenueLostPerMonth: 10_000,
	recoveredPct: 50,
	violationsPerMonth: 1,
	costPerViolation: 2_000,
	annualSubscription: 36_000,
	implementationCost: 10_000,
	internalHours: 80,
	implementationDays: 19,
	rampMonths: 3,
	years: 3,
	discountRatePct: 10,
	riskAdjustmentPct: 10,
	costRiskPct: 10,
};

export const ROI_DEFAULT_BILLING: Billing = 'annual';

const EXAMPLE = 'TAI estimate: change it to your figure.';

/** Where each default comes from, printed in the assumptions table. */
export const ROI_DEFAULT_SOURCES: Record<RoiField | 'billing', string> = {
	hoursBefore: EXAMPLE,
	hoursAfter: EXAMPLE,
	hourlyCost: EXAMPLE,
	recapturePct:
		'TAI estimate from the TEI convention: not all freed time becomes productive work, so half counts. Change it if you know how the hours are reused.',
	incidentsBefore: EXAMPLE,
	incidentsAfter: EXAMPLE,
	costPerIncident: EXAMPLE,
	revenueLostPerMonth: EXAMPLE,
	recoveredPct: EXAMPLE,
	violationsPerMonth: EXAMPLE,
	costPerViolation: EXAMPLE,
	annualSubscription: "TAI list price ($3,000 a month): change it to the price in TAI's quote.",
	implementationCost: "TAI's standard one-time fee: change it to the fee in TAI's quote.",
	internalHours: EXAMPLE,
	implementationDays: "TAI estimate: go-live on Day 19 of TAI's 21-day implementation plan. Change it.",
	rampMonths: 'TAI estimate: each value stream reaches its full rate within a quarter of go-live. Change it.',
	years: 'TEI studies use a three-year horizon.',
	discountRatePct: 'TEI studies discount at 10% a year.',
	riskAdjustmentPct: 'TEI convention: benefits reduced by 10% for uncertainty.',
	costRiskPct: 'TEI convention: costs raised by 10% for overruns.',
	billing: "TAI's standard terms: the subscription is invoiced annually in advance.",
};

export const REPORT_FIELDS = {
	baselineHours: { label: 'Baseline hours per month', unit: 'hours', min: 0, max: 1_000_000 },
	week1Hours: { label: 'Week 1 hours per month', unit: 'hours', min: 0, max: 1_000_000 },
	hourlyCost: ROI_FIELDS.hourlyCost,
	baselineIncidents: { label: 'Baseline incidents per month', unit: 'count', min: 0, max: 1_000_000 },
	week1Incidents: { label: 'Week 1 incidents per month', unit: 'count', min: 0, max: 1_000_000 },
	costPerIncident: ROI_FIELDS.costPerIncident,
	baselineLossPerMonth: { label: 'Baseline revenue loss per month', unit: 'dollars', min: 0, max: MONEY_MAX },
	week1Recovery: { label: 'Revenue recovered in week 1', unit: 'dollars', min: 0, max: MONEY_MAX },
	receiptsGenerated: {
		label: 'Receipts generated in week 1',
		unit: 'count',
		min: 0,
		max: 1_000_000_000_000,
		integer: true,
	},
	validationRatePct: { label: 'Receipt validation rate', unit: 'percent', min: 0, max: 100 },
	violationsPrevented: {
		label: 'Violations prevented in week 1',
		unit: 'count',
		min: 0,
		max: 1_000_000,
		integer: true,
	},
	costPerViolation: ROI_FIELDS.costPerViolation,
} as const satisfies Record<string, FieldSpec>;

export type ReportField = keyof typeof REPORT_FIELDS;
export type ReportInputs = Record<ReportField, number>;

/** Example measurements for the value report mode (none come from the planning documents). */
export const REPORT_DEFAULTS: ReportInputs = {
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
};
