import { expect, test } from '@playwright/test';
import { HOSTILE_INPUTS } from '../fixtures/hostileInputs';
import { hydrated, watchPage } from './helpers';

const result = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-result="${name}"]`).first();

test.describe('ROI calculator', () => {
	test('a prospect case gives the hand-computed numbers and its share link reopens them @phone', async ({
		page,
		browser,
		baseURL,
	}) => {
		const watch = watchPage(page);
		await page.goto('/calculators/roi/');
		await hydrated(page);
		const calc = page.locator('[data-calculator="roi"]');
		await calc.getByLabel(/Hours per month today/).fill('200');
		await calc.getByLabel(/Hours per month with TAI/).fill('50');
		await calc.getByLabel(/Loaded hourly cost/).fill('$60');
		await calc.getByLabel(/Annual subscription/).fill('40,000');
		// Operational (200 − 50) × 60 × 12 = 108,000 — the same as the default, so stream and NPV match the default case:
		// NPV 384,796.77 → $384,797.
		await expect(result(page, 'stream-operational')).toHaveText('$108,000');
		await calc.getByLabel(/Implementation fee/i).fill('0');
		// Initial cost now 80 h × 60 = 4,800 instead of 16,000: PV costs 104,274.08, NPV = 500,270.85 − 104,274.08 = 395,996.77.
		await expect(result(page, 'npv')).toHaveText('$395,997');

		await calc.getByRole('button', { name: 'Copy share link' }).click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toContain('hourlyCost=60');
		const fresh = await browser.newContext({ baseURL });
		const other = await fresh.newPage();
		await other.goto(link);
		await hydrated(other);
		await expect(result(other, 'npv')).toHaveText('$395,997');
		await expect(other.locator('[data-calculator="roi"]').getByLabel(/Loaded hourly cost/)).toHaveValue('60');
		await fresh.close();
		expect(watch.errors).toEqual([]);
	});

	test('every field survives every hostile input without NaN, blank results or script', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/calculators/roi/');
		await hydrated(page);
		const calc = page.locator('[data-calculator="roi"]');
		const fields = calc.locator('form input[type="text"]');
		const count = await fields.count();
		expect(count).toBe(17);
		for (let i = 0; i < count; i++) {
			const field = fields.nth(i);
			for (const { input } of HOSTILE_INPUTS.filter((h) => h.input.length < 1000)) {
				await field.fill(input);
				await expect(result(page, 'npv')).toHaveText(/^-?\$[0-9,]+$/);
			}
			await field.fill('1');
		}
		await expect(calc).not.toContainText(/NaN|Infinity/);
		expect(watch.dialogs).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a hostile shared link loads the defaults and says which field was wrong', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/calculators/roi/?hourlyCost=%3Cscript%3Ealert(1)%3C%2Fscript%3E&years=1e308');
		await hydrated(page);
		await expect(page.getByRole('alert')).toContainText('Loaded hourly cost');
		await expect(page.getByRole('alert')).toContainText('Horizon');
		await expect(result(page, 'npv')).toHaveText('$384,797');
		expect(await page.locator('[data-calculator="roi"] script').count()).toBe(0);
		expect(watch.dialogs).toEqual([]);
	});

	test('the value report mode is embedded on the value realization page', async ({ page }) => {
		await page.goto('/implementation/value-realization/');
		await hydrated(page);
		await expect(result(page, 'report-total')).toHaveText('$304,400');
	});
});

test.describe('BANT scorecard', () => {
	test('scoring a lead with the keyboard alone gives the decision and next step', async ({ page }) => {
		await page.goto('/calculators/bant/');
		await hydrated(page);
		const calc = page.locator('[data-calculator="bant"]');
		await calc.locator('input[type="radio"]').first().focus();
		// Budget: arrow down three times → level 3.
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		// Authority 3, Need 3: tab into each group, then arrows.
		for (const _ of ['authority', 'need']) {
			await page.keyboard.press('Tab');
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		}
		// Timeline stays 0: 25 + 25 + 30 = 80 → GO.
		await expect(result(page, 'score')).toHaveText('80');
		await expect(result(page, 'decision')).toHaveText('GO');
		await expect(result(page, 'next-step')).toContainText('24-hour SLO');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(result(page, 'decision')).toHaveText('NO-GO');
		await expect(calc.getByRole('status').first()).toContainText('NO-GO');
	});

	test('is embedded in the sales qualification runbook and reads a shared link', async ({ page }) => {
		await page.goto('/runbooks/sales-qualification/?budget=2&authority=2&need=2&timeline=2');
		await hydrated(page);
		await page.locator('[data-calculator="bant"]').scrollIntoViewIfNeeded();
		// (25 + 25 + 30 + 20) × 2/3 = 66.67 → NURTURE
		await expect(result(page, 'decision')).toHaveText('NURTURE');
		await expect(result(page, 'score')).toHaveText('67');
	});
});

test('dark theme on a phone renders the calculator without overflow @phone', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/calculators/bant/');
	await hydrated(page);
	await expect(page.locator('[data-calculator="bant"]')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});
