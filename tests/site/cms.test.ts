// @vitest-environment jsdom
// The living handbook's built output: the editor at /admin/ with its generated
// config and its own policy, the dashboard and the change feed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, htmlPages, requireDist } from './dist';

requireDist();
const policyOf = (html: string) => /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('/admin/', () => {
	const admin = readFileSync(join(DIST, 'admin/index.html'), 'utf8');

	it('loads the editor bundle from the site itself, never from a CDN', () => {
		const scripts = [...admin.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
		expect(scripts).toEqual(['decap-cms.js']);
		expect(existsSync(join(DIST, 'admin/decap-cms.js'))).toBe(true);
		expect(readdirSync(join(DIST, 'admin')).some((f) => f.endsWith('.map'))).toBe(false);
	});

	it('has a generated config whose collections cover the runbooks and the weekly metrics', () => {
		const config = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8'));
		const names = config.collections.map((c: { name: string }) => c.name);
		expect(names).toEqual(expect.arrayContaining(['runbooks', 'implementation', 'metrics', 'data']));
		expect(config.local_backend.url).toMatch(/^http:\/\/localhost:\d+\/api\/v1$/);
	});

	it("gets 'unsafe-eval' and inline styles in its own policy, and no other page does", () => {
		expect(policyOf(admin)).toContain("'unsafe-eval'");
		for (const page of htmlPages()) {
			const policy = policyOf(page.html);
			expect(policy, page.url).not.toContain("'unsafe-eval'");
			expect(policy, page.url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		}
	});

	it('no handbook page loads the editor', () => {
		for (const page of htmlPages()) expect(page.html, page.url).not.toContain('decap-cms');
	});
});

describe('/metrics/ and /rss.xml', () => {
	it('the dashboard shows week 10 against its targets', () => {
		const html = readFileSync(join(DIST, 'metrics/index.html'), 'utf8');
		expect(html).toContain('at least $10,000');
		expect(html).toContain('data-status="met"');
	});

	it('the feed is well-formed RSS with items linking to pages', () => {
		const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(doc.querySelector('rss > channel > title')?.textContent).toMatch(/what changed/);
		for (const link of doc.querySelectorAll('item > link')) expect(link.textContent).toMatch(/^https?:\/\/.+\/$/);
	});
});
