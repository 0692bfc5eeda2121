/**
 * The runway form as typed: text per field, rows for hires, contractors,
 * customers and infrastructure steps. Turning it into a model uses the same
 * field specs and name schema as the link and scenario readers, so a form
 * that validates is a model every reader accepts. Error keys are
 * `field`, or `section.row.field` for a row.
 */
import type { FieldSpec } from '~/lib/calculators/shared/fields';
import { completeValues, validateFields, type Checked } from '~/lib/calculators/shared/validate';
import {
	CONTRACTOR_FIELDS,
	CUSTOMER_FIELDS,
	firstMonthError,
	HIRE_FIELDS,
	INFRA_STEP_FIELDS,
	LIMITS,
	rowNameError,
	RUNWAY_FIELDS,
	type RunwayInputs,
} from './schema';

export type TopKey = keyof typeof RUNWAY_FIELDS;
export type SectionId = 'hires' | 'contractors' | 'customers' | 'infraSteps';

type Texts<K extends string> = Record<K, string>;
export type FormRow = { id: number; name: string; texts: Record<string, string> };

export type RunwayForm = {
	top: Texts<TopKey>;
	firstMonth: string;
	revenueMode: RunwayInputs['revenueMode'];
	depositMode: RunwayInputs['depositMode'];
	collection: RunwayInputs['collection'];
	hires: FormRow[];
	contractors: FormRow[];
	customers: FormRow[];
	infraSteps: FormRow[];
};

/** Each row section: its fields, the key its name is stored under, its limit and a new row's values. */
export const SECTIONS: Record<
	SectionId,
	{ specs: Record<string, FieldSpec>; nameKey: string | null; limit: number; blank: Record<string, string> }
> = {
	hires: {
		specs: HIRE_FIELDS,
		nameKey: 'role',
		limit: LIMITS.hires,
		blank: { annualSalary: '0', startMonth: '1', loadPct: '25' },
	},
	contractors: {
		specs: CONTRACTOR_FIELDS,
		nameKey: 'label',
		limit: LIMITS.contractors,
		blank: { count: '1', weeklyRate: '0', startMonth: '1', months: '6' },
	},
	customers: {
		specs: CUSTOMER_FIELDS,
		nameKey: 'name',
		limit: LIMITS.customers,
		blank: { mrr: '0', startMonth: '1', deposit: '0' },
	},
	infraSteps: {
		specs: INFRA_STEP_FIELDS,
		nameKey: null,
		limit: LIMITS.infraSteps,
		blank: { fromCustomers: '0', monthly: '0' },
	},
};

let nextRowId = 1;
const newRowId = () => nextRowId++;

function textsOf(specs: Record<string, FieldSpec>, source: Record<string, unknown>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const k of Object.keys(specs)) out[k] = String(source[k]);
	return out;
}

export function formFromInputs(i: RunwayInputs): RunwayForm {
	const section = (id: SectionId, rows: readonly Record<string, unknown>[]): FormRow[] => {
		const { specs, nameKey } = SECTIONS[id];
		return rows.map((r) => ({ id: newRowId(), name: nameKey ? String(r[nameKey]) : '', texts: textsOf(specs, r) }));
	};
	return {
		top: textsOf(RUNWAY_FIELDS, i) as Texts<TopKey>,
		firstMonth: i.firstMonth,
		revenueMode: i.revenueMode,
		depositMode: i.depositMode,
		collection: i.collection,
		hires: section('hires', i.hires),
		contractors: section('contractors', i.contractors),
		customers: section('customers', i.customers),
		infraSteps: section('infraSteps', i.infraSteps),
	};
}

export type FormErrors = Record<string, string>;

/** The model a form gives, or null and the errors by field (`field` or `section.row.field`). */
export function inputsFromForm(f: RunwayForm): Checked<RunwayInputs> {
	const top = validateFields(RUNWAY_FIELDS, f.top);
	const errors: FormErrors = { ...(top.errors as FormErrors) };
	const first = firstMonthError(f.firstMonth);
	if (first) errors.firstMonth = first;
	const sections = {} as Record<SectionId, Record<string, unknown>[]>;
	for (const id of Object.keys(SECTIONS) as SectionId[]) {
		const { specs, nameKey, limit } = SECTIONS[id];
		if (f[id].length > limit) errors[id] = `At most ${limit} rows.`;
		sections[id] = f[id].map((row, n) => {
			const { values, errors: rowErrors } = validateFields(specs, row.texts);
			for (const [k, e] of Object.entries(rowErrors)) errors[`${id}.${n}.${k}`] = e as string;
			const complete = completeValues(specs, values) ?? {};
			if (!nameKey) return complete;
			const name = rowNameError(row.name);
			if (name) errors[`${id}.${n}.name`] = name;
			return { [nameKey]: row.name, ...complete };
		});
	}
	const values = completeValues(RUNWAY_FIELDS, top.values);
	if (!values || Object.keys(errors).length > 0) return { values: null, errors };
	return {
		errors,
		values: {
			...values,
			firstMonth: f.firstMonth,
			revenueMode: f.revenueMode,
			depositMode: f.depositMode,
			collection: f.collection,
			...(sections as unknown as Pick<RunwayInputs, SectionId>),
		},
	};
}

export function addFormRow(f: RunwayForm, id: SectionId): RunwayForm {
	if (f[id].length >= SECTIONS[id].limit) return f;
	return { ...f, [id]: [...f[id], { id: newRowId(), name: '', texts: { ...SECTIONS[id].blank } }] };
}

export function removeFormRow(f: RunwayForm, id: SectionId, index: number): RunwayForm {
	return { ...f, [id]: f[id].filter((_, n) => n !== index) };
}

export function updateFormRow(
	f: RunwayForm,
	id: SectionId,
	index: number,
	patch: { name?: string; field?: string; text?: string },
): RunwayForm {
	return {
		...f,
		[id]: f[id].map((row, n) =>
			n !== index
				? row
				: {
						...row,
						name: patch.name ?? row.name,
						texts: patch.field ? { ...row.texts, [patch.field]: patch.text ?? '' } : row.texts,
					},
		),
	};
}
