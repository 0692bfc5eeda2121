// The public build, proven from the data rather than from a list of strings:
// every figure of the internal data files and internal pages (salaries,
// equity, rates, budget lines, risk probabilities, stated burn) is collected,
// and none may appear anywhere a visitor's browser can fetch: HTML, JS, JSON,
// XML and the decompressed search index. Links to internal pages must be text.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontmatterOf, internalPagePaths, isPublicPage } from '../../src/lib/site/audience';
import { resolveLink } from '../../src/build/publicLinks';
import { benchDir, brokenLinks, buildSite, htmlPages, ROOT, textOf } from './dist';
import {
	addDataFigures,
	addTextFigures,
	dataFile,
	distinctiveWords,
	emptyFigures,
	groupedNumbersIn,
	isRound,
	moneyIn,
	percentsIn,
	publicTexts,
	splitByVisibility,
	MONEY_PATTERN,
	GROUPED_PATTERN,
	PERCENT_PATTERN,
	type Figure,
	type Figures,
} from './figures';

const DATA = join(ROOT, 'content/data');
const DOCS = join(ROOT, 'content/docs');
let out = '';

beforeAll(() => {
	out = benchDir('public-');
	const result = buildSite({ HANDBOOK_AUDIENCE: 'public', SITE_URL: 'https://handbook.example.com', OUT_DIR: out });
	if (result.status !== 0) throw new Error(`public build failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Figures of internal material, less those the public data files also state. */
function internalFigures(): Figures {
	const internal = emptyFigures();
	const publicData = emptyFigures();
	for (const file of readdirSync(DATA, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) {
		const { visibility, data } = dataFile(join(DATA, file));
		// Source notes quote figures of other files side by side; those files are checked themselves.
		if (file === 'source-notes.yaml') continue;
		const parts = splitByVisibility(data, visibility !== 'public');
		parts.internal.forEach((part) => addDataFigures(internal, part));
		parts.public.forEach((part) => addDataFigures(publicData, part));
	}
	for (const file of readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))) {
		const source = readFileSync(join(DOCS, file), 'utf8');
		if (!isPublicPage(frontmatterOf(source, file))) addTextFigures(internal, source.replace(/^---[\s\S]*?---/, ''));
	}
	const stated = new Set([...publicData.money, ...publicData.numbers].map((f) => f.value));
	const statedPercents = new Set(publicData.percents.map((f) => f.value));
	return {
		money: internal.money.filter((f) => f.value >= 10 && !stated.has(f.value)),
		numbers: internal.numbers.filter((f) => !stated.has(f.value)),
		percents: internal.percents.filter((f) => f.value !== 0 && f.value !== 100 && !statedPercents.has(f.value)),
	};
}

/**
 * The internal figure a public figure matches: the same value, and for a round
 * value (a coincidence is likely) a word of its own row nearby. A round amount
 * written with no words of its own ("$40K deal") matches anywhere; a round
 * percent with none cannot be told from any other and is left out.
 */
function leakOf(list: Figure[], kind: 'money' | 'number' | 'percent', value: number, near: string): Figure | undefined {
	return list.find((f) => {
		if (f.value !== value) return false;
		if (!isRound(f, kind)) return true;
		const words = distinctiveWords(f.context);
		if (words.length === 0) return kind !== 'percent';
		return words.some((w) => near.includes(w));
	});
}

describe('the public build', () => {
	it('says which audience it built and leaves out every page that is not explicitly public', () => {
		const internal = internalPagePaths();
		expect(internal.size).toBeGreaterThan(0);
		const urls = new Set(htmlPages(out).map((p) => p.url));
		for (const path of internal) expect(urls.has(path), path).toBe(false);
		expect(urls.has('/plans/phase-2/')).toBe(true);
	});

	it('contains no figure of the internal data files or pages, in any file or the decompressed search index', () => {
		const figures = internalFigures();
		expect(figures.money.length).toBeGreaterThan(10);
		const leaks: string[] = [];
		for (const { file, text } of publicTexts(out)) {
			const readable = /\.html$/.test(file) ? textOf(text) : text;
			const nearby = (index: number) => readable.slice(Math.max(0, index - 200), index + 200).toLowerCase();
			const quote = (index: number) => readable.slice(Math.max(0, index - 50), index + 12).trim();
			const check = (
				kind: 'money' | 'number' | 'percent',
				list: Figure[],
				pattern: RegExp,
				read: (m: RegExpMatchArray) => number[],
			) => {
				for (const m of readable.matchAll(pattern))
					for (const value of read(m)) {
						// Single-digit amounts ("$2" in "$1$2") are never a figure worth protecting.
						const leak = kind === 'money' && value < 10 ? undefined : leakOf(list, kind, value, nearby(m.index ?? 0));
						if (leak)
							leaks.push(
								`${file}: ${m[0].trim()} in "${quote(m.index ?? 0)}" (internal: "${leak.context.trim().slice(0, 80)}")`,
							);
					}
			};
			check('money', figures.money, MONEY_PATTERN, (m) => moneyIn(m[0]));
			check('number', [...figures.numbers, ...figures.money], GROUPED_PATTERN, (m) => groupedNumbersIn(m[0]));
			check('percent', figures.percents, PERCENT_PATTERN, (m) => percentsIn(m[0]).map((p) => p.value));
		}
		expect([...new Set(leaks)]).toEqual([]);
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
