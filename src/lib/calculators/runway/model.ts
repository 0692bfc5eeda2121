/**
 * The zod schema of a whole runway model, and the one reader of a model from
 * outside the form: a link, a saved scenario or a scenario file. It checks
 * the same field specs, names and limits as the form (schema.ts), so a model
 * the form accepts is one every reader accepts. The island loads this module
 * only when it has a model to read, so its first view carries no zod.
 */
import * as z from 'zod/mini';
import { objectSchema } from '~/lib/calculators/shared/schema';
import { LINK_TOO_LONG, MAX_LINK_CHARS, refused, type UrlState } from '~/lib/calculators/shared/urlState';
import {
	COLLECTION_MODES,
	CONTRACTOR_FIELDS,
	CUSTOMER_FIELDS,
	DEPOSIT_MODES,
	firstMonthError,
	HIRE_FIELDS,
	INFRA_STEP_FIELDS,
	LIMITS,
	REVENUE_MODES,
	rowNameError,
	RUNWAY_DEFAULTS,
	RUNWAY_FIELDS,
} from './schema';
import { linkedModel } from './urlState';

const rowName = z.string().check(z.refine((name) => rowNameError(name) === null));
const firstMonth = z.string().check(z.refine((text) => firstMonthError(text) === null));

const hireSchema = z.object({ role: rowName, ...objectSchema(HIRE_FIELDS).shape });
const contractorSchema = z.object({ label: rowName, ...objectSchema(CONTRACTOR_FIELDS).shape });
const customerSchema = z.object({ name: rowName, ...objectSchema(CUSTOMER_FIELDS).shape });
const infraStepSchema = objectSchema(INFRA_STEP_FIELDS);

export const runwayInputsSchema = z.object({
	...objectSchema(RUNWAY_FIELDS).shape,
	firstMonth,
	revenueMode: z.enum(REVENUE_MODES),
	depositMode: z.enum(DEPOSIT_MODES),
	collection: z.enum(COLLECTION_MODES),
	customers: z.array(customerSchema).check(z.maxLength(LIMITS.customers)),
	hires: z.array(hireSchema).check(z.maxLength(LIMITS.hires)),
	contractors: z.array(contractorSchema).check(z.maxLength(LIMITS.contractors)),
	infraSteps: z.array(infraStepSchema).check(z.maxLength(LIMITS.infraSteps)),
});

export type RunwayInputs = z.infer<typeof runwayInputsSchema>;
export type Hire = z.infer<typeof hireSchema>;
export type Contractor = z.infer<typeof contractorSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type InfraStep = z.infer<typeof infraStepSchema>;

const LABELS: Record<string, string> = {
	firstMonth: 'First month',
	revenueMode: 'Revenue mode',
	depositMode: 'Deposits',
	collection: 'MRR collection',
	customers: 'Customers',
	hires: 'Hires',
	contractors: 'Contractors',
	infraSteps: 'Infrastructure steps',
};
const ROW_FIELDS: Record<string, Record<string, { label: string }>> = {
	customers: { name: { label: 'Name' }, ...CUSTOMER_FIELDS },
	hires: { role: { label: 'Role' }, ...HIRE_FIELDS },
	contractors: { label: { label: 'Name' }, ...CONTRACTOR_FIELDS },
	infraSteps: INFRA_STEP_FIELDS,
};

function describeIssuePath(path: readonly PropertyKey[]): string {
	const [head, index, field] = path;
	if (typeof head !== 'string') return 'model';
	if (head in RUNWAY_FIELDS) return RUNWAY_FIELDS[head as keyof typeof RUNWAY_FIELDS].label;
	const name = LABELS[head] ?? 'model';
	if (typeof index !== 'number') return name;
	const label = typeof field === 'string' ? ROW_FIELDS[head]?.[field]?.label : undefined;
	return `${name} row ${index + 1}${label ? ` (${label})` : ''}`;
}

/** Parses an unknown value with the model schema; names the failing fields in words. */
export function parseRunwayModel(value: unknown): UrlState<RunwayInputs> {
	const result = z.safeParse(runwayInputsSchema, value);
	if (!result.success) return refused(...new Set(result.error.issues.map((i) => describeIssuePath(i.path))));
	return { value: result.data, rejected: [] };
}

/** The model in a page address, or null when the address carries none. */
export function readRunwayUrl(search: string, hash = ''): UrlState<RunwayInputs> | null {
	const linked = linkedModel(search, hash);
	if (linked === null) return null;
	if (linked.text.length > MAX_LINK_CHARS) return refused(LINK_TOO_LONG);
	const model = linked.decode();
	if (model === undefined) return refused('the model is not readable');
	if (linked.legacy) {
		// Links from before the compact encoding lack the later fields; their deposits were always extra cash.
		const { firstMonth, fundraiseLeadMonths, collection } = RUNWAY_DEFAULTS;
		return parseRunwayModel({ firstMonth, fundraiseLeadMonths, collection, depositMode: 'cash', ...(model as object) });
	}
	return parseRunwayModel(model);
}
