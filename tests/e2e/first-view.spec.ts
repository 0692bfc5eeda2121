import { expect, test, type Page } from '@playwright/test';
import { layoutShifts, observeLayoutShifts } from './helpers';

async function loadShift(page: Page, path: string): Promise<{ cls: number; sources: string[] }> {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	return layoutShifts(page);
}

const PAGES = [
	'/',
	'/runbooks/incident-response/',
	'/runbooks/customer-onboarding/',
	'/implementation/kickoff/',
	'/plans/hiring-plan/',
	'/reference/glossary/',
	'/calculators/roi/',
];

test.describe('first view', () => {
	test('no load shifts the layout at all (desktop and phone) @phone', async ({ page }) => {
		await observeLayoutShifts(page);
		const worst: string[] = [];
		// Two loads a page: the table-of-contents shift only showed on some loads.
		for (const path of [...PAGES, ...PAGES]) {
			const { cls, sources } = await loadShift(page, path);
			if (cls !== 0) worst.push(`${path}: ${cls.toFixed(3)} (${sources.join(', ')})`);
		}
		expect(worst).toEqual([]);
	});
});
