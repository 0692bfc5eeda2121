/**
 * Synonyms for the search index. Pagefind matches words as written, so a page
 * that says "ARR" is not found by "annual recurring revenue". Each group in
 * content/data/synonyms.yaml lists the forms of one glossary term; a page that
 * uses any form gets the group's other forms added to its indexed text, which
 * makes every form find it, in both directions.
 * Read by src/build/searchIndex.ts.
 */
import { z } from 'zod';

export const synonymGroupSchema = z.object({
	term: z.string().min(1),
	forms: z.array(z.string().min(1)).min(1),
});
export const synonymsSchema = z.object({ groups: z.array(synonymGroupSchema).min(1) });
export type SynonymGroup = z.output<typeof synonymGroupSchema>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form matches as whole words, case-insensitively, with any run of spaces or hyphens between its words. */
function formPattern(form: string): RegExp {
	const words = form
		.trim()
		.split(/[\s-]+/)
		.map(escapeRegExp);
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\u00a0-]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

const patterns = new Map<string, RegExp>();
function occurs(form: string, text: string): boolean {
	let pattern = patterns.get(form);
	if (!pattern) patterns.set(form, (pattern = formPattern(form)));
	return pattern.test(text);
}

/** The forms to add to a page's indexed text: the other forms of every group the text uses, each once. */
export function synonymsFor(text: string, groups: readonly SynonymGroup[]): string[] {
	const added = new Set<string>();
	for (const group of groups) {
		if (group.forms.length < 2) continue;
		const present = group.forms.filter((form) => occurs(form, text));
		if (present.length === 0) continue;
		for (const form of group.forms) if (!present.includes(form)) added.add(form);
	}
	return [...added];
}

/** Glossary terms: the level-2 headings of the glossary page's Markdown. */
export function glossaryTerms(markdown: string): string[] {
	return [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
}
