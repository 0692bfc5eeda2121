// Reading the built site for the checks in tests/site.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/**
 * Runs `astro build` in a clean environment: the test runner's own variables
 * (NODE_ENV=test, VITEST, MODE…) would make Astro build in a non-production
 * mode that keeps draft (internal) pages.
 */
export function buildSite(env: Record<string, string>, cwd = ROOT, args: string[] = []) {
	return spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', ...args], {
		cwd,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		timeout: 240_000,
	});
}

/**
 * A new folder in .bench/ (ignored by git). Inside the repository so that a
 * copied project resolves the repository's node_modules by walking up, as Vite expects.
 */
export function benchDir(prefix: string): string {
	mkdirSync(join(ROOT, '.bench'), { recursive: true });
	return mkdtempSync(join(ROOT, '.bench', prefix));
}

/**
 * A copy of the project (sources, content, configuration; no node_modules,
 * git, outputs or tests) in a new bench folder, for builds that must change
 * a file: fixture pages, broken data, hostile probes.
 */
export function copyProject(prefix = 'project-'): string {
	const dir = benchDir(prefix);
	for (const entry of readdirSync(ROOT)) {
		if (['node_modules', '.git', '.astro', '.bench', 'tests'].includes(entry) || entry.startsWith('dist')) continue;
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	return dir;
}

/**
 * Temporary folders for one test file, removed after its tests: `dir` for a
 * build's output, `project` for a copy of the project to change.
 */
export function tempFolders(): { dir: (prefix: string) => string; project: (prefix: string) => string } {
	const temps: string[] = [];
	afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	const keep = (dir: string) => (temps.push(dir), dir);
	return { dir: (prefix) => keep(benchDir(prefix)), project: (prefix) => keep(copyProject(prefix)) };
}

export function requireDist(dir = DIST): void {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no build: run \`npm run build\` first`);
}

/** Every handbook page; the editor at /admin/ is not one (tests/site/cms.test.ts checks it). */
export function htmlPages(dir = DIST): { path: string; url: string; html: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
		.map((f) => ({
			path: f,
			url:
				'/' +
				relative(dir, join(dir, f))
					.replace(/index\.html$/, '')
					.replace(/\\/g, '/'),
			html: readFileSync(join(dir, f), 'utf8'),
		}));
}

/** The visible text of a page, read the way the public build's leak check reads it. */
export { textOf } from '../../src/config/figures';

export function ids(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Internal links and #anchors in the main content of every page that do not resolve, for a site built under `base`. */
export function brokenLinks(dir = DIST, base = '/'): string[] {
	const prefix = base.replace(/\/$/, '');
	const all = htmlPages(dir).map((p) => ({ ...p, url: prefix + p.url }));
	const byUrl = new Map(all.map((p) => [p.url, p]));
	const broken: string[] = [];
	for (const page of all) {
		const main = page.html.match(/<main[\s\S]*<\/main>/)?.[0] ?? page.html;
		for (const [, href] of main.matchAll(/<a [^>]*href="([^"]+)"/g)) {
			if (!href || /^(https?:|mailto:|data:|javascript:)/.test(href)) continue;
			const [rawPath, hash] = href.split('#');
			const path = rawPath === '' ? page.url : new URL(rawPath!, `http://x${page.url}`).pathname;
			const target = byUrl.get(path);
			if (!target) {
				if (!path.startsWith(prefix + '/') || !existsSync(join(dir, path.slice(prefix.length))))
					broken.push(`${page.url} → ${href}`);
				continue;
			}
			// A fragment of key=value pairs carries a calculator's state (the runway calculator's #model=…), not an anchor;
			// the page it opens is checked above, and the state by the calculator's own tests.
			const isState = hash !== undefined && /^[\w-]+=/.test(hash);
			if (hash && !isState && !ids(target.html).has(decodeURIComponent(hash)))
				broken.push(`${page.url} → ${href} (no #${hash})`);
		}
	}
	return broken;
}
