#!/usr/bin/env node
// Takes screenshots of built pages in Chromium, on desktop and phone, in light
// and dark theme, so a change can be looked at before it ships.
// usage: node scripts/screenshot.mjs [--base http://127.0.0.1:4321] [--out shots] path [path …]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromiumPath } from './chromium-path.mjs';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		base: { type: 'string', default: 'http://127.0.0.1:4321' },
		out: { type: 'string', default: '/tmp/shots' },
		full: { type: 'boolean', default: false },
		only: { type: 'string', default: '' },
		help: { type: 'boolean', default: false },
	},
});
if (values.help || positionals.length === 0) {
	console.log(
		'usage: node scripts/screenshot.mjs [--base URL] [--out DIR] [--full] [--only desktop-light] path [path …]',
	);
	process.exit(values.help ? 0 : 1);
}
mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({
	executablePath: chromiumPath() ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu'],
});
const variants = [
	{ name: 'desktop-light', viewport: { width: 1280, height: 900 }, scheme: 'light' },
	{ name: 'desktop-dark', viewport: { width: 1280, height: 900 }, scheme: 'dark' },
	{ name: 'phone-light', viewport: { width: 390, height: 844 }, scheme: 'light' },
	{ name: 'phone-dark', viewport: { width: 390, height: 844 }, scheme: 'dark' },
].filter((v) => !values.only || values.only.split(',').includes(v.name));
for (const variant of variants) {
	const context = await browser.newContext({ viewport: variant.viewport, colorScheme: variant.scheme });
	const page = await context.newPage();
	for (const path of positionals) {
		await page.goto(values.base + path, { waitUntil: 'networkidle' });
		const file = `${values.out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${variant.name}.png`;
		await page.screenshot({ path: file, fullPage: values.full });
		console.log(file);
	}
	await context.close();
}
await browser.close();
