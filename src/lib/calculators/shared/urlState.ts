/**
 * Shareable calculator state in the URL query string. Reading is strict:
 * an unknown value, a value that fails its field's validation or an oversized
 * query falls back to the default for that calculator, and the names of the
 * rejected fields are returned so the page can say which were wrong.
 */
import type { FieldSpec } from './fields';
import { validateField } from './validate';

const MAX_QUERY_LENGTH = 4000;

export type UrlStateResult<K extends string> = {
	texts: Record<K, string>;
	/** Field labels that were present but invalid, or a reason the whole query was ignored. */
	rejected: string[];
	fromUrl: boolean;
};

export function readUrlState<K extends string>(
	search: string,
	specs: Record<K, FieldSpec>,
	defaults: Record<K, string>,
): UrlStateResult<K> {
	if (search.length > MAX_QUERY_LENGTH) {
		return { texts: { ...defaults }, rejected: ['the link is too long'], fromUrl: false };
	}
	const params = new URLSearchParams(search);
	const texts = { ...defaults };
	const rejected: string[] = [];
	let fromUrl = false;
	for (const key of Object.keys(specs) as K[]) {
		const raw = params.get(key);
		if (raw === null) continue;
		fromUrl = true;
		const { error } = validateField(specs[key], raw);
		if (error) rejected.push(specs[key].label);
		else texts[key] = raw.trim();
	}
	// One bad field makes the whole link suspect: load the defaults and say why.
	if (rejected.length > 0) return { texts: { ...defaults }, rejected, fromUrl };
	return { texts, rejected, fromUrl };
}

export function writeUrlState(values: Record<string, number | string>, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(values)) params.set(key, String(value));
	for (const [key, value] of Object.entries(extra)) params.set(key, value);
	return params.toString();
}
