// @vitest-environment jsdom
// The living handbook's built output: the editor at /admin/ with its generated
// config and its own policy, the dashboard and the change feed.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
		// The handbook's script first: it registers the file formats and preview before the editor starts.
		expect(scripts).toEqual(['editor.js', 'sveltia-cms.js']);
		for (const file of ['sveltia-cms.js', 'editor.js', 'chunks/react-dom.js'])
			expect(existsSync(join(DIST, 'admin', file)), file).toBe(true);
		expect(readdirSync(join(DIST, 'admin'), { recursive: true }).some((f) => String(f).endsWith('.map'))).toBe(false);
		// Its fonts and the module its preview reads are served from /admin/ too.
		const bundle = readFileSync(join(DIST, 'admin/sveltia-cms.js'), 'utf8');
		expect(bundle).not.toContain('cdn.jsdelivr.net/fontsource');
		for (const url of bundle.match(/fonts\/[a-z0-9-]+\.woff2/g) ?? [])
			expect(existsSync(join(DIST, 'admin', url)), url).toBe(true);
		expect(readdirSync(join(DIST, 'admin/vendor'))).toEqual([expect.stringMatching(/^immutable@\d/)]);
	});

	it('ships under 4.5 MB, against 6.5 MB for the editor it replaced', () => {
		const files = readdirSync(join(DIST, 'admin'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
		const bytes = files.reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);
		expect(bytes).toBeLessThan(4.5e6);
	});

	it('has a generated config whose collections cover the runbooks and the weekly metrics', () => {
		const config = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8'));
		const names = config.collections.map((c: { name: string }) => c.name);
		expect(names).toEqual(expect.arrayContaining(['runbooks', 'implementation', 'metrics', 'data']));
		// A build without CMS_REPO edits a local folder: no pull requests, no sign-in host.
		expect(config.backend.repo).toBe('local/handbook');
		expect(config).not.toHaveProperty('publish_mode');
	});

	it('says in words what to do before the editor has anything to show', () => {
		const help = new DOMParser().parseFromString(admin, 'text/html').querySelector('[data-editor-help]');
		expect(help?.textContent).toContain('Press Work with Local Repository.');
		expect(help?.textContent).toContain('built without CMS_REPO');
	});

	it("needs no 'unsafe-eval' even on /admin/; only /admin/ allows inline styles", () => {
		expect(policyOf(admin)).not.toContain("'unsafe-eval'");
		expect(policyOf(admin)).toContain("style-src 'self' 'unsafe-inline'");
		for (const page of htmlPages()) {
			const policy = policyOf(page.html);
			expect(policy, page.url).not.toContain("'unsafe-eval'");
			expect(policy, page.url).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		}
	});

	it('no handbook page loads the editor', () => {
		for (const page of htmlPages()) expect(page.html, page.url).not.toContain('sveltia-cms');
	});
});

describe('/metrics/ and /rss.xml', () => {
	it('the dashboard shows week 10 against its targets, as the plan figures it is', () => {
		const html = readFileSync(join(DIST, 'metrics/index.html'), 'utf8');
		expect(html).toContain('at least $10,000');
		// The planning documents record no actuals: week 10 is the plan's own figures, never "met".
		expect(html).toContain('data-status="plan figure"');
		expect(html).not.toContain('data-status="met"');
	});

	it('the feed is well-formed RSS with items linking to pages', () => {
		const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(doc.querySelector('rss > channel > title')?.textContent).toMatch(/what changed/);
		for (const link of doc.querySelectorAll('item > link')) expect(link.textContent).toMatch(/^https?:\/\/.+\/$/);
	});
});
