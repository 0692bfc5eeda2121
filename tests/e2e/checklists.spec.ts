import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';

test.describe('working a checklist', () => {
	test('a tick survives a reload, progress counts it, reset asks first', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/implementation/go-live/');
		const first = page.getByRole('checkbox', { name: 'All integrations tested.' });
		await expect(first).toBeEnabled();
		await first.check();
		const section = page.locator('.hb-progress').first();
		await expect(section).toContainText('1 of 5 done');
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'All integrations tested.' })).toBeChecked();
		await expect(page.locator('.hb-checklist-overall')).toContainText(/This page: 1 of \d+ done/);

		// Dismissing the confirmation keeps the tick; accepting clears it.
		await page.getByRole('button', { name: "Reset this page's checklist" }).click();
		expect(watch.dialogs).toEqual(['confirm: Clear every tick on this page? This cannot be undone.']);
		await expect(page.getByRole('checkbox', { name: 'All integrations tested.' })).toBeChecked();
		page.removeAllListeners('dialog');
		page.once('dialog', (d) => d.accept());
		await page.getByRole('button', { name: "Reset this page's checklist" }).click();
		await expect(page.getByRole('checkbox', { name: 'All integrations tested.' })).not.toBeChecked();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'All integrations tested.' })).not.toBeChecked();
	});

	test('without JavaScript a checklist is a plain readable list', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/implementation/go-live/');
		await expect(page.getByText('All integrations tested.')).toBeVisible();
		await expect(page.locator('.hb-checklist-tools')).toBeHidden();
		await context.close();
	});

	test('printing a runbook drops the sidebar and shows the owner and ticks', async ({ page }) => {
		await page.goto('/implementation/go-live/');
		await page.getByRole('checkbox', { name: 'Contract signed.' }).check();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('nav.sidebar')).toBeHidden();
		await expect(page.locator('header.header')).toBeHidden();
		await expect(page.locator('[data-page-meta]')).toContainText('Owner');
		await expect(page.locator('[data-page-meta]')).toContainText('Next review');
		await expect(page.getByRole('checkbox', { name: 'Contract signed.' })).toBeChecked();
		const after = await page
			.locator('.sl-markdown-content a[href^="/"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('/');
	});
});

test('a template copies as Markdown with one click', async ({ page }) => {
	await page.goto('/reference/templates/');
	const section = page.locator('[data-template="weekly-product-metrics"]');
	await section.getByRole('button', { name: 'Copy as Markdown' }).click();
	await expect(section.getByRole('status')).toHaveText('Copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('# Weekly Product Metrics');
	await expect(section.getByRole('link', { name: /Download weekly-product-metrics.md/ })).toHaveAttribute(
		'download',
		'weekly-product-metrics.md',
	);
});

test('a new hire reaches what to read first in two clicks', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'New hire' }).first().click();
	await expect(page).toHaveURL(/\/roles\/new-hire\//);
	await page.getByRole('main').getByRole('link', { name: 'getting started', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'New hire', level: 2 })).toBeVisible();
});

test('the health page lists pages with owners, overdue first', async ({ page }) => {
	await page.goto('/handbook/health/');
	await expect(page.getByRole('heading', { name: 'By owner' })).toBeVisible();
	const rows = page.locator('table.hb-health tbody tr');
	expect(await rows.count()).toBeGreaterThan(40);
});
