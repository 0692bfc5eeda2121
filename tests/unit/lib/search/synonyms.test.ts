import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { synonymMatcher } from '~/lib/search/synonyms';
import { readData } from '~/lib/data/registry';

const synonyms = readData('synonyms');
const glossary = readFileSync(new URL('../../../../content/docs/reference/glossary.mdx', import.meta.url), 'utf8');

/** Glossary terms: the level-2 headings of the glossary page's Markdown. */
const glossaryTerms = (markdown: string): string[] => [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

describe('synonyms.yaml', () => {
	it('has a group for every glossary term, and no group for a term the glossary lacks', () => {
		const terms = glossaryTerms(glossary);
		expect(terms.length).toBeGreaterThan(20);
		expect(synonyms.groups.map((g) => g.term).sort()).toEqual([...terms].sort());
	});

	it('gives every acronym in the glossary its spelled-out form', () => {
		for (const group of synonyms.groups.filter((g) => /^[A-Z]{2,5}$/.test(g.term)))
			expect(group.forms.length, group.term).toBeGreaterThan(1);
	});
});

describe('synonymMatcher', () => {
	const synonymsFor = (text: string, groups: Parameters<typeof synonymMatcher>[0]) => synonymMatcher(groups)(text);
	const groups = [
		{ term: 'ARR', forms: ['ARR', 'annual recurring revenue'] },
		{ term: 'SOC 2', forms: ['SOC 2', 'SOC2'] },
		{ term: 'Runway', forms: ['runway'] },
	];
	it('adds the long form to a page with the acronym, and the acronym to a page with the long form', () => {
		expect(synonymsFor('Target: $125K ARR by week 13.', groups)).toEqual(['annual recurring revenue']);
		expect(synonymsFor('Our Annual  Recurring\nrevenue grows.', groups)).toEqual(['ARR']);
	});
	it('matches whole words only', () => {
		expect(synonymsFor('the barrel and arrow', groups)).toEqual([]);
		expect(synonymsFor('SOC 23 is not SOC 2', groups)).toEqual(['SOC2']);
		expect(synonymsFor('SOC 23', groups)).toEqual([]);
	});
	it('adds nothing for a group with one form or a page that has every form', () => {
		expect(synonymsFor('runway', groups)).toEqual([]);
		expect(synonymsFor('ARR is annual recurring revenue', groups)).toEqual([]);
	});
});
