import { expect, test, type Page } from '@playwright/test';
import { copiedText, hydrated, watchPage } from './helpers';

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
		await page.goto('/runbooks/sales-qualification/?budget=1&authority=2&need=2&timeline=2');
		await hydrated(page);
		await calc(page).scrollIntoViewIfNeeded();
		// 25/3 + (25 + 30 + 20) × 2/3 = 8.33 + 50 = 58.33; Budget 1 is below its GO minimum of 2 → NURTURE
		await expect(result(page, 'decision')).toHaveText('NURTURE');
		await expect(result(page, 'score')).toHaveText('58');
	});

	test('the share link opens the lead being scored, with the same scores and verdict, in a fresh browser', async ({
		page,
		browser,
		baseURL,
	}) => {
		const watch = watchPage(page);
		await calc(page).getByLabel('Lead name').fill('Dana Lee');
		await calc(page).getByLabel('Company').fill('Acme & Sons');
		const levels = { budget: 3, authority: 2, need: 3, timeline: 1 };
		for (const [c, level] of Object.entries(levels))
			await calc(page).locator(`input[name="bant-${c}"][value="${level}"]`).check();
		await calc(page).getByLabel('No path to a decision maker').check();
		// A hard stop decides on its own: NO-GO whatever the score (25 + 25 × 2/3 + 30 + 20/3 = 78.33 → 78).
		await expect(result(page, 'decision')).toHaveText('NO-GO');
		await expect(result(page, 'score')).toHaveText('78');
		const link = await copiedText(calc(page), 'Copy share link', 'Share link copied.');
		expect(new URL(link).pathname).toBe('/calculators/bant/');
		// The address follows the lead too, so a reload or a bookmark keeps it.
		await expect(page).toHaveURL(/company=Acme\+%26\+Sons/);

		const fresh = await browser.newContext({ baseURL });
		const other = await fresh.newPage();
		const otherWatch = watchPage(other);
		await other.goto(link);
		await hydrated(other);
		await expect(result(other, 'decision')).toHaveText('NO-GO');
		await expect(result(other, 'score')).toHaveText('78');
		await expect(result(other, 'why')).toHaveText('Hard stop: No path to a decision maker');
		await expect(calc(other).getByLabel('Lead name')).toHaveValue('Dana Lee');
		await expect(calc(other).getByLabel('Company')).toHaveValue('Acme & Sons');
		for (const [c, level] of Object.entries(levels))
			await expect(calc(other).locator(`input[name="bant-${c}"][value="${level}"]`)).toBeChecked();
		await expect(calc(other).getByLabel('No path to a decision maker')).toBeChecked();
		await fresh.close();
		expect(watch.errors).toEqual([]);
		expect(otherWatch.errors).toEqual([]);
	});

	test('a hostile share link opens nothing and says which parts were wrong', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto(
			`/calculators/bant/?${new URLSearchParams({ budget: '<script>alert(1)</script>', name: 'a\u202eb' })}`,
		);
		await hydrated(page);
		const alert = calc(page).getByRole('alert');
		await expect(alert).toContainText('Budget');
		await expect(alert).toContainText('Lead name');
		await expect(result(page, 'decision')).toHaveText('Not scored yet');
		await expect(calc(page).getByLabel('Lead name')).toHaveValue('');
		expect(await calc(page).locator('script').count()).toBe(0);
		expect(watch.dialogs).toEqual([]);
	});

	test('a lead with no identified budget is not sent a proposal, and the rep is told why and what to do', async ({
		page,
	}) => {
		await calc(page).locator('input[name="bant-budget"][value="1"]').check();
		for (const c of ['authority', 'need', 'timeline'])
			await calc(page).locator(`input[name="bant-${c}"][value="3"]`).check();
		// 25/3 + 25 + 30 + 20 = 83.33: a GO score as an average, but Budget 1 is below its minimum of 2.
		await expect(result(page, 'decision')).toHaveText('NURTURE');
		await expect(result(page, 'why')).toHaveText('Budget is below its GO minimum');
		await expect(result(page, 'gaps')).toContainText('Budget (now 1, GO needs 2): Find out who holds the budget');
		await expect(calc(page)).not.toContainText('24-hour SLO');
		await expect(result(page, 'open-roi')).toHaveCount(0);
		await expect(calc(page).locator('[data-gate="budget"]')).toHaveText(
			'GO needs level 2 or above (set by the VP Sales)',
		);
		await expect(page.locator('[data-bant-gates]')).toContainText('2: Budget exists but is not yet approved for this.');
	});

	test('a full score with a hard stop reads NO-GO with the stop named, never a bare "100: NO-GO"', async ({ page }) => {
		for (const c of ['budget', 'authority', 'need', 'timeline'])
			await calc(page).locator(`input[name="bant-${c}"][value="3"]`).check();
		await calc(page).getByLabel('No path to a decision maker').check();
		await expect(calc(page).locator('.hb-headline')).toHaveText('NO-GO: Hard stop: No path to a decision maker');
		await expect(calc(page).locator('.hb-score-line')).toContainText('100 out of 100, which does not count');
	});

	test('the lead in progress survives a reload', async ({ page }) => {
		await calc(page).getByLabel('Lead name').fill('Half Way');
		await calc(page).locator('input[name="bant-need"][value="2"]').check();
		await page.reload();
		await hydrated(page);
		await expect(calc(page).getByLabel('Lead name')).toHaveValue('Half Way');
		await expect(calc(page).locator('input[name="bant-need"][value="2"]')).toBeChecked();
		await expect(result(page, 'decision')).toHaveText('No decision yet');
	});

	test('a saved GO lead keeps its ROI link and its 24-hour proposal clock; Download CSV exports the saved leads', async ({
		page,
	}) => {
		await page.clock.install({ time: new Date('2026-11-24T09:00:00Z') });
		await page.reload();
		await hydrated(page);
		await calc(page).getByLabel('Company').fill('Clocked Inc');
		for (const c of ['budget', 'authority', 'need', 'timeline'])
			await calc(page).locator(`input[name="bant-${c}"][value="2"]`).check();
		await expect(result(page, 'decision')).toHaveText('GO');
		// Time left rounds down: a moment after turning GO, 23 h 59 min remain.
		await expect(result(page, 'clock')).toContainText(/Proposal due in (24 h 00|23 h 59) min/);
		await calc(page).getByRole('button', { name: 'Save lead' }).click();
		// Two hours later, after a reload: 22 h left, counted from when the lead became GO.
		await page.clock.setSystemTime(new Date('2026-11-24T11:00:00Z'));
		await page.reload();
		await hydrated(page);
		await calc(page).getByRole('button', { name: 'New lead' }).click();
		const row = calc(page).getByRole('row', { name: /Clocked Inc/ });
		await expect(row).toContainText(/Proposal due in (22 h 00|21 h 59) min/);
		await expect(row.getByRole('link', { name: 'ROI for Clocked Inc' })).toHaveAttribute(
			'href',
			'/calculators/roi/?company=Clocked+Inc',
		);
		const download = page.waitForEvent('download');
		await calc(page)
			.getByRole('button', { name: /^Download CSV/ })
			.click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('tai-bant-leads.csv');
		const csv = await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
		expect(csv).toContain('Clocked Inc');
		// Became GO at 09:00 UTC; due 24 h later.
		expect(csv).toMatch(/,2026-11-24T09:00:0\d\.\d{3}Z,2026-11-25T09:00:0\d\.\d{3}Z,/);
		await page.clock.setSystemTime(new Date('2026-11-25T09:30:00Z'));
		await page.reload();
		await hydrated(page);
		await expect(calc(page).getByRole('row', { name: /Clocked Inc/ })).toContainText(/Proposal overdue by (30|29) min/);
		await calc(page).getByRole('button', { name: 'Mark the proposal to Clocked Inc as sent' }).click();
		await expect(calc(page).getByRole('row', { name: /Clocked Inc/ })).toContainText('Proposal sent after the SLO');
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
