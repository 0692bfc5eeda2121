// Search speed in Chromium, the handbook against plain Starlight (part of
// `npm run bench`; on its own: node scripts/bench/search.mjs [--runs 5]
// [--handbook dist] [--plain .bench/dist-plain], both built first).
//
// Each run opens a content page in a fresh browser context (an empty cache),
// waits until the page is idle (so plain Starlight has preloaded its search,
// as it does on every page), then clicks the search button, with or without
// first resting the pointer on it (a reader's hover before the click). Timed
// in the page, from the click event:
//   box ready     - the search field is shown and focused, so typing lands in it;
//   first results - "incident" is typed as soon as the box is ready, and the
//                   first result is on screen.
// A second open on the next page of the same visit (a warm cache) is timed the
// same way. Both sites are served by scripts/serve.mjs with the handbook's
// headers; runs alternate between the sites, and the median of each is kept.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../chromium-path.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const QUERY = 'incident';
const HOVER_MS = 300;
const PAGES = ['/reference/glossary/', '/runbooks/weekly-operations-review/'];

/** How each site's search is found: its button, its field and a result on screen. */
const SITES = {
	handbook: {
		button: 'hb-search button[data-open-search]',
		input: 'dialog.hb-search [data-search-input]',
		result: 'dialog.hb-search .hb-result-title',
	},
	plain: {
		button: 'site-search button[data-open-modal]',
		input: '#starlight__search input',
		result: '#starlight__search .pagefind-ui__result-link',
	},
};

const freePort = () =>
	new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});

async function serve(dir) {
	const port = await freePort();
	const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port)], {
		stdio: 'ignore',
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url).then(
				(r) => r.ok,
				() => false,
			)
		)
			return { url, close: () => child.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error(`could not serve ${dir}`);
}

/**
 * Installed before the click: notes the click's time, then on every frame
 * whether the field is shown and focused (typing the query the moment it is)
 * and whether a result is on screen. Resolves to both times in ms from the click.
 */
function watchInPage({ input, result, query }) {
	return new Promise((resolve) => {
		let clickAt = null;
		let readyAt = null;
		addEventListener('click', (event) => (clickAt ??= event.timeStamp), { capture: true, once: true });
		const frame = () => {
			const now = performance.now();
			const field = document.querySelector(input);
			if (clickAt !== null && readyAt === null && field && field.getClientRects().length > 0) {
				if (document.activeElement === field) {
					readyAt = now;
					field.value = query;
					field.dispatchEvent(new Event('input', { bubbles: true }));
				}
			}
			const hit = document.querySelector(result);
			if (readyAt !== null && hit && hit.getClientRects().length > 0 && hit.textContent.trim())
				return resolve({ ready: readyAt - clickAt, results: now - clickAt });
			if (clickAt !== null && now - clickAt > 20_000) return resolve({ ready: NaN, results: NaN });
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
}

async function openSearch(page, site, hover) {
	const { button, input, result } = SITES[site];
	await page.waitForLoadState('networkidle');
	const timing = page.evaluate(watchInPage, { input, result, query: QUERY });
	const target = page.locator(button).first();
	await target.waitFor();
	await page.waitForFunction((selector) => !document.querySelector(selector)?.disabled, button);
	if (hover) {
		await target.hover();
		await page.waitForTimeout(HOVER_MS);
	}
	await target.click();
	return timing;
}

/** One visit: a cold open on the first page, then a warm one on the next. */
async function visit(browser, site, url, hover) {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	await page.goto(url + PAGES[0]);
	const cold = await openSearch(page, site, hover);
	await page.goto(url + PAGES[1]);
	const warm = await openSearch(page, site, hover);
	await context.close();
	return { cold, warm };
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Measures both sites and prints a table and the ratios; returns the medians. */
export async function searchBench({ handbookDir, plainDir, runs = 5 }) {
	const servers = { handbook: await serve(handbookDir), plain: await serve(plainDir) };
	const browser = await chromium.launch({
		executablePath: chromiumPath() ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	// samples[site][hover][cache] = [{ ready, results }]
	const samples = {};
	try {
		for (let run = 0; run < runs; run++)
			for (const hover of [false, true]) {
				const order = run % 2 ? ['plain', 'handbook'] : ['handbook', 'plain'];
				for (const site of order) {
					const { cold, warm } = await visit(browser, site, servers[site].url, hover);
					const cell = ((samples[site] ??= {})[hover ? 'hover' : 'click'] ??= { cold: [], warm: [] });
					cell.cold.push(cold);
					cell.warm.push(warm);
				}
			}
	} finally {
		await browser.close();
		servers.handbook.close();
		servers.plain.close();
	}
	const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : 'timed out');
	const medians = {};
	const rows = [];
	for (const site of ['handbook', 'plain'])
		for (const hover of ['click', 'hover'])
			for (const cache of ['cold', 'warm']) {
				const list = samples[site][hover][cache];
				const m = { ready: median(list.map((s) => s.ready)), results: median(list.map((s) => s.results)) };
				((medians[site] ??= {})[hover] ??= {})[cache] = m;
				rows.push({
					site: site === 'plain' ? 'plain Starlight' : 'handbook',
					'before the click': hover === 'hover' ? `pointer rests ${HOVER_MS} ms` : 'none',
					cache,
					'click → box ready': ms(m.ready),
					[`click → first results ("${QUERY}")`]: ms(m.results),
				});
			}
	console.log(`\nSearch in Chromium, median of ${runs} runs each (content page, 1366×900)`);
	console.table(rows);
	console.log('\nHandbook against plain Starlight, open plus first query (target: at most 1.00×)');
	for (const hover of ['click', 'hover'])
		for (const cache of ['cold', 'warm']) {
			const mine = medians.handbook[hover][cache].results;
			const plain = medians.plain[hover][cache].results;
			console.log(
				`  ${hover === 'hover' ? 'pointer resting first' : 'straight click'}, ${cache} cache: ${(mine / plain).toFixed(2)}× (${ms(mine)} against ${ms(plain)}; box ready ${ms(medians.handbook[hover][cache].ready)} against ${ms(medians.plain[hover][cache].ready)})`,
			);
		}
	return medians;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string', default: '5' },
			handbook: { type: 'string', default: join(ROOT, 'dist') },
			plain: { type: 'string', default: join(ROOT, '.bench', 'dist-plain') },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log('usage: node scripts/bench/search.mjs [--runs 5] [--handbook dist] [--plain .bench/dist-plain]');
		process.exit(0);
	}
	await searchBench({ handbookDir: values.handbook, plainDir: values.plain, runs: Number(values.runs) });
}
