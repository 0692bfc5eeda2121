/**
 * Number fields in a link: one parameter a field, each checked against its
 * field spec as if typed. A calculator made only of number fields needs
 * nothing else for its link (fieldsLink).
 */
import type { FieldSpec } from './fields';
import { queryAddress, readQuery, writeQuery, type LinkFormat, type UrlState } from './urlState';
import { validateField } from './validate';

/** Number fields from a link, as texts for the form; fields the link leaves out keep their defaults. */
export function readNumberParams<K extends string>(
	params: URLSearchParams,
	specs: Record<K, FieldSpec>,
	defaults: Record<K, string>,
	reject: (label: string) => void,
): Record<K, string> {
	const texts = { ...defaults };
	for (const key of Object.keys(specs) as K[]) {
		const raw = params.get(key);
		if (raw === null) continue;
		if (validateField(specs[key], raw).error) reject(specs[key].label);
		else texts[key] = raw.trim();
	}
	return texts;
}

/** A calculator made only of number fields: its link is one parameter a field. */
export function readFieldsUrl<K extends string>(
	search: string,
	specs: Record<K, FieldSpec>,
	defaults: Record<K, string>,
): UrlState<Record<K, string>> | null {
	return readQuery(search, Object.keys(specs), (params, reject) => readNumberParams(params, specs, defaults, reject));
}

/** The link of a calculator made only of number fields; `extra` parameters ride along (`mode=report`). */
export function fieldsLink<K extends string>(
	specs: Record<K, FieldSpec>,
	defaults: Record<K, string>,
	extra: Record<string, string> = {},
): LinkFormat<Record<K, string>, Record<K, number>> {
	return {
		read: ({ search }) => readFieldsUrl(search, specs, defaults),
		write: (values, { hash }) => queryAddress(writeQuery({ ...values, ...extra }), hash),
	};
}
