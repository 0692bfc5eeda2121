/**
 * Burn and runway inputs. Money in US dollars; salaries are annual, other
 * costs monthly; contractor rates are weekly; months are counted from 1 (the
 * first month of the model). Rates are percents (`…Pct`).
 */
import * as z from 'zod/mini';
import { MONEY_MAX, objectSchema, type FieldSpec } from '~/lib/calculators/shared/fields';

export const RUNWAY_FIELDS = {
	startingCash: { label: 'Cash at the start', unit: 'dollars', min: 0, max: MONEY_MAX },
	months: { label: 'Months to model', unit: 'months', min: 12, max: 36, integer: true },
	startingMrr: {
		label: 'MRR at the start',
		unit: 'dollars',
		min: 0,
		max: MONEY_MAX,
		hint: 'Used in growth-rate mode.',
	},
	growthPct: { label: 'Monthly MRR growth', unit: 'percent', min: -100, max: 100, hint: 'Used in growth-rate mode.' },
	otherMonthly: {
		label: 'Other monthly costs',
		unit: 'dollars',
		min: 0,
		max: MONEY_MAX,
		hint: 'Existing team, tools, rent: everything not listed below.',
	},
	fundraiseAmount: { label: 'Fundraise amount', unit: 'dollars', min: 0, max: MONEY_MAX },
	fundraiseMonth: {
		label: 'Fundraise month',
		unit: 'months',
		min: 0,
		max: 36,
		integer: true,
		hint: '0 means no fundraise.',
	},
} as const satisfies Record<string, FieldSpec>;

export const HIRE_FIELDS = {
	annualSalary: { label: 'Annual salary', unit: 'dollars', min: 0, max: MONEY_MAX },
	startMonth: { label: 'Start month', unit: 'months', min: 1, max: 36, integer: true },
	loadPct: { label: 'Employer load', unit: 'percent', min: 0, max: 100, hint: 'Taxes and benefits on top of salary.' },
} as const satisfies Record<string, FieldSpec>;

export const CONTRACTOR_FIELDS = {
	count: { label: 'Contractors', unit: 'count', min: 0, max: 1000, integer: true },
	weeklyRate: { label: 'Weekly rate each', unit: 'dollars', min: 0, max: MONEY_MAX },
	startMonth: { label: 'First month', unit: 'months', min: 1, max: 36, integer: true },
	months: { label: 'For how many months', unit: 'months', min: 1, max: 36, integer: true },
} as const satisfies Record<string, FieldSpec>;

export const CUSTOMER_FIELDS = {
	mrr: { label: 'MRR', unit: 'dollars', min: 0, max: MONEY_MAX },
	startMonth: { label: 'Start month', unit: 'months', min: 1, max: 36, integer: true },
	deposit: { label: 'Deposit', unit: 'dollars', min: 0, max: MONEY_MAX, hint: 'Received in the start month.' },
} as const satisfies Record<string, FieldSpec>;

export const INFRA_STEP_FIELDS = {
	fromCustomers: { label: 'From customers live', unit: 'count', min: 0, max: 10_000, integer: true },
	monthly: { label: 'Infrastructure per month', unit: 'dollars', min: 0, max: MONEY_MAX },
} as const satisfies Record<string, FieldSpec>;

const name = z.string().check(z.maxLength(80, 'Keep names under 80 characters.'));

export const hireSchema = z.object({ role: name, ...objectSchema(HIRE_FIELDS).shape });
export const contractorSchema = z.object({ label: name, ...objectSchema(CONTRACTOR_FIELDS).shape });
export const customerSchema = z.object({ name, ...objectSchema(CUSTOMER_FIELDS).shape });
export const infraStepSchema = objectSchema(INFRA_STEP_FIELDS);

export const runwayInputsSchema = z.object({
	...objectSchema(RUNWAY_FIELDS).shape,
	revenueMode: z.enum(['growth', 'schedule']),
	customers: z.array(customerSchema).check(z.maxLength(50, 'At most 50 customers.')),
	hires: z.array(hireSchema).check(z.maxLength(50, 'At most 50 hires.')),
	contractors: z.array(contractorSchema).check(z.maxLength(20, 'At most 20 contractor groups.')),
	infraSteps: z.array(infraStepSchema).check(z.maxLength(20, 'At most 20 infrastructure steps.')),
});

export type RunwayInputs = z.infer<typeof runwayInputsSchema>;
export type Hire = z.infer<typeof hireSchema>;
export type Contractor = z.infer<typeof contractorSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type InfraStep = z.infer<typeof infraStepSchema>;

/** A blank model: example values, none from the planning documents. */
export const RUNWAY_DEFAULTS: RunwayInputs = {
	startingCash: 500_000,
	months: 24,
	startingMrr: 10_000,
	growthPct: 5,
	otherMonthly: 20_000,
	fundraiseAmount: 0,
	fundraiseMonth: 0,
	revenueMode: 'growth',
	customers: [],
	hires: [{ role: 'First hire', annualSalary: 120_000, startMonth: 2, loadPct: 25 }],
	contractors: [],
	infraSteps: [{ fromCustomers: 0, monthly: 100 }],
};
