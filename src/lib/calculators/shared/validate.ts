/**
 * Validates the text of a form (or a link) against a calculator's field specs:
 * each field either yields a number or a message in words. Fields that fail
 * keep their text; the caller decides what to compute with.
 */
import { parseNumber } from './parseNumber';
import { numberError, type FieldSpec } from './fields';

type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** A form checked: its values, or null while a field is wrong, and each error in words by field. */
export type Checked<V> = { values: V | null; errors: Record<string, string> };

export function validateField(spec: FieldSpec, text: string): { value?: number; error?: string } {
	const parsed = parseNumber(text);
	if (!parsed.ok) return { error: parsed.error };
	const error = numberError(spec, parsed.value);
	return error === null ? { value: parsed.value } : { error };
}

export function validateFields<K extends string>(
	specs: Record<K, FieldSpec>,
	texts: Record<K, string>,
): { values: Partial<Record<K, number>>; errors: FieldErrors<K> } {
	const values: Partial<Record<K, number>> = {};
	const errors: FieldErrors<K> = {};
	for (const key of Object.keys(specs) as K[]) {
		const { value, error } = validateField(specs[key], texts[key] ?? '');
		if (error !== undefined) errors[key] = error;
		else values[key] = value;
	}
	return { values, errors };
}

/** All values, when every field is valid; otherwise null. */
export function completeValues<K extends string>(
	specs: Record<K, FieldSpec>,
	values: Partial<Record<K, number>>,
): Record<K, number> | null {
	for (const key of Object.keys(specs) as K[]) if (values[key] === undefined) return null;
	return values as Record<K, number>;
}

/** The check of a calculator made only of number fields. */
export function checkFields<K extends string>(specs: Record<K, FieldSpec>) {
	return (texts: Record<K, string>): Checked<Record<K, number>> => {
		const { values, errors } = validateFields(specs, texts);
		return { values: completeValues(specs, values), errors: errors as Record<string, string> };
	};
}

/** Field texts for a set of values, as the form shows them. */
export function textsFrom<K extends string>(values: Record<K, number>): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const key of Object.keys(values) as K[]) out[key] = String(values[key]);
	return out;
}
