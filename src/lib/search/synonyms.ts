/**
 * Synonyms for the search index. Pagefind matches words as written, so a page
 * that says "ARR" is not found by "annual recurring revenue". Each group in
 * content/data/synonyms.yaml lists the forms of one glossary term; a page that
 * uses any form gets the group's other forms added to its indexed text, which
 * makes every form find it, in both directions.
 * Loaded by src/lib/data/synonyms.ts.
 */
import { z } from 'zod';
import type { QuestionTopic } from './questions';

export const synonymGroupSchema = z.strictObject({
	term: z.string().min(1),
	forms: z.array(z.string().min(1)).min(1),
});
/** One entry of the question vocabulary (src/lib/search/questions.ts). */
export const questionTopicSchema = z.strictObject({
	asked: z.array(z.string().regex(/^[a-z0-9][a-z0-9'-]*$/)).min(1),
	search: z.string().min(1),
}) satisfies z.ZodType<QuestionTopic>;

export const synonymsSchema = z.strictObject({
	groups: z.array(synonymGroupSchema).min(1),
	/** The words of plain questions and what to search instead (src/lib/search/questions.ts). */
	questions: z.array(questionTopicSchema).default([]),
});
export type SynonymGroup = z.output<typeof synonymGroupSchema>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalize = (s: string) => s.toLowerCase().replace(/[\s\u00a0-]+/g, ' ');

/**
 * Compiles the groups into one matcher that reads a text once and returns the
 * forms to add to it: the other forms of every group the text uses, each once.
 * A form matches as whole words, case-insensitively, with any run of spaces or
 * hyphens between its words.
 */
export function synonymMatcher(groups: readonly SynonymGroup[]): (text: string) => string[] {
	const useful = groups.filter((g) => g.forms.length > 1);
	const groupsOfForm = new Map<string, number[]>();
	useful.forEach((group, i) => {
		for (const form of group.forms)
			groupsOfForm.set(normalize(form), [...(groupsOfForm.get(normalize(form)) ?? []), i]);
	});
	if (groupsOfForm.size === 0) return () => [];
	const alternatives = [...groupsOfForm.keys()]
		.sort((a, b) => b.length - a.length)
		.map((form) => form.split(' ').map(escapeRegExp).join('[\\s\\u00a0-]+'));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	return (text) => {
		const present = new Set<string>();
		for (const match of text.matchAll(pattern)) present.add(normalize(match[0]));
		const added = new Set<string>();
		for (const form of present)
			for (const i of groupsOfForm.get(form) ?? [])
				for (const other of useful[i].forms) if (!present.has(normalize(other))) added.add(other);
		return [...added];
	};
}
