import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryWords, relaxQuery, withoutStopWords } from '~/lib/search/query';

/** A fake index: each page is a set of words; a query counts the pages holding every word (as Pagefind does). */
function fakeIndex(pages: string[][]) {
	const searched: string[] = [];
	const count = async (q: string) => {
		searched.push(q);
		const words = queryWords(q);
		return pages.filter((p) => words.every((w) => p.includes(w))).length;
	};
	return { count, searched };
}

describe('queryWords', () => {
	it('lower-cases and strips punctuation, keeping hyphens and apostrophes inside words', () => {
		expect(queryWords('What is the go-live date? (Customer’s)')).toEqual([
			'what',
			'is',
			'the',
			'go-live',
			'date',
			"customer's",
		]);
	});
	it('leaves only stop words alone when nothing else is left', () => {
		expect(withoutStopWords(['how', 'do', 'i'])).toEqual(['how', 'do', 'i']);
		expect(withoutStopWords(['how', 'do', 'i', 'offer', 'letter'])).toEqual(['offer', 'letter']);
	});
});

describe('relaxQuery', () => {
	it('keeps a query that finds something', async () => {
		const index = fakeIndex([['offer', 'letter']]);
		expect(await relaxQuery('offer letter', index.count)).toEqual({
			query: 'offer letter',
			count: 1,
			dropped: [],
			found: [],
			reason: 'none',
		});
		expect(index.searched).toEqual(['offer letter']);
	});

	it('leaves out stop words first', async () => {
		// "how do i write an offer letter": no page has "how"; without the stop
		// words how/do/i/an, "write offer letter" is on the one page.
		const index = fakeIndex([['write', 'offer', 'letter', 'hiring']]);
		const r = await relaxQuery('How do I write an offer letter?', index.count);
		expect(r).toEqual({
			query: 'write offer letter',
			count: 1,
			dropped: ['how', 'do', 'i', 'an'],
			found: [],
			reason: 'stop-words',
		});
	});

	it('then drops the words no page contains', async () => {
		// "customer cannot provide baseline data": "cannot" is a stop word; no page
		// has "provide", so dropping it leaves "customer baseline data", on page 2.
		const index = fakeIndex([
			['customer', 'baseline'],
			['customer', 'baseline', 'data', 'attestation'],
			['customer', 'data'],
		]);
		const r = await relaxQuery('customer cannot provide baseline data', index.count);
		expect(r).toEqual({
			query: 'customer baseline data',
			count: 1,
			dropped: ['cannot', 'provide'],
			found: [],
			reason: 'fewer-words',
		});
	});

	it('then drops the most common word, which narrows least', async () => {
		// "customer baseline escalation": every word is somewhere, never together.
		// customer is on 3 pages, baseline on 1, escalation on 1: drop customer,
		// "baseline escalation" still finds nothing, then drop baseline (tie with
		// escalation broken by order) → "escalation" finds 1.
		const index = fakeIndex([['customer', 'baseline'], ['customer', 'escalation'], ['customer']]);
		const r = await relaxQuery('customer baseline escalation', index.count);
		expect(r.count).toBe(1);
		expect(r.dropped[0]).toBe('customer');
		expect(r.found).toEqual(r.dropped);
		expect(r.query.split(' ')).toHaveLength(1);
	});

	it('property: the final query is made of words of the original, and finds something whenever one word that matters does', async () => {
		const word = fc.constantFrom('runway', 'burn', 'offer', 'letter', 'customer', 'data', 'the', 'of', 'zebra');
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.array(word, { maxLength: 5 }), { maxLength: 6 }),
				fc.array(word, { minLength: 1, maxLength: 6 }),
				async (pages, q) => {
					const index = fakeIndex(pages);
					const r = await relaxQuery(q.join(' '), index.count);
					for (const w of queryWords(r.query)) expect(q).toContain(w);
					expect(r.count).toBe(await index.count(r.query));
					const content = withoutStopWords(q);
					const someWordFound = (await Promise.all(content.map((w) => index.count(w)))).some((n) => n > 0);
					if (someWordFound) expect(r.count).toBeGreaterThan(0);
				},
			),
		);
	});
});
