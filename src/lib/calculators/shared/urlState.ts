/**
 * A calculator's state in a link, one way for every calculator. A link is
 * read whole: one value that fails its field's check, or a link longer than
 * MAX_LINK_CHARS, opens nothing (the page keeps its defaults) and names the
 * parts that could not be used, so nobody sees a half-tampered estimate.
 */

/** The one length limit of every link; the longest runway model a form accepts encodes well under it. */
export const MAX_LINK_CHARS = 100_000;
export const LINK_TOO_LONG = 'the link is too long';

/** The parts of a page address a calculator reads and writes. */
export type Address = { search: string; hash: string };

/** What a link carries: a state to open, or nothing and the parts that could not be used. */
export type UrlState<S> = { value: S; rejected: [] } | { value: null; rejected: string[] };

/** A calculator's link format: `read` gives null when the address carries none of its state. */
export type LinkFormat<F, V> = {
	read(address: Address): UrlState<F> | null | Promise<UrlState<F> | null>;
	/**
	 * The search and fragment of an address for these values (`?…`, `#…`, or '' for none), keeping
	 * what `here` holds that is not the calculator's; a promise when the encoding loads on use.
	 */
	write(values: V, here: Address): string | Promise<string>;
};

export function refused<S>(...rejected: string[]): UrlState<S> {
	return { value: null, rejected };
}

/**
 * Reads a query string that carries any of `keys`; `read` builds the state
 * from its parameters and calls `reject` with the label of each part it cannot use.
 */
export function readQuery<S>(
	search: string,
	keys: readonly string[],
	read: (params: URLSearchParams, reject: (label: string) => void) => S,
): UrlState<S> | null {
	if (search.length > MAX_LINK_CHARS) return refused(LINK_TOO_LONG);
	const params = new URLSearchParams(search);
	if (!keys.some((key) => params.has(key))) return null;
	const rejected: string[] = [];
	const value = read(params, (label) => rejected.push(label));
	return rejected.length > 0 ? refused(...rejected) : { value, rejected: [] };
}

/** Plain-text fields from a link, each checked by `error`; fields the link leaves out stay blank. */
export function readTextParams<K extends string>(
	params: URLSearchParams,
	labels: Record<K, string>,
	error: (key: K, text: string) => string | null,
	reject: (label: string) => void,
): Record<K, string> {
	const texts = {} as Record<K, string>;
	for (const key of Object.keys(labels) as K[]) {
		const raw = params.get(key) ?? '';
		if (error(key, raw) === null) texts[key] = raw;
		else reject(labels[key]);
	}
	return texts;
}

/** A query string (without "?") of the given values, in their order; blank texts are left out. */
export function writeQuery(values: Record<string, number | string>): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(values)) if (String(value).trim() !== '') params.set(key, String(value));
	return params.toString();
}

/** `?query#hash`, or just the hash when there is no query. */
export function queryAddress(query: string, hash: string): string {
	return `${query ? `?${query}` : ''}${hash}`;
}
