// Byte budgets (bytes are deterministic, times are not): content pages load
// no more JavaScript than the same page on plain Starlight; a page with a
// workable checklist at most CHECKLIST_KB (3 kB) gzip more; a calculator page at most
// 30 kB gzip more than a plain content page; what a content page really fetches
// in its first seconds (measured in Chromium) is at most 9 kB gzip, and what a
// calculator page fetches at most CALCULATOR_FIRST_VIEW_KB (20 kB) gzip.
// `npm run bench` prints the full table.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/pageWeight.mjs';
import { firstViewJs } from '../../scripts/lib/firstViewJs.mjs';
import { DIST, ROOT, buildSite, htmlPages, requireDist } from './dist';

const PLAIN = join(ROOT, '.bench', 'dist-plain-budget');
const KB = 1024;

beforeAll(() => {
	requireDist();
	// The handbook's pages on plain Starlight (no overrides, CSS, search or CSP).
	const result = buildSite({ OUT_DIR: PLAIN }, ROOT, ['--config', 'scripts/bench/plain-handbook.config.mjs']);
	if (result.status !== 0) throw new Error(result.stdout + result.stderr);
});
afterAll(() => rmSync(PLAIN, { recursive: true, force: true }));

const kind = (html: string) =>
	/<astro-island/.test(html) ? 'calculator' : /class="task-list-item"/.test(html) ? 'checklist' : 'content';

// Raised from 1.5 kB: checklists are worked per customer, with sign-off names
// and dates, a merge across tabs and a warning when storage fails; export and
// import load only when used. Raised from 2.5 kB: the customer stays pinned in
// view and heads every printed page, a sign-off counts once its name and date
// are recorded, task lists outside the implementation are personal, and the
// reading of a page's items is shared with the customer progress view.
const CHECKLIST_KB = 3;

describe('JavaScript budgets', () => {
	it('every page stays within its budget against plain Starlight', () => {
		const plainContent = pageWeight(PLAIN, 'reference/glossary/index.html').totalJsGzip;
		expect(plainContent).toBeGreaterThan(3 * KB);
		const over: string[] = [];
		for (const page of htmlPages().filter((p) => p.path !== '404.html')) {
			const mine = pageWeight(DIST, page.path);
			const type = kind(page.html);
			const budget =
				type === 'calculator'
					? // A calculator page that is also a workable checklist gets both allowances.
						plainContent + 30 * KB + (/class="task-list-item"/.test(page.html) ? CHECKLIST_KB * KB : 0)
					: pageWeight(PLAIN, page.path).totalJsGzip + (type === 'checklist' ? CHECKLIST_KB * KB : 0);
			if (mine.totalJsGzip > budget)
				over.push(`${page.url} (${type}): ${mine.totalJsGzip} B gzip > ${Math.round(budget)} B`);
		}
		expect(over).toEqual([]);
	});

	it('content pages without checklists load only the scripts plain Starlight loads', () => {
		const strip = (files: string[]) => files.map((f) => f.replace(/\.[\w-]{8}\.js$/, '.js')).sort();
		for (const path of ['reference/glossary/index.html', 'reference/faq/index.html', 'start/i-need-to/index.html']) {
			const mine = pageWeight(DIST, path);
			const plain = pageWeight(PLAIN, path);
			expect(strip(mine.jsFiles), path).toEqual(strip(plain.jsFiles));
			expect(mine.inlineScripts, path).toBeLessThanOrEqual(plain.inlineScripts);
			expect(mine.islandFiles).toEqual([]);
		}
	});

	it('a content page fetches at most 9 kB gzip of JavaScript in its first seconds, less than plain Starlight', async () => {
		// Measured in Chromium: plain Starlight fetches Pagefind's UI at idle on
		// every page; the handbook fetches it only when search is opened.
		const pages = ['reference/glossary/', 'runbooks/incident-response/', 'implementation/kickoff/'];
		const mine = await firstViewJs(DIST, pages);
		const plain = await firstViewJs(PLAIN, pages);
		for (const [i, page] of mine.entries()) {
			expect(page.gzip, page.page).toBeLessThanOrEqual(9 * KB);
			expect(page.gzip, page.page).toBeLessThan(plain[i].gzip);
			expect(page.files.map((f) => f.path).join(' '), page.page).not.toMatch(/pagefind|ui-core/);
		}
	}, 60_000);

	it('a calculator page ships only its own island', () => {
		const roi = pageWeight(DIST, 'calculators/roi/index.html');
		const bant = pageWeight(DIST, 'calculators/bant/index.html');
		expect(roi.islandFiles.some((f) => f.includes('RoiCalculator'))).toBe(true);
		expect(roi.islandFiles.some((f) => /Runway|Bant/.test(f))).toBe(false);
		expect(bant.islandFiles.some((f) => /Roi|Runway/.test(f))).toBe(false);
	});
});

describe('the public ROI prospect view', () => {
	it('stays within the calculator budget (npm run build:public first)', () => {
		const publicDist = join(ROOT, 'dist-public');
		requireDist(publicDist);
		const plainContent = pageWeight(PLAIN, 'reference/glossary/index.html').totalJsGzip;
		const prospect = pageWeight(publicDist, 'calculators/roi/index.html');
		expect(prospect.islandFiles.some((f) => f.includes('RoiCalculator'))).toBe(true);
		expect(prospect.totalJsGzip).toBeLessThanOrEqual(plainContent + 30 * KB);
	});
});

// What a calculator loads on use (CSV, summaries, saved scenarios, the parts
// below its form) is left out by fetching nothing of it in the first view.
const CALCULATOR_FIRST_VIEW_KB = 20;
/** Every calculator page, found by its folder: a new calculator's page is weighed without a change here. */
const CALCULATOR_PAGES = readdirSync(join(ROOT, 'content/docs/calculators'))
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => `calculators/${file.replace(/\.mdx?$/, '')}/`);

describe('calculator pages in their first view', () => {
	it(`fetch at most ${CALCULATOR_FIRST_VIEW_KB} kB gzip of JavaScript in their first seconds, measured in Chromium (npm run build:public first)`, async () => {
		const publicDist = join(ROOT, 'dist-public');
		requireDist(publicDist);
		expect(CALCULATOR_PAGES.length).toBeGreaterThanOrEqual(3);
		const pages = [
			...(await firstViewJs(DIST, CALCULATOR_PAGES)),
			...(await firstViewJs(publicDist, ['calculators/roi/'])).map((p) => ({ ...p, page: `public ${p.page}` })),
		];
		const over = pages
			.filter((p) => p.gzip > CALCULATOR_FIRST_VIEW_KB * KB)
			.map((p) => `${p.page}: ${p.gzip} B gzip in ${p.files.length} files`);
		expect(over).toEqual([]);
		// Nothing loaded on use is fetched before it is used.
		for (const p of pages)
			expect(p.files.map((f) => f.path).join(' '), p.page).not.toMatch(
				/export|csv|model|savedScenarios|Report|Results/,
			);
	}, 120_000);

	it('statically import less than that as well, whatever a browser defers', () => {
		for (const page of CALCULATOR_PAGES) {
			const { jsFiles, islandFiles } = pageWeight(DIST, `${page}index.html`);
			const gzip = [...jsFiles, ...islandFiles].reduce((t, f) => t + gzipSync(readFileSync(join(DIST, f))).length, 0);
			expect(gzip, page).toBeLessThanOrEqual(CALCULATOR_FIRST_VIEW_KB * KB);
		}
	});
});
