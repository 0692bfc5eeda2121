import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { copiedText, watchPage } from './helpers';

// Two people acting on the handbook under pressure: an engineer on call at
// night, and a new CSM who must get 13 documents signed.
test.describe('on call at 3 a.m.', () => {
	test('from the home page: who to call, how severe, where to record, and what is not written yet @phone', async ({
		page,
	}) => {
		const watch = watchPage(page);
		await page.goto('/');
		await page.getByRole('link', { name: /Respond to an incident/ }).click();
		await expect(page).toHaveURL(/\/runbooks\/incident-response\/$/);

		// Who to call: the intro's first link jumps to the on-call box.
		await page.getByRole('main').getByRole('link', { name: 'who is on call', exact: true }).click();
		const onCall = page.locator('.hb-oncall');
		await expect(onCall).toBeInViewport();
		await expect(onCall.locator('[data-duty="incident-lead"]')).toContainText(/^CEO: standing in for the CTO/);
		await expect(onCall).toContainText('backend contractors');
		await expect(page.locator('#gap-on-call-rota')).toContainText('Owed by');

		// Who next, and by when.
		const chain = page.locator('table', { has: page.getByRole('columnheader', { name: 'Within' }) });
		await expect(chain.getByRole('row', { name: /Confirm the impact/ })).toContainText('5 minutes');
		await expect(chain.getByRole('row', { name: /Tell affected customers/ })).toContainText('10 minutes');

		// How severe: a critical incident has targets; the others say whose they are.
		const severity = page.locator('table', { has: page.getByRole('columnheader', { name: 'Response target' }) });
		await expect(severity.getByRole('row', { name: /^Critical P0/ })).toContainText('acknowledged in 1 minute');
		await expect(severity.getByRole('row', { name: /^High P1/ })).toContainText('Not written yet');
		await expect(severity.getByRole('row', { name: /^High P1/ })).toContainText('owed by CTO / VP Engineering');

		// Where to record it: the incident log template, ready to copy.
		const log = page.locator('[data-template="incident-log"]');
		expect(await copiedText(log, 'Copy as Markdown', 'Copied.')).toContain(
			'| Detect: alert or report acknowledged | 0-1 min |',
		);

		// A step that is not written: the inline marker leads to the box saying whose it is.
		await page.getByRole('link', { name: 'Roll back a deployment' }).first().click();
		await expect(page).toHaveURL(/#gap-rollback-commands$/);
		const gap = page.locator('#gap-rollback-commands');
		await expect(gap).toBeInViewport();
		await expect(gap).toContainText('Owed by');
		await expect(gap).toContainText('CTO / VP Engineering');
		await expect(gap.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
		expect(watch.errors).toEqual([]);
	});

	test('the health page lists the runbook’s missing steps under the CTO', async ({ page }) => {
		await page.goto('/handbook/health/');
		const cto = page.locator('section', { has: page.locator('#gaps-cto') });
		for (const id of ['rollback-commands', 'restore-from-backup', 'monitoring-dashboards', 'alert-thresholds'])
			await expect(cto.locator(`[data-gap-row="${id}"]`)).toBeVisible();
		await cto.locator('[data-gap-row="restore-from-backup"] a').click();
		await expect(page).toHaveURL(/\/runbooks\/incident-response\/#gap-restore-from-backup$/);
	});

	test('the runbook and the sign-off templates pass axe in both themes', async ({ page }) => {
		test.setTimeout(120_000);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			for (const path of ['/runbooks/incident-response/', '/implementation/sign-off-templates/', '/handbook/health/']) {
				await page.goto(path);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
				const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
				expect(serious.map((v) => `${scheme} ${path}: ${v.id}`)).toEqual([]);
			}
		}
	});
});

test.describe('a new CSM gets the paperwork signed', () => {
	test('every document on the sign-off tracker opens a template with its signature lines @phone', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/');
		await page.getByRole('link', { name: /Implement a customer/ }).click();
		await page.getByRole('main').getByRole('link', { name: 'sign-off tracker' }).click();
		await expect(page).toHaveURL(/\/implementation\/sign-off-tracker\/$/);

		const rows = page.locator('tr[data-signoff-template]');
		await expect(rows).toHaveCount(13);
		const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-signoff-template')!));

		// The go-live readiness sign-off: four signatures, and the CEO if escalated.
		await rows.filter({ hasText: 'Go-live readiness' }).getByRole('link', { name: 'Template' }).click();
		await expect(page).toHaveURL(/\/implementation\/sign-off-templates\/#go-live-readiness-sign-off$/);
		const golive = page.locator('[data-template="go-live-readiness-sign-off"]');
		await expect(golive.getByRole('heading', { name: 'Go-live readiness sign-off' })).toBeInViewport();
		const copied = await copiedText(golive, 'Copy as Markdown', 'Copied.');
		for (const signer of ['CTO:', 'CSM:', 'VP Sales:', 'Customer sponsor:', 'CEO (if escalated):'])
			expect(copied).toContain(signer);

		// Every other document has its template on the same page, with an owner and a signature line.
		for (const id of ids) {
			const template = page.locator(`[data-template="${id}"]`);
			await expect(template, id).toHaveCount(1);
			await expect(template.locator('pre'), id).toContainText(/Owners?: /);
			await expect(template.locator('pre'), id).toContainText(/_{6,} Date: _{4,}/);
		}
		expect(watch.errors).toEqual([]);
	});
});
