// The JavaScript a page really fetches in its first seconds, measured in
// Chromium: every script response (including ones a page imports lazily at
// idle, as Starlight's default search does) within `settleMs` of the load
// event, weighed as gzip of the file in the build. What a reader has not asked
// for yet (the search dialog before it is opened) is not fetched, so not counted.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** Serves `dir` on a free local port; resolves to { url, close }. */
function serve(dir) {
	const server = createServer((req, res) => {
		let file = join(dir, normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			const body = readFileSync(file);
			res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
		),
	);
}

/**
 * For each page path of `dir` (e.g. "reference/glossary/"), the scripts fetched
 * within `settleMs` after load: [{ page, files: [{ path, gzip }], gzip }].
 */
export async function firstViewJs(dir, pages, { executablePath = '/usr/bin/chromium', settleMs = 3000 } = {}) {
	const site = await serve(dir);
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const out = [];
		for (const path of pages) {
			const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
			const scripts = new Set();
			page.on('response', (r) => {
				const u = new URL(r.url());
				if (u.origin === site.url && /\.m?js$/.test(u.pathname)) scripts.add(u.pathname);
			});
			await page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
			await page.waitForTimeout(settleMs);
			await page.close();
			const files = [...scripts].map((p) => ({
				path: p,
				gzip: gzipSync(readFileSync(join(dir, p)), { level: 9 }).length,
			}));
			out.push({ page: path, files, gzip: files.reduce((t, f) => t + f.gzip, 0) });
		}
		return out;
	} finally {
		await browser.close();
		site.close();
	}
}
