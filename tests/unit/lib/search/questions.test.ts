import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planQuery, specificWords } from '~/lib/search/questions';
import { queryWords } from '~/lib/search/query';
import { separateTableCells } from '~/lib/search/tableText';
import { readData } from '~/lib/data/registry';

const { questions, groups } = readData('synonyms');
const specific = specificWords(groups.flatMap((g) => g.forms));
const plan = (q: string) => planQuery(q, questions, specific);

describe('planQuery: a question becomes the words that answer it', () => {
	it.each([
		['how much does a CSM earn', 'csm salary'],
		['what does an engineer get paid?', 'engineer salary'],
		['who do I escalate a P1 to', 'escalation p1'],
		['what happens when production is down', 'production incident'],
		['who is on call', 'incident'],
		['can a customer get a refund', 'customer billing'],
		['how do I close the books at month end', 'close financial'],
		['who does month end', 'financial close'],
		['how long is our runway', 'runway'],
		['severity levels', 'severity levels'],
	])('%s → %s', (question, query) => {
		expect(plan(question).query).toBe(query);
	});

	it('says what it replaced, and keeps the specific words to the last', () => {
		const p = plan('how much does a CSM earn');
		expect(p.replaced).toEqual([{ asked: 'earn', search: 'salary' }]);
		// "csm" is a glossary term, "salary" the answer's word: neither is dropped before a general word.
		expect([...p.keep].sort()).toEqual(['csm', 'salary']);
	});

	it('the vocabulary never maps a word onto a stop word or an empty search', () => {
		for (const t of questions) expect(queryWords(t.search).length, t.search).toBeGreaterThan(0);
	});

	it('property: every searched word is a word of the question or of the vocabulary, and nothing is searched twice', () => {
		const vocabulary = new Set(questions.flatMap((t) => queryWords(t.search)));
		const word = fc.constantFrom(
			'how',
			'much',
			'csm',
			'earn',
			'pay',
			'the',
			'runway',
			'down',
			'on',
			'call',
			'p1',
			'zebra',
		);
		fc.assert(
			fc.property(fc.array(word, { maxLength: 8 }), (words) => {
				const q = plan(words.join(' '));
				const searched = queryWords(q.query);
				expect(new Set(searched).size).toBe(searched.length);
				for (const w of searched) expect((words as string[]).includes(w) || vocabulary.has(w)).toBe(true);
				for (const w of q.keep) expect(searched).toContain(w);
			}),
		);
	});
});

describe('separateTableCells', () => {
	it('separates header cells, which Pagefind would run together, and ends their rows', () => {
		const html =
			'<table><thead><tr><th scope="col">Week</th><th>Actual</th><th>Target</th></tr></thead>' +
			'<tbody><tr><th scope="row">10</th><td class="hb-num">5.5</td><td>8</td></tr></tbody></table>';
		const text = separateTableCells(html).replace(/<[^>]+>/g, '');
		// Data cells are left to Pagefind, which ends each with a stop of its own.
		expect(text).toBe('Week · Actual · Target. 10 · 5.58');
	});

	it('leaves everything outside tables alone', () => {
		const html = '<p>Week</p><p>Actual</p><ul><li>td</li></ul>';
		expect(separateTableCells(html)).toBe(html);
	});
});
