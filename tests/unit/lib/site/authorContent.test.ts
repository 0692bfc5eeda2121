// The frontmatter allowlist on parsed values: every hostile probe is refused,
// what pages and the handbook's own views write passes, and a typo names the
// nearest key.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterProblems, nearestKey, FRONTMATTER_KEYS } from '~/lib/site/authorContent';
import { FRONTMATTER_PROBES } from '../../../fixtures/hostileContent';

const messages = (value: unknown) => frontmatterProblems(value).map((p) => p.message);

describe('frontmatter', () => {
	it.each(FRONTMATTER_PROBES.map((p) => [p.name, p] as const))('refuses %s', (_, probe) => {
		expect(messages({ title: 'Probe', ...parse(probe.yaml) }).join('\n')).toMatch(probe.refusal);
	});

	it('refuses markup in a title override and any other head tag', () => {
		expect(messages({ head: [{ tag: 'title', content: '<script>x</script>' }] }).join()).toMatch(
			/`head.0.content` holds markup/,
		);
		expect(
			messages({
				head: [
					{ tag: 'title', content: 'x' },
					{ tag: 'meta', attrs: {} },
				],
			}).join(),
		).toMatch(/`head` is not allowed/);
	});

	it('passes a real page and a plain title override', () => {
		expect(
			messages({
				title: 'P1 < 15 min & more',
				description: 'One sentence.',
				owner: 'cto',
				audience: ['cto'],
				sidebar: { label: 'Incidents', order: 2 },
				head: [{ tag: 'title', content: 'ROI estimate | TAI Autonomics' }],
				prev: false,
				editUrl: false,
			}),
		).toEqual([]);
	});

	it('suggests the nearest key for a typo, and nothing for a word far from every key', () => {
		const known = Object.keys(FRONTMATTER_KEYS);
		expect(nearestKey('ownr', known)).toBe('owner');
		expect(nearestKey('lastreviewd', known)).toBe('lastReviewed');
		expect(nearestKey('zzzzzzzz', known)).toBeUndefined();
	});
});
