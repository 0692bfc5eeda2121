// The public build, proven from the data rather than from a list of strings:
// it carries only the pages made for outsiders (the ROI prospect view, the
// home page that points to it, a 404), and every figure of the internal data
// files and internal pages (salaries, equity, rates, budget lines, MRR,
// risk probabilities, stated burn) is collected and searched for anywhere a
// visitor's browser can fetch: HTML, JS, JSON, XML and the decompressed
// search index. The build itself runs the same check (src/config/publicLeaks.ts)
// and stops on a hit; this test proves it on the real output. Links to
// internal pages must be text. What is internal inside a data file is read
// through the one rule the build uses (splitByVisibility).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { internalPagePaths } from '../../src/lib/site/pages-fs';
import { dataFileVisibility, isPublic, resolveLink, splitByVisibility } from '../../src/lib/site/visibility';
import { describeLeak } from '../../src/config/figures';
import { fetchableTexts, internalFigures, publicLeaks } from '../../src/config/publicLeaks';
import { benchDir, brokenLinks, buildSite, htmlPages, ROOT } from './dist';

const CONTENT = join(ROOT, 'content');
let out = '';

beforeAll(() => {
	out = benchDir('public-');
	const result = buildSite({ HANDBOOK_AUDIENCE: 'public', SITE_URL: 'https://handbook.example.com', OUT_DIR: out });
	if (result.status !== 0) throw new Error(`public build failed:\n${result.stdout}\n${result.stderr}`);
	expect(result.stdout).toMatch(/no internal figure in/);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the public build', () => {
	it('carries the prospect view, its home page and a 404, and no page of the planning documents', () => {
		const internal = internalPagePaths();
		expect(internal.size).toBeGreaterThan(60);
		const urls = htmlPages(out)
			.map((p) => p.url)
			.sort();
		expect(urls).toEqual(['/', '/404.html', '/calculators/roi/']);
		for (const path of internal) expect(urls).not.toContain(path);
		// Every page of content/docs is internal: the public pages are views of their own.
		const docs = readdirSync(join(CONTENT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.mdx?$/.test(f),
		);
		expect(internal.size).toBe(docs.length - 2);
	});

	it('contains no figure of the internal data files or pages, in any file or the decompressed search index', () => {
		const figures = internalFigures(CONTENT);
		expect(figures.money.length).toBeGreaterThan(10);
		const files = fetchableTexts(out).map((f) => f.file);
		expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
		expect(files.some((f) => /^_astro\/.*\.js$/.test(f))).toBe(true);
		expect(publicLeaks(out, CONTENT).map(describeLeak)).toEqual([]);
	});

	it('states no data file that only internal pages read: every data file but the search synonyms is internal', () => {
		const files = readdirSync(join(CONTENT, 'data'), { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => ({ f, data: parse(readFileSync(join(CONTENT, 'data', f), 'utf8')) as unknown }));
		const visibilities = files.map(({ f, data }) => [f, dataFileVisibility(data, f)]);
		expect(visibilities.filter(([, v]) => isPublic(v)).map(([f]) => f)).toEqual(['synonyms.yaml']);
		// …and the public one holds no internal row or field, by the rule the build reads it with.
		for (const { f, data } of files.filter(({ f, data }) => isPublic(dataFileVisibility(data, f))))
			expect(splitByVisibility(data, 'public').internal, f).toEqual([]);
	});

	it('links no internal page: every such link became text, however it was written', () => {
		const internal = internalPagePaths();
		const live: string[] = [];
		for (const page of htmlPages(out))
			for (const [, href] of page.html.matchAll(/<a\b[^>]*\shref\s*=\s*["']?([^"'\s>]+)/gi)) {
				const target = resolveLink(href!, page.url);
				if (target && internal.has(target.endsWith('/') ? target : `${target}/`)) live.push(`${page.url} → ${href}`);
			}
		expect(live).toEqual([]);
		// …and no link of the public site leads nowhere.
		expect(brokenLinks(out)).toEqual([]);
		const sitemap = readdirSync(out)
			.filter((f) => f.startsWith('sitemap'))
			.map((f) => readFileSync(join(out, f), 'utf8'))
			.join('');
		for (const path of internal) expect(sitemap).not.toContain(path);
		expect(sitemap).toContain('https://handbook.example.com/');
	});
});
