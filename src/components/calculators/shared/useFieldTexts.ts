import { useMemo, useRef, useState } from 'preact/hooks';
import type { FieldSpec } from '~/lib/calculators/shared/fields';
import { completeValues, validateFields } from '~/lib/calculators/shared/validate';

/**
 * Field texts as typed, their validation, and the last complete set of
 * values, so results stay on screen (marked stale) while a field is wrong.
 */
export function useFieldTexts<K extends string>(specs: Record<K, FieldSpec>, initial: Record<K, string>) {
	const [texts, setTexts] = useState(initial);
	const { values, errors } = useMemo(() => validateFields(specs, texts), [specs, texts]);
	const complete = completeValues(specs, values);
	const lastGood = useRef<Record<K, number> | null>(complete);
	if (complete) lastGood.current = complete;
	const set = (key: K, text: string) => setTexts((prev) => ({ ...prev, [key]: text }));
	return { texts, setTexts, set, errors, values: lastGood.current, stale: complete === null };
}

export function textsFrom<K extends string>(values: Record<K, number>): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const key of Object.keys(values) as K[]) out[key] = String(values[key]);
	return out;
}
