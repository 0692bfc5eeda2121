import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { copiedText, pdfPageTexts, watchPage } from './helpers';

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
		expect(watch.dialogs).toEqual(['confirm: Clear every tick on this page for Customer #1? This cannot be undone.']);
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
	const copied = await copiedText(section, 'Copy as Markdown', 'Copied.');
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
	await expect(page.getByRole('heading', { name: 'By owner', exact: true })).toBeVisible();
	const rows = page.locator('table.hb-health tbody tr');
	expect(await rows.count()).toBeGreaterThan(40);
});

test('on a phone the health table shows each due date in view, on one line @phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/handbook/health/');
	const due = page.locator('table.hb-health tbody tr').first().locator('td').nth(1);
	await expect(due).toBeVisible();
	const box = await due.boundingBox();
	const table = await page.locator('table.hb-health').boundingBox();
	// In view: the cell ends inside the table's visible width, and a date takes one line.
	expect(box && table && box.x + box.width <= table.x + table.width + 1).toBe(true);
	const date = page.locator('table.hb-health tbody tr td.hb-date').nth(1);
	// One line of text gives one box; a wrapped date gives two.
	const lines = await date.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
	});
	expect(lines).toBe(1);
});

test('the health page lists what is due per owner, each with a link to edit it', async ({ page }) => {
	await page.goto('/handbook/health/');
	await expect(page.getByRole('heading', { name: 'Due for review, by owner' })).toBeVisible();
	// Each link says which page it edits, so a screen reader's list of links tells them apart.
	const edit = page.getByRole('link', { name: 'Edit or mark reviewed: Weekly operations review (Friday 4pm)' });
	await expect(edit).toHaveAttribute('href', '/admin/#/collections/runbooks/entries/weekly-operations-review');
});

test.describe('three customers at once', () => {
	const item = (page: import('@playwright/test').Page, name: string) => page.getByRole('checkbox', { name });

	test("customer #2's go-live ticks stay apart from customer #3's, and a whole row ticks its box @phone", async ({
		page,
	}) => {
		const watch = watchPage(page);
		await page.goto('/implementation/go-live/');
		const customer = page.getByLabel('Customer', { exact: true });
		await customer.selectOption('Customer #2');
		// Clicking the words of the row, not the box.
		await page
			.locator('li.task-list-item', { hasText: 'All integrations tested.' })
			.getByText('All integrations tested.')
			.click();
		await expect(item(page, 'All integrations tested.')).toBeChecked();
		const box = await item(page, 'All integrations tested.').boundingBox();
		expect(box!.width).toBeGreaterThanOrEqual(24);
		expect(box!.height).toBeGreaterThanOrEqual(24);
		await expect(page.locator('.hb-checklist-overall')).toContainText('for Customer #2');

		await customer.selectOption('Customer #3');
		await expect(item(page, 'All integrations tested.')).not.toBeChecked();
		await item(page, 'Data flowing in real time.').check();

		await page.reload();
		await expect(customer).toHaveValue('Customer #3');
		await expect(item(page, 'Data flowing in real time.')).toBeChecked();
		await expect(item(page, 'All integrations tested.')).not.toBeChecked();
		await customer.selectOption('Customer #2');
		await expect(item(page, 'All integrations tested.')).toBeChecked();
		await expect(item(page, 'Data flowing in real time.')).not.toBeChecked();
		expect(watch.errors).toEqual([]);
	});

	test('a customer added by name gets its own list', async ({ page }) => {
		await page.goto('/implementation/go-live/');
		await page.getByLabel('New customer').fill('Acme Logistics');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Acme Logistics');
		await item(page, 'Contract signed.').check();
		await page.reload();
		await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Acme Logistics');
		await expect(item(page, 'Contract signed.')).toBeChecked();
	});

	test('sign-off rows take a name and a date, and print with them', async ({ page }) => {
		await page.goto('/implementation/go-live/');
		await page.getByLabel('CTO: signed by').fill('Dana Reyes');
		await page.getByLabel('CTO: date').fill('2026-11-20');
		await item(page, 'CTO').check();
		await page.reload();
		await expect(page.getByLabel('CTO: signed by')).toHaveValue('Dana Reyes');
		await expect(page.getByLabel('CTO: date')).toHaveValue('2026-11-20');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('CTO: signed by')).toBeVisible();
		await expect(page.getByLabel('CTO: date')).toBeVisible();
		await expect(page.getByLabel('Customer', { exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Export progress' })).toBeHidden();
	});

	test('two tabs on one checklist merge instead of overwriting', async ({ context }) => {
		const a = await context.newPage();
		const b = await context.newPage();
		await a.goto('/implementation/go-live/');
		await b.goto('/implementation/go-live/');
		await item(a, 'All integrations tested.').check();
		await item(b, 'Historical data imported.').check();
		// Each tab sees the other's tick without a reload.
		await expect(item(a, 'Historical data imported.')).toBeChecked();
		await expect(item(b, 'All integrations tested.')).toBeChecked();
		await item(a, 'All integrations tested.').uncheck();
		await expect(item(b, 'All integrations tested.')).not.toBeChecked();
		const fresh = await context.newPage();
		await fresh.goto('/implementation/go-live/');
		await expect(item(fresh, 'Historical data imported.')).toBeChecked();
		await expect(item(fresh, 'All integrations tested.')).not.toBeChecked();
	});

	test('progress exports to a file and imports into another browser; a hostile file is refused in words', async ({
		page,
		browser,
	}, testInfo) => {
		await page.goto('/implementation/go-live/');
		await page.getByLabel('Customer', { exact: true }).selectOption('Customer #2');
		await item(page, 'Metrics accurate.').check();
		await page.getByLabel('CSM: signed by').fill('Sam Lee');
		await page.getByLabel('CSM: signed by').blur();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const file = testInfo.outputPath('progress.json');
		await (await download).saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ page: '/implementation/go-live/' });

		const other = await browser.newContext();
		const page2 = await other.newPage();
		const watch = watchPage(page2);
		await page2.goto('/implementation/go-live/');
		const hostile = testInfo.outputPath('hostile.json');
		writeFileSync(
			hostile,
			JSON.stringify({
				page: '/implementation/go-live/',
				customers: { '<img src=x onerror=alert(1)>': { t: { x: 1 }, s: {} } },
			}),
		);
		await page2.getByLabel('Import progress').setInputFiles(hostile);
		await expect(page2.locator('[data-import-status]')).toContainText('Not imported:');
		await expect(page2.locator('[data-import-status] img')).toHaveCount(0);
		await page2.getByLabel('Import progress').setInputFiles(file);
		await expect(page2.locator('[data-import-status]')).toContainText('Imported progress for');
		await page2.getByLabel('Customer', { exact: true }).selectOption('Customer #2');
		await expect(item(page2, 'Metrics accurate.')).toBeChecked();
		await expect(page2.getByLabel('CSM: signed by')).toHaveValue('Sam Lee');
		expect(watch.dialogs).toEqual([]);
		expect(watch.errors).toEqual([]);
		await other.close();
	});

	test('import refuses a file over 1 MB before reading it, in words', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/implementation/go-live/');
		await page.evaluate(() => {
			const w = window as unknown as { reads: number };
			w.reads = 0;
			const text = Blob.prototype.text;
			const arrayBuffer = Blob.prototype.arrayBuffer;
			Blob.prototype.text = function (this: Blob) {
				w.reads++;
				return text.call(this);
			};
			Blob.prototype.arrayBuffer = function (this: Blob) {
				w.reads++;
				return arrayBuffer.call(this);
			};
		});
		// 1,500,000 bytes = 1.5 MB.
		await page.getByLabel('Import progress').setInputFiles({
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: Buffer.alloc(1_500_000, ' '),
		});
		await expect(page.locator('[data-import-status]')).toHaveText(
			'Not imported: The file is 1.5 MB; a checklist export is at most 1 MB.',
		);
		expect(await page.evaluate(() => (window as unknown as { reads: number }).reads)).toBe(0);
		expect(watch.errors).toEqual([]);
	});

	test('import names every customer it stored, and says which ones full storage refused', async ({
		page,
	}, testInfo) => {
		const watch = watchPage(page);
		await page.goto('/implementation/go-live/');
		const tick = { t: { 'system-health:0abc123': [1, 1_764_000_000_000] }, s: {} };
		const file = testInfo.outputPath('three-customers.json');
		writeFileSync(
			file,
			JSON.stringify({
				page: '/implementation/go-live/',
				customers: { 'Acme Freight': tick, Beta: tick, Gamma: tick },
			}),
		);
		// Storage fills up after the first customer's progress is written.
		await page.evaluate(() => {
			const original = Storage.prototype.setItem;
			let progressWrites = 0;
			Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
				if (key.startsWith('hb-checklist:') && ++progressWrites > 1)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.call(this, key, value);
			};
		});
		await page.getByLabel('Import progress').setInputFiles(file);
		await expect(page.locator('[data-import-status]')).toHaveText(
			'Imported progress for 1 customer: “Acme Freight”. Not saved, because this browser refused to store more (its storage is full or turned off): “Beta”, “Gamma”. Free some space, then import the file again.',
		);
		await expect(page.getByRole('alert')).toContainText('Ticks will not be kept');
		const picker = page.getByLabel('Customer', { exact: true });
		await expect(picker.locator('option', { hasText: 'Acme Freight' })).toHaveCount(1);
		await expect(picker.locator('option', { hasText: /Beta|Gamma/ })).toHaveCount(0);

		// With room again, the same file imports all three by name.
		await page.reload();
		await page.getByLabel('Import progress').setInputFiles(file);
		await expect(page.locator('[data-import-status]')).toHaveText(
			'Imported progress for 3 customers: “Acme Freight”, “Beta”, “Gamma”.',
		);
		expect(watch.errors).toEqual([]);
	});

	test('when storage is unavailable the page says ticks will not be kept', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		await page.goto('/implementation/go-live/');
		await expect(page.getByRole('alert')).toContainText('Ticks will not be kept');
		await item(page, 'Contract signed.').check();
		await expect(item(page, 'Contract signed.')).toBeChecked();
	});
});

test.describe('a CSM working one customer', () => {
	const item = (page: import('@playwright/test').Page, name: string) =>
		page.getByRole('checkbox', { name, exact: true });
	const customer = (page: import('@playwright/test').Page) => page.getByLabel('Customer', { exact: true });

	test('customer #2 stays in view while working down the page @phone', async ({ page }) => {
		await page.goto('/implementation/go-live/');
		await customer(page).selectOption('Customer #2');
		for (const name of [
			'Record any issues.',
			'Issues encountered, resolutions applied and follow-up actions recorded.',
		]) {
			await item(page, name).scrollIntoViewIfNeeded();
			await item(page, name).check();
			await expect(customer(page)).toBeInViewport();
			await expect(customer(page)).toHaveValue('Customer #2');
			await expect(page.locator('.hb-checklist-overall')).toBeInViewport();
			await expect(page.locator('.hb-checklist-overall')).toContainText('for Customer #2');
		}
		// The bar covers no row it sits over: the row just ticked is still in view below it.
		const bar = await page.locator('[data-checklist-bar]').boundingBox();
		const row = await item(
			page,
			'Issues encountered, resolutions applied and follow-up actions recorded.',
		).boundingBox();
		expect(row!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
	});

	test('every printed page names the customer and the print date', async ({ page }) => {
		await page.goto('/implementation/go-live/');
		await customer(page).selectOption('Customer #2');
		await item(page, 'All integrations tested.').check();
		await page.emulateMedia({ media: 'print' });
		await expect(customer(page)).toBeVisible();
		const pages = pdfPageTexts(await page.pdf({ format: 'Letter' }));
		test.skip(pages === null, 'pdftotext (Debian poppler-utils) is not installed');
		expect(pages!.length).toBeGreaterThan(1);
		for (const [n, text] of pages!.entries()) {
			expect(text, `page ${n + 1}`).toContain('Customer #2 · Go-live readiness');
			expect(text, `page ${n + 1}`).toMatch(/Printed \d{4}-\d{2}-\d{2}/);
		}
	});

	test('a sign-off is done when its name and date are recorded, not by a tick alone', async ({ page }) => {
		await page.goto('/implementation/go-live/');
		await customer(page).selectOption('Customer #2');
		const overall = page.locator('.hb-checklist-overall');
		await expect(overall).toContainText('This page: 0 of');
		// A tick alone asks for the name, and today's date is filled in.
		await item(page, 'CTO').click();
		await expect(page.getByLabel('CTO: signed by')).toBeFocused();
		await expect(overall).toContainText('Type who signed "CTO" to sign it off.');
		await expect(page.getByLabel('CTO: date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
		await expect(item(page, 'CTO')).not.toBeChecked();
		await page.getByLabel('CTO: signed by').fill('Dana Reyes');
		await page.getByLabel('CTO: signed by').blur();
		await expect(item(page, 'CTO')).toBeChecked();
		await expect(overall).toContainText('This page: 1 of');
		// Name and date typed without touching the box sign too.
		await page.getByLabel('CSM: signed by').fill('Sam Lee');
		await page.getByLabel('CSM: date').fill('2026-11-20');
		await page.getByLabel('CSM: date').blur();
		await expect(item(page, 'CSM')).toBeChecked();
		await expect(overall).toContainText('This page: 2 of');
		// Unticking withdraws the sign-off.
		await item(page, 'CSM').uncheck();
		await expect(page.getByLabel('CSM: signed by')).toHaveValue('');
		await expect(overall).toContainText('This page: 1 of');
	});

	test("customer #2's progress across the implementation, linked from each page and read from the same ticks", async ({
		page,
	}) => {
		await page.goto('/implementation/kickoff/');
		await customer(page).selectOption('Customer #2');
		await page.getByRole('checkbox', { name: /current-state documentation/ }).check();
		await page.goto('/implementation/go-live/');
		await expect(customer(page)).toHaveValue('Customer #2');
		await item(page, 'All integrations tested.').check();
		await page.getByLabel('CTO: signed by').fill('Dana Reyes');
		await page.getByLabel('CTO: date').fill('2026-11-20');
		await page.getByLabel('CTO: date').blur();
		const link = page.getByRole('link', { name: 'Customer #2: progress across the implementation' });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/implementation\/progress\/\?customer=Customer\+%232$/);
		const total = page.locator('[data-progress-total]');
		await expect(total).toContainText(
			/^Customer #2: 3 of \d+ done across the implementation; \d+ sign-offs open; next due: Day 1 \(Kickoff/,
		);
		const rows = page.locator('[data-progress-page]');
		await expect(rows).toHaveCount(9);
		const goLive = page.getByRole('row', { name: /Go-live readiness/ });
		await expect(goLive).toContainText(/2 of 48 done/);
		await expect(page.getByRole('row', { name: /Kickoff/ })).toContainText('1 of 27 done');
		// Customer #3 has none of it.
		await page.getByLabel('Customer', { exact: true }).selectOption('Customer #3');
		await expect(goLive).toContainText('0 of 48 done');
		await expect(total).toContainText('Customer #3: 0 of');
		// Every implementation checklist links here.
		for (const href of await rows.evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.progressPage!))) {
			await page.goto(href);
			await expect(page.locator('a[data-progress-link]')).toHaveAttribute(
				'href',
				/\/implementation\/progress\/\?customer=/,
			);
		}
	});

	test("a new hire's reading list is their own: no customer picker, no customer in its words", async ({ page }) => {
		await page.goto('/start/getting-started/');
		const overall = page.locator('.hb-checklist-overall');
		await expect(overall).toContainText('Your own list');
		await expect(overall).not.toContainText('Customer');
		await expect(customer(page)).toBeHidden();
		await expect(page.getByLabel('New customer')).toBeHidden();
		const first = page.locator('li.task-list-item input[type="checkbox"]').first();
		await first.check();
		await page.reload();
		await expect(page.locator('li.task-list-item input[type="checkbox"]').first()).toBeChecked();
		await expect(overall).toContainText('This page: 1 of');
	});
});
