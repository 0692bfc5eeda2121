/**
 * Burn and runway inputs. Money in US dollars (cents allowed); salaries are
 * annual, other costs monthly; contractor rates are weekly. Months are counted
 * from 1, the calendar month `firstMonth` ("2027-01"); rates are percents
 * (`…Pct`). Every limit here is also what a share link carries (see
 * urlState.ts), so a model the form accepts always survives its own link.
 * Plain data and checks, shipped in the island; the zod schema of a whole
 * model, for links, saved scenarios and files, is in model.ts.
 */
import type { FieldSpec } from '~/lib/calculators/shared/fields';
import { MONEY_MAX } from '~/lib/calculators/shared/fields';
import type { RunwayInputs } from './model';

export type { Contractor, Customer, Hire, InfraStep, RunwayInputs } from './model';

/** The model is projected this far, whatever the horizon shown: ten years. */
export const PROJECTION_MONTHS = 120;

export const LIMITS = { hires: 50, customers: 50, contractors: 20, infraSteps: 20, name: 80 } as const;

export const RUNWAY_FIELDS = {
	startingCash: {
		label: 'Cash at the start',
		unit: 'dollars',
		min: -MONEY_MAX,
		max: MONEY_MAX,
		hint: 'Negative if the company starts overdrawn.',
	},
	months: { label: 'Months to show', unit: 'months', min: 12, max: 36, integer: true },
	startingMrr: { label: 'MRR at the start', unit: 'dollars', min: 0, max: MONEY_MAX },
	growthPct: { label: 'Monthly MRR growth', unit: 'percent', min: -100, max: 100 },
	otherMonthly: {
		label: 'Other monthly costs',
		unit: 'dollars',
		min: 0,
		max: MONEY_MAX,
		hint: 'Existing team, tools, rent: everything not listed below.',
	},
	fundraiseAmount: { label: 'Fundraise amount', unit: 'dollars', min: 0, max: MONEY_MAX },
	fundraiseMonth: {
		label: 'Fundraise lands in month',
		unit: 'months',
		min: 0,
		max: PROJECTION_MONTHS,
		integer: true,
		hint: '0 means no fundraise.',
	},
	fundraiseLeadMonths: {
		label: 'Fundraising takes',
		unit: 'months',
		min: 0,
		max: 24,
		integer: true,
		hint: 'From first meetings to money in the bank.',
	},
} as const satisfies Record<string, FieldSpec>;

const MONTH_MAX = PROJECTION_MONTHS;

export const HIRE_FIELDS = {
	annualSalary: { label: 'Annual salary', unit: 'dollars', min: 0, max: MONEY_MAX },
	startMonth: { label: 'Start month', unit: 'months', min: 1, max: MONTH_MAX, integer: true },
	loadPct: { label: 'Employer load', unit: 'percent', min: 0, max: 100 },
} as const satisfies Record<string, FieldSpec>;

export const CONTRACTOR_FIELDS = {
	count: { label: 'Contractors', unit: 'count', min: 0, max: 1000, integer: true },
	weeklyRate: { label: 'Weekly rate each', unit: 'dollars', min: 0, max: MONEY_MAX },
	startMonth: { label: 'First month', unit: 'months', min: 1, max: MONTH_MAX, integer: true },
	months: { label: 'For months', unit: 'months', min: 1, max: MONTH_MAX, integer: true },
} as const satisfies Record<string, FieldSpec>;

export const CUSTOMER_FIELDS = {
	mrr: { label: 'MRR', unit: 'dollars', min: 0, max: MONEY_MAX },
	startMonth: { label: 'Start month', unit: 'months', min: 1, max: MONTH_MAX, integer: true },
	deposit: { label: 'Deposit', unit: 'dollars', min: 0, max: MONEY_MAX },
} as const satisfies Record<string, FieldSpec>;

export const INFRA_STEP_FIELDS = {
	fromCustomers: { label: 'From customers live', unit: 'count', min: 0, max: 10_000, integer: true },
	monthly: { label: 'Infrastructure per month', unit: 'dollars', min: 0, max: MONEY_MAX },
} as const satisfies Record<string, FieldSpec>;

const NAME_MESSAGES = {
	long: `Keep names to ${LIMITS.name} characters.`,
	printable: 'Use letters, digits and punctuation only (no control characters).',
};
// Control characters and lone surrogates cannot travel through a link unchanged.
const PRINTABLE = /^[^\p{Cc}\p{Cs}]*$/u;

/** Why a row name (a role, a customer, a scenario) cannot be used, or null. */
export function rowNameError(name: string): string | null {
	if (name.length > LIMITS.name) return NAME_MESSAGES.long;
	return PRINTABLE.test(name) ? null : NAME_MESSAGES.printable;
}

/** "2027-01": the calendar month of month 1. */
export const FIRST_MONTH_PATTERN = /^(20[0-9]{2})-(0[1-9]|1[0-2])$/;

export function firstMonthError(text: string): string | null {
	return FIRST_MONTH_PATTERN.test(text) ? null : 'Pick a month between January 2000 and December 2099.';
}

export const REVENUE_MODES = ['growth', 'schedule'] as const;
/** `credit`: a deposit pays the customer's first invoices; `cash`: it is extra cash on top of them. */
export const DEPOSIT_MODES = ['credit', 'cash'] as const;
/** MRR collected in the month it is billed, or the month after. */
export const COLLECTION_MODES = ['same', 'next'] as const;

/** A blank model: example values, none from the planning documents. */
export const RUNWAY_DEFAULTS: RunwayInputs = {
	startingCash: 500_000,
	months: 24,
	firstMonth: '2027-01',
	startingMrr: 10_000,
	growthPct: 5,
	otherMonthly: 20_000,
	fundraiseAmount: 0,
	fundraiseMonth: 0,
	fundraiseLeadMonths: 6,
	revenueMode: 'growth',
	depositMode: 'credit',
	collection: 'same',
	customers: [],
	hires: [{ role: 'First hire', annualSalary: 120_000, startMonth: 2, loadPct: 25 }],
	contractors: [],
	infraSteps: [{ fromCustomers: 0, monthly: 100 }],
};
