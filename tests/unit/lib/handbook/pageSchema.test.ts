import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { handbookPageSchema } from '../../../../src/lib/handbook/pageSchema';

const fixtures = join(import.meta.dirname, '../../../fixtures/pages');
const frontmatter = (file: string) => parse(readFileSync(join(fixtures, file), 'utf8').split('---')[1] ?? '');
const messages = (file: string) => {
	const result = handbookPageSchema.safeParse(frontmatter(file));
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the handbook page schema', () => {
	it('accepts a valid page and fills defaults', () => {
		const result = handbookPageSchema.parse(frontmatter('valid.mdx'));
		// Fail closed: a page that does not say `visibility: public` is internal.
		expect(result.visibility).toBe('internal');
		expect(result.lastReviewed.toISOString().slice(0, 10)).toBe('2026-11-24');
	});

	it('rejects an unknown owner role, naming the field and the allowed roles', () => {
		const [message] = messages('unknown-owner.mdx');
		expect(message).toMatch(/^owner: unknown role "head-of-vibes"; use one of: ceo, cto, vp-sales/);
	});

	it('rejects a page without lastReviewed, naming the field', () => {
		expect(messages('missing-last-reviewed.mdx')).toEqual(['lastReviewed: lastReviewed is required (YYYY-MM-DD)']);
	});

	it('rejects an unknown kind, an empty audience and an unknown source file', () => {
		const base = frontmatter('valid.mdx');
		const result = handbookPageSchema.safeParse({ ...base, kind: 'memo', audience: [], sources: ['notes.txt'] });
		expect(result.success).toBe(false);
		const paths = result.error?.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['kind', 'audience', 'sources.0']));
	});

	it('every page in content/docs satisfies the schema', () => {
		const root = join(import.meta.dirname, '../../../../content/docs');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
		expect(files.length).toBeGreaterThan(40);
		for (const file of files) {
			const fm = parse(readFileSync(join(root, file), 'utf8').split('---')[1] ?? '');
			const result = handbookPageSchema.safeParse(fm);
			expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
		}
	});
});
