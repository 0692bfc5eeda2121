import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

test('the dashboard shows each metric against its target, with the figures as text @phone', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/metrics/');
	await expect(page.getByRole('heading', { name: 'Weekly metrics', level: 1 })).toBeVisible();
	const mrr = page.getByRole('region', { name: 'MRR' });
	// The chart's text alternative names the week, the actual and the target.
	await expect(mrr.getByRole('img')).toHaveAccessibleName(/MRR Week 10: \$10,000, target at least \$10,000\./);
	const row = mrr.getByRole('row', { name: /^10 / });
	await expect(row).toContainText('$10,000');
	await expect(row).toContainText('met');
	await expect(page.getByRole('region', { name: 'Uptime' }).getByRole('row', { name: /^10 / })).toContainText(
		'not recorded',
	);
	await expect(page.locator('[data-miss-count]')).toHaveText('0 misses');
	expect(watch.errors).toEqual([]);
});

test('the sidebar leads to the dashboard', async ({ page }) => {
	await page.goto('/handbook/health/');
	await page.getByRole('link', { name: 'Weekly metrics' }).first().click();
	await expect(page).toHaveURL(/\/metrics\/$/);
});
