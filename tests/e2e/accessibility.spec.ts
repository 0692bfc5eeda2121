import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { hydrated } from './helpers';

// Every page in the built sitemap, plus calculators with results shown and a
// checklist in use: no serious or critical axe violation, in both themes.
const sitemap = readFileSync(join(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

async function seriousViolations(page: import('@playwright/test').Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`,
		);
}

test.describe('accessibility', () => {
	test('the sitemap lists every page', () => {
		expect(paths.length).toBeGreaterThan(50);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`every page passes axe in the ${scheme} theme`, async ({ page }) => {
			test.setTimeout(600_000);
			await page.emulateMedia({ colorScheme: scheme });
			const failures: string[] = [];
			for (const path of paths) {
				await page.goto(path);
				await hydrated(page);
				await page.waitForLoadState('networkidle');
				for (const v of await seriousViolations(page)) failures.push(`${path}: ${v}`);
			}
			expect(failures).toEqual([]);
		});
	}

	test('calculators with errors shown and a checklist in use pass axe', async ({ page }) => {
		await page.goto('/calculators/roi/');
		await hydrated(page);
		await page
			.locator('[data-calculator="roi"]')
			.getByLabel(/Loaded hourly cost/)
			.fill('abc');
		await expect(page.getByText('Use digits only, such as 1200 or 1,200.50.')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto('/calculators/runway/?model=%7B%7D');
		await expect(page.getByRole('alert')).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto('/implementation/go-live/');
		await page.getByRole('checkbox', { name: 'All integrations tested.' }).check();
		expect(await seriousViolations(page)).toEqual([]);
	});
});

test('key pages pass axe on a phone in both themes @phone', async ({ page }) => {
	test.setTimeout(600_000);
	const failures: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of paths) {
			await page.goto(path);
			for (const v of await seriousViolations(page)) failures.push(`${scheme} ${path}: ${v}`);
		}
	}
	expect(failures).toEqual([]);
});
