import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

test('what changed lists recent content changes with owner, section and author, filterable by role @phone', async ({
	page,
}) => {
	const watch = watchPage(page);
	await page.goto('/handbook/changes/');
	const recent = page.getByRole('region', { name: 'Last 30 days' });
	const rows = recent.locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(0);
	const first = rows.first();
	await expect(first.locator('td').first()).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
	await expect(first.getByRole('link')).toBeVisible();

	// Which roles have changes depends on this repository's history: filter by the first one offered.
	const owner = page.getByLabel('Show changes to pages owned by');
	const role = (await owner.locator('option').nth(1).textContent())!;
	await owner.selectOption({ label: role });
	const shown = recent.locator('tbody tr:visible');
	expect(await shown.count()).toBeGreaterThan(0);
	for (const cell of await shown.locator('td:nth-child(3)').allTextContents()) expect(cell).toBe(role);
	// Each row says what changed in words and who changed it, never a commit message.
	await expect(first.locator('td').nth(3)).toHaveText(
		/^(Changed|Marked reviewed|New page|Week \d+ metrics|.+ updated)/,
	);
	await expect(first.locator('td').nth(4)).not.toBeEmpty();
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
