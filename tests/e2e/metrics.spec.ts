import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

test('the dashboard shows each metric against its target, with the figures as text @phone', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/metrics/');
	await expect(page.getByRole('heading', { name: 'Weekly metrics', level: 1 })).toBeVisible();
	const mrr = page.getByRole('region', { name: 'MRR' });
	// The chart's text alternative names the week, the figure and the target; week 10 holds the plan's own figures.
	await expect(mrr.getByRole('img')).toHaveAccessibleName(
		/MRR Week 10: plan figure \$10,000 \(not measured\), target at least \$10,000\./,
	);
	const row = mrr.getByRole('row', { name: /^10 / });
	await expect(row).toContainText('$10,000');
	await expect(row).toContainText('plan figure, not measured');
	await expect(page.getByRole('region', { name: 'Uptime' }).getByRole('row', { name: /^10 / })).toContainText(
		'not recorded',
	);
	await expect(page.locator('[data-miss-count]')).toHaveText('0 misses');
	expect(watch.errors).toEqual([]);
});

test('it opens on the latest week, labels plan figures as plan, and links the runway calculator @phone', async ({
	page,
}) => {
	await page.goto('/metrics/');
	// The first heading after the title is the latest week, before any prose.
	const first = page.locator('.sl-markdown-content h2').first();
	await expect(first).toHaveText('Week 10: plan figures, no actuals recorded yet');
	const tile = page.getByRole('listitem', { name: 'MRR' });
	await expect(tile).toContainText('$10,000 (plan)');
	await expect(tile).toContainText('Target at least $10,000');
	await expect(tile).toContainText('plan figure, not measured');
	// Every chart has a value axis and a week axis.
	const chart = page.getByRole('region', { name: 'MRR' }).getByRole('img');
	await expect(chart.locator('text', { hasText: 'Week' })).toHaveCount(1);
	await expect(chart.locator('text', { hasText: '$10,000' })).toHaveCount(1);
	// No week measured anything yet: the runway is the plan's, and the calculator opens on it.
	await expect(page.getByText('No week has recorded a measured MRR or headcount yet')).toBeVisible();
	await page.getByRole('link', { name: "Open the runway calculator on the plan's figures" }).click();
	await expect(page).toHaveURL(/\/calculators\/runway\/#model=/);
});

test('the sidebar leads to the dashboard', async ({ page }) => {
	await page.goto('/handbook/health/');
	await page.getByRole('link', { name: 'Weekly metrics' }).first().click();
	await expect(page).toHaveURL(/\/metrics\/$/);
});
