import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

test('what changed lists recent page changes with owner and message, filterable by role @phone', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/handbook/changes/');
	const recent = page.getByRole('region', { name: 'Last 30 days' });
	const rows = recent.locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(0);
	const first = rows.first();
	await expect(first.locator('td').first()).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
	await expect(first.getByRole('link')).toBeVisible();

	const owner = page.getByLabel('Show changes to pages owned by');
	await owner.selectOption({ label: 'Customer Success Manager' });
	const shown = recent.locator('tbody tr:visible');
	expect(await shown.count()).toBeGreaterThan(0);
	for (const cell of await shown.locator('td:nth-child(3)').allTextContents())
		expect(cell).toBe('Customer Success Manager');
	await expect(page.locator('[data-changes-count]')).toHaveText(/\d+ shown/);
	expect(watch.errors).toEqual([]);
});

test('the feed is served as RSS', async ({ request }) => {
	const res = await request.get('/rss.xml');
	expect(res.ok()).toBe(true);
	const body = await res.text();
	expect(body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0">/);
	expect(body).toContain('<item>');
});
