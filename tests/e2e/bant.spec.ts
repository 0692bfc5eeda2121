import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchPage } from './helpers';

const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`).first();
const calc = (page: Page) => page.locator('[data-calculator="bant"]');

test.describe('BANT scorecard', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/calculators/bant/');
		await hydrated(page);
	});

	test('nothing is decided before a criterion is scored', async ({ page }) => {
		await expect(result(page, 'decision')).toHaveText('Not scored yet');
		await expect(calc(page)).not.toContainText('NO-GO:');
		await expect(calc(page)).toContainText('MEDDPICC: Identify pain, Metrics · SPICED: Situation, Pain, Impact');
	});

	test('with the keyboard alone, Need 0 and everything else at 3 is NO-GO and never reaches a proposal', async ({
		page,
	}) => {
		await calc(page).locator('input[name="bant-budget"]').first().focus();
		// Budget: the first arrow press checks level 1; three presses reach level 3.
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		// Need: Tab into the group, Space checks level 0 ("No problem TAI solves").
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		// 25 + 25 + 0 + 20 = 70, the GO threshold, but Need 0 is a stop.
		await expect(result(page, 'score')).toHaveText('70');
		await expect(result(page, 'decision')).toHaveText('NO-GO');
		await expect(calc(page)).toContainText('Need 0: No problem TAI solves.');
		await expect(calc(page)).not.toContainText('24-hour SLO');
		await expect(result(page, 'open-roi')).toHaveCount(0);
	});

	test('a GO lead is saved, listed and exported, and opens the ROI calculator with its company', async ({ page }) => {
		const watch = watchPage(page);
		await calc(page).getByLabel('Lead name').fill('Sam Ortiz');
		await calc(page).getByLabel('Company').fill('Acme Freight');
		for (const c of ['budget', 'authority', 'need', 'timeline'])
			await calc(page).locator(`input[name="bant-${c}"][value="3"]`).check();
		await expect(result(page, 'decision')).toHaveText('GO');
		await expect(result(page, 'next-step')).toContainText('24-hour SLO');
		await calc(page).getByRole('button', { name: 'Save lead' }).click();
		await expect(calc(page).getByRole('row', { name: /Sam Ortiz, Acme Freight/ })).toBeVisible();
		const download = page.waitForEvent('download');
		await calc(page).getByRole('button', { name: 'Export leads as CSV' }).click();
		expect((await download).suggestedFilename()).toBe('tai-bant-leads.csv');

		await page.reload();
		await hydrated(page);
		await expect(calc(page).getByRole('row', { name: /Sam Ortiz, Acme Freight/ })).toBeVisible();
		await calc(page).getByRole('button', { name: 'Edit Sam Ortiz, Acme Freight' }).click();
		await result(page, 'open-roi').click();
		await expect(page).toHaveURL(/\/calculators\/roi\/\?company=Acme\+Freight/);
		await hydrated(page);
		await expect(page.locator('[data-calculator="roi"]').getByLabel('Prospect company')).toHaveValue('Acme Freight');
		await expect(result(page, 'prepared')).toContainText('Prepared for Acme Freight');
		expect(watch.errors).toEqual([]);
	});

	test('is embedded in the sales qualification runbook and reads a shared link', async ({ page }) => {
		await page.goto('/runbooks/sales-qualification/?budget=2&authority=2&need=2&timeline=2');
		await hydrated(page);
		await calc(page).scrollIntoViewIfNeeded();
		// (25 + 25 + 30 + 20) × 2/3 = 66.67 → NURTURE
		await expect(result(page, 'decision')).toHaveText('NURTURE');
		await expect(result(page, 'score')).toHaveText('67');
	});
});

test('dark theme on a phone renders the scorecard without overflow @phone', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/calculators/bant/');
	await hydrated(page);
	await expect(calc(page)).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});
