/**
 * Plain questions into searches. A new employee asks "how much does a CSM
 * earn?"; the page that answers says "salary". Pagefind matches the words of
 * a page (stemmed), so a question is first reduced to the words that matter
 * (query.ts leaves out question and function words), then each word the
 * question vocabulary knows (content/data/synonyms.yaml, `questions`) is
 * replaced by the words the answering pages use: earn, pay → salary;
 * escalate → escalation. The most specific words (a glossary term, a role, a
 * word the vocabulary put there) are marked to keep, so relaxing a query that
 * finds nothing drops a general word before them ("csm" is never traded for
 * "earn").
 */
// No zod here: this module runs in the search dialog; the vocabulary is
// validated when it is read at build time (questionTopicSchema in synonyms.ts).
import { STOP_WORDS, queryWords, withoutStopWords } from './query';

export type QuestionTopic = {
	/** The words people ask with, lower case, each form spelled out (earn, earns, earning). */
	asked: string[];
	/** The words the answering pages use, searched in their place. */
	search: string;
};

export type QueryPlan = {
	/** What to search for. */
	query: string;
	/** Words of the question replaced, each with what was searched instead. */
	replaced: { asked: string; search: string }[];
	/** Words of the question's phrasing left out (how, do, i …). */
	dropped: string[];
	/** Words to drop last when the query finds nothing. */
	keep: Set<string>;
};

/**
 * The search for a question: its words that matter, with each word the
 * vocabulary knows replaced; `specific` lists the words of the glossary and
 * roles (lower case), kept to the last.
 */
export function planQuery(
	question: string,
	topics: readonly QuestionTopic[],
	specific: ReadonlySet<string>,
): QueryPlan {
	const topicOf = new Map<string, QuestionTopic>();
	for (const t of topics) for (const w of t.asked) topicOf.set(w, t);
	// Two words the vocabulary knows as one ("on call" as on-call) are read as one.
	const all: string[] = [];
	for (const word of queryWords(question)) {
		const pair = all.length > 0 ? `${all[all.length - 1]}-${word}` : '';
		if (topicOf.has(pair)) all[all.length - 1] = pair;
		else all.push(word);
	}
	// A word the vocabulary knows counts even when it is a function word ("down" in "the site is down").
	const known = all.filter((w) => topicOf.has(w));
	const words = known.length > 0 ? all.filter((w) => topicOf.has(w) || !STOP_WORDS.has(w)) : withoutStopWords(all);
	const out: string[] = [];
	const replaced: QueryPlan['replaced'] = [];
	const keep = new Set<string>();
	for (const word of words) {
		const topic = topicOf.get(word);
		const searched = topic ? queryWords(topic.search) : [word];
		if (topic && topic.search !== word) replaced.push({ asked: word, search: topic.search });
		for (const w of searched) {
			if (out.includes(w)) continue;
			out.push(w);
			if (topic || specific.has(w)) keep.add(w);
		}
	}
	const dropped = all.filter((w) => !words.includes(w));
	return { query: out.join(' '), replaced, dropped, keep };
}

/** The single words of every form of the glossary's terms, lower case: "CSM", "P1", "runway", "burn"… */
export function specificWords(forms: readonly string[]): Set<string> {
	return new Set(forms.filter((f) => !/\s/.test(f)).map((f) => f.toLowerCase()));
}
