/**
 * ROI calculator inputs. Money in US dollars, rates as percents (`…Pct`),
 * activity as monthly rates. Defaults that the planning documents give are
 * marked; the others are example values for a prospect to replace.
 */
import { MONEY_MAX, objectSchema, type FieldSpec } from '~/lib/calculators/shared/fields';

export const ROI_FIELDS = {
	hoursBefore: {
		label: 'Hours per month today',
		unit: 'hours',
		min: 0,
		max: 1_000_000,
		hint: 'Time spent on the work TAI automates, per month, before TAI.',
	},
	hoursAfter: { label: 'Hours per month with TAI', unit: 'hours', min: 0, max: 1_000_000 },
	hourlyCost: {
		label: 'Loaded hourly cost',
		unit: 'dollars',
		min: 0,
		max: 100_000,
		hint: 'Salary plus benefits and overhead, per hour.',
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
		hint: "Default: customer #3's $40K deal.",
	},
	implementationCost: { label: 'One-time implementation fee', unit: 'dollars', min: 0, max: MONEY_MAX },
	internalHours: {
		label: 'Internal hours to implement',
		unit: 'hours',
		min: 0,
		max: 1_000_000,
		hint: "The prospect's own time, costed at the loaded hourly cost.",
	},
	years: { label: 'Horizon', unit: 'years', min: 1, max: 5, integer: true },
	discountRatePct: { label: 'Discount rate', unit: 'percent', min: 0, max: 50 },
	riskAdjustmentPct: {
		label: 'Risk adjustment on benefits',
		unit: 'percent',
		min: 0,
		max: 90,
		hint: 'Benefits are reduced by this share to allow for uncertainty.',
	},
	rampPct: {
		label: 'Benefits realised in year 1',
		unit: 'percent',
		min: 0,
		max: 100,
		hint: 'Ramp-up: the share of full benefits reached in the first year.',
	},
} as const satisfies Record<string, FieldSpec>;

export type RoiField = keyof typeof ROI_FIELDS;
export type RoiInputs = Record<RoiField, number>;

export const roiInputsSchema = objectSchema(ROI_FIELDS);

/** Default prospect. Only annualSubscription comes from the planning documents; the rest are example values. */
export const ROI_DEFAULTS: RoiInputs = {
	hoursBefore: 160,
	hoursAfter: 40,
	hourlyCost: 75,
	incidentsBefore: 12,
	incidentsAfter: 3,
	costPerIncident: 500,
	revenueLostPerMonth: 10_000,
	recoveredPct: 50,
	violationsPerMonth: 1,
	costPerViolation: 2_000,
	annualSubscription: 40_000,
	implementationCost: 10_000,
	internalHours: 80,
	years: 3,
	discountRatePct: 10,
	riskAdjustmentPct: 10,
	rampPct: 75,
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
export const reportInputsSchema = objectSchema(REPORT_FIELDS);

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
