import { expect, test, type Page } from '@playwright/test';
import { copiedText, hydrated, watchPage } from './helpers';

const calc = (page: Page) => page.locator('[data-calculator="runway"]');
const result = (page: Page, name: string) => calc(page).locator(`[data-result="${name}"]`).first();
const hire = (page: Page, role: string) => calc(page).getByRole('group', { name: role, exact: true });

test.describe('burn and runway', () => {
	test('a founder loads the plan, moves a hire, compares with the base scenario and shares it @phone', async ({
		page,
		browser,
		baseURL,
	}) => {
		const watch = watchPage(page);
		await page.goto('/calculators/runway/');
		await hydrated(page);
		await page.getByRole('button', { name: /Load preset: Week 10-13 scaling plan/ }).click();
		// Preset month 1: contractors 2 × 4,000 × 52/12 = 34,666.67; sales coordinator 80,000/12 × 1.25 = 8,333.33;
		// infrastructure 430 (all three customers live); other 45,000 → gross 88,430; revenue 13,333 → net burn 75,097.
		await expect(result(page, 'gross-burn-1')).toHaveText('$88,430');
		await expect(result(page, 'net-burn-1')).toHaveText('$75,097');
		await expect(result(page, 'runway-months')).toHaveText('7 months');
		await expect(result(page, 'verdict-short')).toHaveText('Default dead');

		await calc(page).getByRole('button', { name: 'Save scenario' }).click();
		await expect(calc(page).getByText('Saved “Base” in this browser.')).toBeVisible();

		// The CTO from month 2 to month 12 (December 2027): the verdict and the change show beside the field.
		const start = hire(page, 'CTO / VP Engineering').getByLabel(/Start month/);
		await start.fill('12');
		await expect(hire(page, 'CTO / VP Engineering')).toContainText('Dec 2027');
		await expect(result(page, 'change')).toHaveText(/^Runway \+[0-9]+ months? \(was 7 months\)\.$/);
		await expect(start).toBeInViewport();
		await expect(calc(page).locator('.hb-runway-pin')).toBeInViewport();
		const runway = await result(page, 'runway-months').textContent();
		expect(runway).not.toBe('7 months');

		// Base (A) against the current model (B).
		await calc(page).getByLabel('Compare A').selectOption('Base');
		const comparison = calc(page).locator('[data-result="comparison"]');
		await expect(comparison).toContainText('Base (A) and Current model (B)');
		await expect(comparison.getByRole('row', { name: /Runway/ })).toContainText(`7 months${runway}+`);

		// The verdict does not depend on how many months are shown.
		const verdict = await result(page, 'verdict').textContent();
		for (const months of ['12', '36', '24']) {
			await calc(page)
				.getByLabel(/Months to show/)
				.fill(months);
			await expect(calc(page).locator('table.hb-months tbody tr')).toHaveCount(Number(months));
			await expect(result(page, 'verdict')).toHaveText(verdict!);
		}

		// The share link opens the same model elsewhere; a reload keeps it here.
		const link = await copiedText(calc(page), 'Copy share link', 'Share link copied.');
		expect(link).toMatch(/#model=[A-Za-z0-9_-]+$/);
		const fresh = await browser.newContext({ baseURL });
		const other = await fresh.newPage();
		await other.goto(link);
		await hydrated(other);
		await expect(result(other, 'runway-months')).toHaveText(runway!);
		await expect(hire(other, 'CTO / VP Engineering').getByLabel(/Start month/)).toHaveValue('12');
		await expect(result(other, 'verdict')).toHaveText(verdict!);
		await fresh.close();
		await page.reload();
		await hydrated(page);
		await expect(hire(page, 'CTO / VP Engineering').getByLabel(/Start month/)).toHaveValue('12');
		expect(watch.errors).toEqual([]);
	});

	test('on a phone the verdict stays pinned while the hires are edited, and the table shows cash @phone', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/calculators/runway/');
		await hydrated(page);
		const field = hire(page, 'First hire').getByLabel(/Start month/);
		await field.fill('9');
		await expect(result(page, 'change')).toHaveText(/^Runway/);
		await expect(field).toBeInViewport();
		const pin = await calc(page).locator('.hb-runway-pin').boundingBox();
		expect(pin!.y + pin!.height).toBeLessThanOrEqual(844 + 1);
		expect(pin!.height).toBeLessThan(844 / 3);
		const table = calc(page).locator('table.hb-months');
		await table.scrollIntoViewIfNeeded();
		await expect(table.getByRole('columnheader', { name: 'Cash at end' })).toBeInViewport();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(1);
	});

	test('a bad value shows a field error and keeps the last results; negative cash is allowed', async ({ page }) => {
		await page.goto('/calculators/runway/');
		await hydrated(page);
		const cash = calc(page).getByLabel(/Cash at the start/);
		await cash.fill('-5');
		await expect(cash).toHaveAttribute('aria-invalid', 'false');
		await cash.fill('abc');
		await expect(page.getByText('Use digits only, such as 1200 or 1,200.50.')).toBeVisible();
		await expect(result(page, 'runway')).not.toBeEmpty();
		await expect(calc(page)).not.toContainText(/NaN|Infinity/);
	});

	test('a broken model link falls back to the defaults with a notice', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/calculators/runway/?model=%7B%22startingCash%22%3A%22%3Cscript%3E%22%7D');
		await hydrated(page);
		await expect(page.getByRole('alert')).toContainText('Cash at the start');
		// A fragment-only change does not reload the page: open it from elsewhere.
		await page.goto('about:blank');
		await page.goto('/calculators/runway/#model=not-a-model');
		await hydrated(page);
		await expect(page.getByRole('alert')).toContainText('the model is not readable');
		expect(watch.dialogs).toEqual([]);
	});

	test('a hostile scenario file is refused in words', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/calculators/runway/');
		await hydrated(page);
		await calc(page)
			.getByLabel('Import a scenario file')
			.setInputFiles({
				name: 'evil.json',
				mimeType: 'application/json',
				buffer: Buffer.from(
					JSON.stringify({
						kind: 'tai-runway-scenario',
						name: '<img src=x onerror=alert(1)>',
						model: { startingCash: 1 },
					}),
				),
			});
		await expect(calc(page).getByRole('alert')).toContainText(
			'Not imported: The scenario has values that could not be used',
		);
		expect(await calc(page).locator('img').count()).toBe(0);
		expect(watch.dialogs).toEqual([]);
	});

	test('every lever, made with its button, gives the verdict it promises', async ({ page }) => {
		for (const lever of ['growth', 'cash', 'raise']) {
			await page.goto('/calculators/runway/');
			await hydrated(page);
			// The example model with 50,000 of cash: dead before the 5% growth pays off. Raising in time
			// needs a short fundraise: one month.
			await calc(page)
				.getByLabel(/Cash at the start/)
				.fill('50000');
			if (lever === 'raise')
				await calc(page)
					.getByLabel(/Fundraising takes/)
					.fill('1');
			await expect(result(page, 'verdict-short')).toHaveText('Default dead');
			const line = calc(page).locator(`[data-lever="${lever}"]`);
			const button = line.getByRole('button');
			await expect(button).toHaveCount(1);
			const promised = await line.textContent();
			await button.click();
			if (lever === 'raise') await expect(result(page, 'cash-out')).toHaveText('not in ten years');
			else await expect(result(page, 'verdict-short')).toHaveText('Default alive');
			await expect(result(page, 'change')).toContainText(
				lever === 'raise' ? 'Runway now more than ten years' : 'now default alive',
			);
			if (lever === 'cash') {
				// The amount shown is the amount set: "$N at the start" is now the cash at the start.
				const atStart = /\((\$[\d,]+) at the start\)/.exec(promised!)![1]!;
				await expect(calc(page).getByLabel(/Cash at the start/)).toHaveValue(atStart.replace(/[$,]/g, ''));
				await expect(calc(page).locator('[data-lever="cash"]')).toContainText('none beyond');
			}
		}
	});

	test('printing gives the board one page: verdict, levers, chart and key months, no form controls', async ({
		page,
	}) => {
		await page.goto('/calculators/runway/?preset=scaling-plan');
		await hydrated(page);
		await expect(result(page, 'verdict-short')).toHaveText('Default dead');
		await page.emulateMedia({ media: 'print' });
		const board = calc(page).locator('[data-board-head]');
		await expect(board).toBeVisible();
		await expect(board).toContainText('burn and runway, board summary');
		await expect(board).toContainText(/printed [A-Z][a-z]+ \d{1,2}, \d{4}/);
		await expect(result(page, 'runway')).toHaveText('7 months of runway: cash runs out in Aug 2027.');
		await expect(calc(page).locator('.hb-pin-repeat')).toBeVisible();
		await expect(result(page, 'levers')).toBeVisible();
		await expect(calc(page).locator('.hb-chart svg')).toBeVisible();
		await expect(result(page, 'key-months')).toBeVisible();
		await expect(result(page, 'key-months')).toContainText('Cash runs out');
		for (const hidden of ['form', 'table.hb-months', '.hb-scenarios', '.hb-presets'])
			await expect(calc(page).locator(hidden).first()).toBeHidden();
		const visibleControls = await page.evaluate(
			() =>
				[...document.querySelectorAll('main input, main button, main select, main textarea')].filter(
					(e) => e.getClientRects().length > 0,
				).length,
		);
		expect(visibleControls).toBe(0);
		const printed = await page.locator('main').innerText();
		expect(printed).not.toContain('Load preset');
		expect(printed).not.toContain('×');
		const pdf = await page.pdf({ format: 'Letter' });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	});

	test('an imported scenario opens at once', async ({ page, browser, baseURL }) => {
		await page.goto('/calculators/runway/?preset=scaling-plan');
		await hydrated(page);
		await calc(page).getByLabel('Scenario name').fill('Board plan');
		await calc(page).getByRole('button', { name: 'Save scenario' }).click();
		const download = page.waitForEvent('download');
		await calc(page).getByRole('button', { name: 'Export Board plan' }).click();
		const file = await (await download).path();

		const fresh = await browser.newContext({ baseURL });
		const other = await fresh.newPage();
		await other.goto('/calculators/runway/');
		await hydrated(other);
		await expect(result(other, 'gross-burn-1')).not.toHaveText('$88,430');
		await calc(other).getByLabel('Import a scenario file').setInputFiles(file);
		await expect(calc(other).getByText('Imported and opened “Board plan”.')).toBeVisible();
		await expect(result(other, 'gross-burn-1')).toHaveText('$88,430');
		await expect(result(other, 'runway-months')).toHaveText('7 months');
		await expect(hire(other, 'CTO / VP Engineering')).toBeVisible();
		await fresh.close();
	});
});
