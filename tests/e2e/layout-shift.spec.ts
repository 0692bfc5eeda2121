// No page of either build moves under the reader while it loads: the
// cumulative layout shift of a fresh load is exactly 0 on every built page
// (dist/ and dist-public/) at a phone's, a tablet's and a desktop's width.
// Anything a script shows or fills in has its space in the server-rendered
// HTML. The CLS sum is taken as the metric takes it: layout-shift entries,
// buffered from the start of the load, without those right after input.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { layoutShifts, observeLayoutShifts } from './helpers';

const ORIGINS = {
	dist: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4398)}`,
	'dist-public': `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4398) + 1}`,
} as const;
const WINDOWS = [
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1366, height: 900 },
];

/** Every HTML page of a build, as a path; the editor (/admin/) is an application, not a page of the handbook. */
function builtPages(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

async function shiftsOnEveryPage(browser: Browser, origin: string, paths: string[], viewport: (typeof WINDOWS)[0]) {
	const context = await browser.newContext({ viewport, baseURL: origin });
	await observeLayoutShifts(context);
	const page = await context.newPage();
	const shifted: string[] = [];
	for (const path of paths) {
		await page.goto(path, { waitUntil: 'load' });
		// Settle: fonts in, and no resource finished for a quarter of a second (what a page fetches after load).
		await page.evaluate(async () => {
			await document.fonts.ready;
			let seen = -1;
			while (seen !== performance.getEntriesByType('resource').length) {
				seen = performance.getEntriesByType('resource').length;
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		});
		const { cls, sources } = await layoutShifts(page);
		if (cls !== 0) shifted.push(`${path}: ${cls.toFixed(4)} (${sources.join(', ')})`);
	}
	await context.close();
	return shifted;
}

for (const [build, origin] of Object.entries(ORIGINS)) {
	for (const viewport of WINDOWS) {
		test(`no page of ${build}/ shifts its layout while loading at ${viewport.width}×${viewport.height}`, async ({
			browser,
		}) => {
			const paths = builtPages(join(process.cwd(), build));
			expect(paths.length).toBeGreaterThan(build === 'dist' ? 50 : 2);
			test.setTimeout(30_000 + paths.length * 2_000);
			expect(await shiftsOnEveryPage(browser, origin, paths, viewport)).toEqual([]);
		});
	}
}
