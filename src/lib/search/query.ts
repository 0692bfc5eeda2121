/**
 * What to search for when a query finds nothing. Pagefind returns only pages
 * that contain every word, so a question typed as a sentence ("customer cannot
 * provide baseline data") finds nothing when one word is absent. The search
 * dialog then tries, in order: the words that matter (stop words left out),
 * then fewer words, dropping first the words no page contains and then the
 * least informative (the word found on the most pages), until something is found.
 */

/** English function words and question words that carry no topic. */
export const STOP_WORDS = new Set(
	(
		'a about above after again all also am an and any are as at be because been before being below between both but by ' +
		'can cannot could did do does doing done down during each either else ever every few for from further get gets getting ' +
		'go goes had has have having he her here hers him his how i if in into is it its itself just let like made make may me ' +
		'might more most much must my need needs no nor not now of off on once one only or other our ours out over own please ' +
		'same shall she should so some such than that the their them then there these they this those through to too under ' +
		'until up us very want was we were what when where which while who whom why will with without would you your yours ' +
		// Words of a question's phrasing ("how long", "how many", "what happens", "tell me") that name no topic.
		'long many happen happens happened tell know find show look see anyone someone somebody ok okay'
	).split(' '),
);

/** The words of a query, lower-cased, punctuation removed (hyphens and apostrophes inside words kept). */
export function queryWords(query: string): string[] {
	return (query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

export function withoutStopWords(words: readonly string[]): string[] {
	const kept = words.filter((w) => !STOP_WORDS.has(w) && !STOP_WORDS.has(w.replace(/'.*$/, '')));
	return kept.length > 0 ? kept : [...words];
}

export type Relaxation = {
	/** The query that was searched in the end. */
	query: string;
	/** How many pages it found. */
	count: number;
	/** Words of the original query left out, in the order they were dropped. */
	dropped: string[];
	/** Words left out that some page does contain (candidates for a search of their own). */
	found: string[];
	/** Why words were left out: none, stop words only, or words no page (or too many pages) contain. */
	reason: 'none' | 'stop-words' | 'fewer-words';
};

/**
 * Finds the first query, from the full one to a single word, that returns
 * something. `count` runs a search and returns how many pages it found.
 */
export async function relaxQuery(
	query: string,
	count: (query: string) => Promise<number>,
	/** The most specific words (glossary terms, roles): dropped only after every other word. */
	keep: ReadonlySet<string> = new Set(),
): Promise<Relaxation> {
	const all = queryWords(query);
	const full = await count(query);
	if (full > 0 || all.length <= 1) return { query, count: full, dropped: [], found: [], reason: 'none' };

	let words = withoutStopWords(all);
	const droppedStop = all.filter((w) => !words.includes(w));
	if (droppedStop.length > 0) {
		const n = await count(words.join(' '));
		if (n > 0) return { query: words.join(' '), count: n, dropped: droppedStop, found: [], reason: 'stop-words' };
	}

	const perWord = new Map<string, number>();
	for (const w of new Set(words)) perWord.set(w, await count(w));
	const dropped = [...droppedStop];
	// Words no page contains go first; then the most common word, which narrows the least;
	// the words to keep go last.
	const order = [...new Set(words)].sort(
		(a, b) =>
			Number(perWord.get(a)! > 0) - Number(perWord.get(b)! > 0) ||
			Number(keep.has(a)) - Number(keep.has(b)) ||
			perWord.get(b)! - perWord.get(a)!,
	);
	const found = () => dropped.filter((w) => (perWord.get(w) ?? 0) > 0);
	for (const word of order) {
		if (words.length <= 1) break;
		words = words.filter((w) => w !== word);
		dropped.push(word);
		// While a word no page contains remains, the search would still find nothing.
		if (words.some((w) => perWord.get(w)! === 0)) continue;
		const n = await count(words.join(' '));
		if (n > 0) return { query: words.join(' '), count: n, dropped, found: found(), reason: 'fewer-words' };
	}
	const last = words.join(' ');
	return {
		query: last,
		count: last === query ? full : await count(last),
		dropped,
		found: found(),
		reason: 'fewer-words',
	};
}
