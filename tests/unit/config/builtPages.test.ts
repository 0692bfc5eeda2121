// The one walk over the built pages (src/config/builtPages.ts) with the
// content security policy's pass in it: each page read once and handed to
// every pass in order, written back only when a pass changed it, and an
// inline script no source produces still stops the build, naming the page.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages } from '~/config/builtPages';
import { cspIntegration } from '~/config/cspIntegration';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function output(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
	dirs.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

const logger = {
	info: () => {},
	warn: () => {},
	error: () => {},
	debug: () => {},
} as unknown as AstroIntegrationLogger;
type Done = (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
const walk = (pages: ReturnType<typeof builtPages>, dir: string) =>
	(pages.integration.hooks['astro:build:done'] as unknown as Done)({ dir: pathToFileURL(`${dir}/`), logger });

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe('the walk over the built pages', () => {
	it('hands every page to each pass in order, once, and writes only what a pass changed', async () => {
		const dir = output({ 'index.html': page('home'), 'a/index.html': page('a'), 'b/index.html': page('b') });
		const before = statSync(join(dir, 'b/index.html')).mtimeMs;
		const pages = builtPages();
		const seen: string[] = [];
		pages.add({
			name: 'first',
			page: (path, bytes) => {
				seen.push(`first ${path}`);
				return path === 'a/index.html' ? Buffer.from(bytes.toString().replace('>a<', '>A<')) : undefined;
			},
		});
		pages.add({
			name: 'second',
			page: (path, bytes) => void seen.push(`second ${path} ${bytes.includes('>A<') ? 'changed' : 'as built'}`),
		});
		await walk(pages, dir);
		// Known answer: the walk's order (folders as read, each page through both passes), the change seen by the second pass.
		expect(seen.sort()).toEqual([
			'first a/index.html',
			'first b/index.html',
			'first index.html',
			'second a/index.html changed',
			'second b/index.html as built',
			'second index.html as built',
		]);
		expect(readFileSync(join(dir, 'a/index.html'), 'utf8')).toBe(page('A'));
		expect(statSync(join(dir, 'b/index.html')).mtimeMs).toBe(before);
	});

	it('runs each pass’s close even when a pass fails', async () => {
		const pages = builtPages();
		let closed = false;
		pages.add({
			name: 'failing',
			page: () => {
				throw new Error('no');
			},
			close: () => void (closed = true),
		});
		await expect(walk(pages, output({ 'index.html': page('x') }))).rejects.toThrow('no');
		expect(closed).toBe(true);
	});
});

describe('the content security policy in the walk', () => {
	it('writes the policy into each page and the host files', async () => {
		const dir = output({ 'index.html': page('<p>x</p>') });
		const pages = builtPages();
		cspIntegration({ pages });
		await walk(pages, dir);
		const policy = /content-security-policy" content="([^"]+)"/.exec(
			readFileSync(join(dir, 'index.html'), 'utf8'),
		)?.[1];
		expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(
			`Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
		);
		expect(readFileSync(join(dir, 'csp.nginx.conf'), 'utf8')).toContain(
			`set $handbook_csp "${policy}; frame-ancestors 'none'";`,
		);
	});

	it('stops the build on an inline script no source produces, naming every such page', async () => {
		const dir = output({
			'index.html': page('<p>fine</p>'),
			'runbooks/x/index.html': page('<script>steal()</script>'),
			'plans/y/index.html': page('<style>body{}</style>'),
			// The editor writes its own policy and is not checked here.
			'admin/index.html': page('<script>editor()</script>'),
		});
		const pages = builtPages();
		cspIntegration({ pages });
		const failure = walk(pages, dir);
		await expect(failure).rejects.toThrow(
			/plans\/y\/index\.html: an inline <style>[^\n]*\nrunbooks\/x\/index\.html: an inline <script>[^\n]*steal\(\)/,
		);
		await expect(failure).rejects.not.toThrow(/admin/);
	});
});
