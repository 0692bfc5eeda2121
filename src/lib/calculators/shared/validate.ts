/**
 * Validates the text of a form (or a URL) against a calculator's field specs:
 * each field either yields a number or a message in words. Fields that fail
 * keep their text; the caller decides what to compute with.
 */
import * as z from 'zod/mini';
import { parseNumber } from './parseNumber';
import { numberSchema, type FieldSpec } from './fields';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function validateField(spec: FieldSpec, text: string): { value?: number; error?: string } {
	const parsed = parseNumber(text);
	if (!parsed.ok) return { error: parsed.error };
	const result = z.safeParse(numberSchema(spec), parsed.value);
	if (!result.success) return { error: result.error.issues[0]?.message ?? 'Invalid value.' };
	return { value: result.data };
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
