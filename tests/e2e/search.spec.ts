import { expect, test } from '@playwright/test';
import { resultTitles, search, watchPage } from './helpers';

test.describe('finding answers by search', () => {
	test('home → search "severity levels" → incident response', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/');
		await search(page, 'severity levels');
		await expect.poll(async () => (await resultTitles(page))[0]).toContain('Incident response');
		await page.locator('#starlight__search .pagefind-ui__result-title > a').first().click();
		await expect(page).toHaveURL(/\/runbooks\/incident-response\//);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident response');
		expect(watch.errors).toEqual([]);
	});

	for (const [query, expected] of [
		['kickoff agenda', 'Kickoff'],
		['equity', 'Hiring plan'],
		['runway', 'Burn and runway'],
		['go-live', 'Go-live'],
	] as const) {
		test(`"${query}" puts ${expected} in the top three`, async ({ page }) => {
			await page.goto('/');
			await search(page, query);
			await expect.poll(async () => (await resultTitles(page)).slice(0, 3).join(' | ')).toContain(expected);
		});
	}

	test('each result shows the kind of page', async ({ page }) => {
		await page.goto('/');
		await search(page, 'severity levels');
		await expect(page.locator('#starlight__search .pagefind-ui__result-title').first()).toContainText('Runbook');
	});

	test('a FAQ answer opens at its own heading from search', async ({ page }) => {
		await page.goto('/');
		await search(page, 'feature requests that don’t fit the roadmap');
		const link = page.locator('#starlight__search a[href*="/reference/faq/#"]').first();
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/reference\/faq\/#/);
	});

	test('search narrows to runbooks with the kind filter', async ({ page }) => {
		await page.goto('/');
		await search(page, 'customer');
		await expect.poll(async () => (await resultTitles(page)).some((t) => !t.includes('Runbook'))).toBe(true);
		await page.locator('#starlight__search summary.pagefind-ui__filter-name', { hasText: /^kind$/i }).click();
		await page
			.locator('#starlight__search')
			.getByRole('checkbox', { name: /^Runbook/ })
			.check();
		await expect(async () => {
			const titles = await resultTitles(page);
			expect(titles.length).toBeGreaterThan(0);
			for (const t of titles) expect(t).toContain('Runbook');
		}).toPass({ timeout: 10_000 });
	});
});

test('pages are served with the security and caching headers of public/_headers', async ({ request }) => {
	const page = await request.get('/reference/glossary/');
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
	expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(page.headers()['cache-control']).toContain('must-revalidate');
	const html = await page.text();
	const asset = html.match(/\/_astro\/[^"]+\.css/)?.[0];
	expect(asset).toBeDefined();
	expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
});
