import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

// A staff member looks up a figure, finds where two documents disagree, and
// follows their role's day-1 reading to pages they can open.
test.describe('figures and where they come from', () => {
	test('the MRR table shows the team by week and its notes lead to both figures @phone', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/plans/scaling-week-10-13/');
		const table = page.locator('table[aria-label^="MRR"]');
		await expect(table.locator('thead th')).toHaveCount(6);
		for (const row of await table.locator('tbody tr').all()) await expect(row.locator('td')).toHaveCount(6);
		await expect(table).toContainText('Team of 5.5');
		await expect(table).toContainText('8 FTE + contractors');

		await expect(page.locator('[data-page-meta] .hb-sources dd')).toHaveText(
			'Week 10-13 comprehensive scaling summary',
		);

		await page.locator('a[href="/reference/source-notes/#team-fte"]').first().click();
		await expect(page).toHaveURL(/\/reference\/source-notes\/#team-fte$/);
		const note = page.locator('[data-source-note="team-fte"]');
		await expect(note).toBeInViewport();
		await expect(note).toContainText('5.5 + 1 sales coordinator = 6.5, not 6');
		await expect(note.getByRole('link', { name: '/plans/scaling-week-10-13/' })).toBeVisible();
		expect(watch.errors).toEqual([]);
	});

	test('the budget rows keep the text after their commas', async ({ page }) => {
		await page.goto('/plans/phase-2-budget-and-risks/');
		await expect(page.getByRole('cell', { name: 'GCP, monitoring, storage' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'policy, certs, setup' })).toBeVisible();
	});
});

test.describe('no dead ends', () => {
	test("a CSM's day-1 reading opens execution-log pages with a template to copy @phone", async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/start/getting-started/');
		await expect(page.getByText('execution log sections')).toHaveCount(0);
		await page.getByRole('link', { name: 'customer health', exact: true }).click();
		await expect(page).toHaveURL(/\/execution-log\/customer-health\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Customer health' })).toBeVisible();
		const template = page.locator('[data-template="customer-health-scorecard"]');
		await expect(template.locator('pre')).toContainText('| Customer | NPS |');
		await expect(template.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
		expect(watch.errors).toEqual([]);
	});

	test('"run a load test" leads to the procedure, not an appendix', async ({ page }) => {
		await page.goto('/start/i-need-to/');
		await page.getByRole('link', { name: 'run a load test' }).click();
		await expect(page).toHaveURL(/\/execution-log\/performance\/#running-a-load-test$/);
		await expect(page.getByText('Handbook policy (owner: CTO)')).toBeVisible();
		await expect(page.locator('main')).not.toContainText(/appendix/i);
	});
});
