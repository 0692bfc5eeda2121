import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { HOSTILE_INPUTS } from '../fixtures/hostileInputs';
import { copiedText, hydrated, watchPage } from './helpers';

// The public build is served next to the internal one (playwright.config.ts).
const PUBLIC_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4398) + 1}`;
const HEADLINE = ['prepared', 'npv', 'roi', 'payback', 'annual-benefit', 'net-benefit'];

const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`).first();
const calc = (page: Page) => page.locator('[data-calculator="roi"]');
const headline = (page: Page) => Promise.all(HEADLINE.map((n) => result(page, n).textContent()));

/** A rep's prospect: company, preparer, date, and a few of the prospect's own numbers. */
async function fillProspect(page: Page) {
	const c = calc(page);
	await c.getByLabel('Prospect company').fill('Acme Freight');
	await c.getByLabel('Prepared by').fill('Dana Lee');
	await c.getByLabel('Date').fill('2026-11-24');
	await c.getByLabel(/Hours per month today/).fill('200');
	await c.getByLabel(/Loaded hourly cost/).fill('$60');
	await c.getByLabel(/Annual subscription/).fill('48,000');
	await c.getByLabel('Billing').selectOption('monthly');
}

test.describe('ROI calculator: the rep and the prospect', () => {
	test('a rep fills a prospect on the internal page; the share link opens the same figures on the public site, with no internal text', async ({
		page,
		browser,
	}) => {
		const watch = watchPage(page);
		await page.goto('/calculators/roi/');
		await hydrated(page);
		await fillProspect(page);
		await expect(result(page, 'prepared')).toHaveText('Prepared for Acme Freight by Dana Lee, 2026-11-24');
		// Operational (200 − 40) × 60 × 50% × 12 = 57,600; the other streams 54,000 + 60,000 + 24,000: 195,600 a year,
		// 176,040 after 10% risk.
		await expect(result(page, 'annual-benefit')).toHaveText('$176,040');
		const figures = await headline(page);

		const link = new URL(await copiedText(calc(page), 'Copy share link', 'Share link copied.'));
		expect(link.pathname).toBe('/calculators/roi/');
		expect(link.origin).not.toBe(new URL(page.url()).origin);
		expect(link.searchParams.get('company')).toBe('Acme Freight');

		const prospect = await browser.newContext();
		const other = await prospect.newPage();
		const otherWatch = watchPage(other);
		await other.goto(`${PUBLIC_URL}${link.pathname}${link.search}`);
		await hydrated(other);
		expect(await headline(other)).toEqual(figures);
		await expect(other.getByRole('heading', { level: 1 })).toHaveText('TAI Autonomics');
		await expect(other.locator('#starlight__sidebar')).toHaveCount(0);
		await expect(other.locator('[data-page-meta]')).toHaveCount(0);
		const text = await other.locator('body').innerText();
		for (const internal of ['customer #3', 'Input rules', 'Owner', 'Last reviewed', "another customer's deal", 'CRM'])
			expect(text).not.toContain(internal);
		await expect(calc(other).getByLabel('Billing')).toHaveValue('monthly');
		await prospect.close();
		expect(watch.errors).toEqual([]);
		expect(otherWatch.errors).toEqual([]);
	});

	for (const [where, origin] of [
		['the internal page', ''],
		['the public prospect view', PUBLIC_URL],
	] as const) {
		test(`printing ${where} gives one Letter page named for the prospect, without the form or chrome`, async ({
			page,
		}) => {
			const query = new URLSearchParams({ company: 'Acme Freight', preparedBy: 'Dana Lee', date: '2026-11-24' });
			await page.goto(`${origin}/calculators/roi/?${query}`);
			await hydrated(page);
			await page.emulateMedia({ media: 'print' });
			await expect(result(page, 'prepared')).toHaveText('Prepared for Acme Freight by Dana Lee, 2026-11-24');
			await expect(result(page, 'prepared')).toBeVisible();
			for (const table of ['scenarios', 'years', 'assumptions'])
				await expect(page.locator(`[data-table="${table}"]`)).toBeVisible();
			await expect(calc(page).locator('form')).toBeHidden();
			await expect(page.locator('header.header')).toBeHidden();
			await expect(page.getByText('Input rules')).toBeHidden();
			const pdf = await page.pdf({ format: 'Letter' });
			expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
			// The saved PDF is titled for the prospect and the preparer, not for the handbook.
			await expect(page).toHaveTitle('ROI estimate for Acme Freight, prepared by Dana Lee | TAI Autonomics');
			expect(pdf.toString('latin1')).toContain('/Title (ROI estimate for Acme Freight, prepared by Dana Lee');
			// Nothing on paper is addressed to the rep; the sources speak to the prospect.
			const printed = await page.locator('[data-print-alone]').innerText();
			expect(printed).not.toMatch(/replace it|theirs|Example value|prospect's|quoted to the prospect|CRM/i);
			const assumptions = page.locator('[data-table="assumptions"]');
			await expect(assumptions.getByRole('row', { name: /Hours per month today/ })).toContainText(
				'TAI estimate: change it to your figure.',
			);
		});
	}

	test('the prospect view is a page from TAI Autonomics: its own header, no handbook search or title, both themes and a phone @phone', async ({
		page,
	}) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`${PUBLIC_URL}/calculators/roi/?company=Acme+Freight&hourlyCost=60`);
			await hydrated(page);
			await expect(page.locator('[data-brand]')).toHaveText('TAI Autonomics');
			await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
			await expect(page.locator('site-search, dialog.hb-search')).toHaveCount(0);
			await expect(page.locator('header')).not.toContainText('Handbook');
			await expect(page).toHaveTitle('ROI estimate for Acme Freight | TAI Autonomics');
			await expect(
				page.locator('[data-table="assumptions"]').getByRole('row', { name: /Loaded hourly cost/ }),
			).toContainText('Your figure');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(1);
		}
		// The internal handbook keeps its header and search.
		await page.goto('/calculators/roi/');
		await expect(page.getByRole('button', { name: 'Search' }).first()).toBeVisible();
	});

	test('reload and Back keep every field; Reset restores the defaults', async ({ page }) => {
		await page.goto('/calculators/roi/');
		await hydrated(page);
		await fillProspect(page);
		await expect(page).toHaveURL(/company=Acme\+Freight/);
		await expect(page).toHaveURL(/billing=monthly/);
		const figures = await headline(page);
		await page.reload();
		await hydrated(page);
		const c = calc(page);
		await expect(c.getByLabel('Prospect company')).toHaveValue('Acme Freight');
		await expect(c.getByLabel('Prepared by')).toHaveValue('Dana Lee');
		await expect(c.getByLabel('Date')).toHaveValue('2026-11-24');
		await expect(c.getByLabel(/Loaded hourly cost/)).toHaveValue('60');
		await expect(c.getByLabel(/Annual subscription/)).toHaveValue('48000');
		expect(await headline(page)).toEqual(figures);
		await page.goto('/calculators/bant/');
		await page.goBack();
		await hydrated(page);
		await expect(calc(page).getByLabel('Prospect company')).toHaveValue('Acme Freight');
		await calc(page).getByRole('button', { name: 'Reset to the defaults' }).click();
		await expect(calc(page).getByLabel('Prospect company')).toHaveValue('');
		// The default case, computed by hand in tests/unit/lib/calculators/roi.test.ts.
		await expect(result(page, 'npv')).toHaveText('$285,721');
		await expect(result(page, 'payback')).toHaveText('7 months');
	});

	test('every field survives every hostile input without NaN, blank results or script', async ({ page }) => {
		// 20 fields × the hostile corpus: a few hundred fills, slow on a loaded machine.
		test.setTimeout(120_000);
		const watch = watchPage(page);
		await page.goto('/calculators/roi/');
		await hydrated(page);
		const fields = calc(page).locator('form fieldset:not(.hb-prospect) input[type="text"]');
		expect(await fields.count()).toBe(20);
		for (let i = 0; i < 20; i++) {
			const field = fields.nth(i);
			for (const { input } of HOSTILE_INPUTS.filter((h) => h.input.length < 1000)) {
				await field.fill(input);
				await expect(result(page, 'npv')).toHaveText(/^-?\$[0-9,]+$/);
			}
			await field.fill('1');
		}
		const company = calc(page).getByLabel('Prospect company');
		await company.fill('<img src=x onerror=alert(1)>');
		await expect(result(page, 'prepared')).toHaveText('Prepared for <img src=x onerror=alert(1)>');
		await expect(calc(page)).not.toContainText(/NaN|Infinity/);
		expect(await calc(page).locator('img, script').count()).toBe(0);
		expect(watch.dialogs).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a hostile link on the public site loads the defaults and says which parts were wrong', async ({ page }) => {
		const watch = watchPage(page);
		const query = new URLSearchParams({
			hourlyCost: '<script>alert(1)</script>',
			years: '1e308',
			company: 'Acme\u202eFreight',
			billing: 'weekly',
		});
		await page.goto(`${PUBLIC_URL}/calculators/roi/?${query}`);
		await hydrated(page);
		const alert = page.getByRole('alert');
		for (const named of ['Loaded hourly cost', 'Horizon', 'Prospect company', 'Billing'])
			await expect(alert).toContainText(named);
		await expect(result(page, 'npv')).toHaveText('$285,721');
		await expect(calc(page).getByLabel('Prospect company')).toHaveValue('');
		expect(await calc(page).locator('script').count()).toBe(0);
		expect(watch.dialogs).toEqual([]);
	});

	test('the value report on the value realization page has its own labels and regions', async ({ page }) => {
		await page.goto('/implementation/value-realization/');
		await hydrated(page);
		await expect(result(page, 'report-total')).toHaveText('$304,400');
		await expect(page.getByRole('region', { name: 'Week-1 value report' })).toBeVisible();
		await expect(page.getByRole('form', { name: 'Week-1 measurements' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'ROI results' })).toHaveCount(0);
		await expect(page.locator('[data-result="npv"]')).toHaveCount(0);
		await page
			.locator('[data-calculator="roi"]')
			.getByLabel(/Revenue recovered in week 1/)
			.fill('2,400');
		// Revenue 2,400 × 52 = 124,800 instead of 62,400: total 304,400 + 62,400 = 366,800.
		await expect(result(page, 'report-total')).toHaveText('$366,800');
		const link = new URL(await copiedText(calc(page), 'Copy share link', 'Share link copied.'));
		expect(link.searchParams.get('mode')).toBe('report');
		await page.goto(`${PUBLIC_URL}${link.pathname}${link.search}`);
		await hydrated(page);
		await expect(result(page, 'report-total')).toHaveText('$366,800');
		await expect(page.getByRole('region', { name: 'Week-1 value report' })).toBeVisible();
	});
});

test.describe('ROI calculator on a phone', () => {
	test('the headline figures stay pinned in view while the prospect scrolls through the inputs @phone', async ({
		page,
	}) => {
		await page.goto(`${PUBLIC_URL}/calculators/roi/?company=Acme%20Freight`);
		await hydrated(page);
		const pinned = page.locator('.hb-roi-headline');
		const last = calc(page).getByLabel(/Risk adjustment on costs/);
		for (const field of [calc(page).getByLabel(/Hours per month today/), last]) {
			await field.scrollIntoViewIfNeeded();
			await expect(pinned).toBeInViewport();
			await expect(result(page, 'npv')).toBeInViewport();
		}
		await last.fill('50');
		await expect(result(page, 'npv')).toBeInViewport();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(1);
	});
});

// tests/e2e/accessibility.spec.ts covers the internal build; the prospect view exists only in the public one.
test('the public prospect view passes axe in both themes @phone', async ({ page }) => {
	const failures: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`${PUBLIC_URL}/calculators/roi/?company=Acme%20Freight`);
		await hydrated(page);
		await calc(page)
			.getByLabel(/Loaded hourly cost/)
			.fill('abc');
		await expect(calc(page).getByText('Use digits only, such as 1200 or 1,200.50.')).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		for (const v of results.violations)
			if (v.impact === 'serious' || v.impact === 'critical') failures.push(`${scheme}: ${v.id}`);
	}
	expect(failures).toEqual([]);
});
