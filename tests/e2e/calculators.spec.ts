import { expect, test } from '@playwright/test';
import { hydrated, watchPage } from './helpers';

const result = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-result="${name}"]`).first();

test.describe('burn and runway', () => {
	test('the scaling-plan preset: moving a hire changes runway', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/calculators/runway/');
		await hydrated(page);
		await page.getByRole('button', { name: /Load preset: Week 10-13 scaling plan/ }).click();
		// Preset month 1: contractors 2 × 4,000 × 52/12 = 34,666.67; sales coordinator 80,000/12 × 1.25 = 8,333.33;
		// infrastructure 430 (all three customers live); other 45,000 → gross 88,430; revenue 13,333 → net burn 75,097.
		await expect(result(page, 'gross-burn-1')).toHaveText('$88,430');
		await expect(result(page, 'net-burn-1')).toHaveText('$75,097');
		const before = await result(page, 'runway-months').textContent();
		const cto = page.locator('[data-calculator="runway"] fieldset.hb-row', { hasText: 'CTO / VP Engineering' });
		await cto.getByLabel(/Start month/).fill('12');
		await expect(result(page, 'runway-months')).not.toHaveText(before ?? '');
		expect(watch.errors).toEqual([]);
	});

	test('a bad value shows a field error and keeps the last results', async ({ page }) => {
		await page.goto('/calculators/runway/');
		await hydrated(page);
		const cash = page.locator('[data-calculator="runway"]').getByLabel(/Cash at the start/);
		await cash.fill('-5');
		await expect(page.getByText('Must be $0 or more.')).toBeVisible();
		await expect(result(page, 'runway')).not.toBeEmpty();
		await expect(page.locator('[data-calculator="runway"]')).not.toContainText(/NaN|Infinity/);
	});

	test('a broken model link falls back to the defaults with a notice', async ({ page }) => {
		await page.goto('/calculators/runway/?model=%7B%22startingCash%22%3A%22%3Cscript%3E%22%7D');
		await hydrated(page);
		await expect(page.getByRole('alert')).toContainText('Cash at the start');
	});
});
