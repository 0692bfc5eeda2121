// What an author or an upload could try, in Chromium: an SVG in the media
// folder is shown but never runs, and even a script that somehow reached a
// page's HTML cannot run under the site's policy, so the editor's token in
// localStorage stays out of reach of page content.
import { expect, test } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchPage } from './helpers';

const DIST = join(import.meta.dirname, '../../dist');
const SVG = join(DIST, 'images', 'trust-probe.svg');

test.beforeAll(() => {
	mkdirSync(join(DIST, 'images'), { recursive: true });
	writeFileSync(
		SVG,
		'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="document.documentElement.setAttribute(\'data-ran\', \'onload\')">' +
			"<script>document.documentElement.setAttribute('data-ran', 'script'); top.location = 'https://evil.example/';</script>" +
			'<rect width="10" height="10"/></svg>',
	);
});
test.afterAll(() => rmSync(SVG, { force: true }));

test('an uploaded SVG opened on its own is shown and runs nothing @phone', async ({ page }) => {
	const response = await page.goto('/images/trust-probe.svg');
	expect(response?.status()).toBe(200);
	expect(response?.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
	await page.waitForTimeout(300);
	expect(new URL(page.url()).hostname).toBe('127.0.0.1');
	expect(await page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBeNull();
});

test('a script injected into a page cannot run or read the editor token', async ({ page }) => {
	const watched = watchPage(page);
	await page.goto('/reference/glossary/');
	await page.evaluate(() => localStorage.setItem('decap-cms-user', JSON.stringify({ token: 'secret-token' })));
	// Play the old attack: the page's HTML carries a script the handbook never wrote.
	await page.route('**/reference/glossary/', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(
			'</head>',
			"<script>window.__stolen = localStorage.getItem('decap-cms-user');</script><style>h1,h2{display:none}</style></head>",
		);
		await route.fulfill({ response, body: html });
	});
	await page.reload();
	expect(await page.evaluate(() => (window as unknown as { __stolen?: string }).__stolen)).toBeUndefined();
	await expect(page.locator('h1').first()).toBeVisible();
	expect(watched.errors.join('\n')).toMatch(/Content Security Policy/);
	expect(watched.dialogs).toEqual([]);
});
