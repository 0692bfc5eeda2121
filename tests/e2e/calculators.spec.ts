import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// Journeys of each calculator live in roi.spec.ts, bant.spec.ts and runway.spec.ts.
for (const path of [
	'/calculators/bant/',
	'/calculators/roi/',
	'/calculators/runway/',
	'/implementation/value-realization/',
	'/runbooks/proposal-generation/',
]) {
	test(`dark theme on a phone: ${path} never scrolls sideways @phone`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		await hydrated(page);
		await expect(page.locator('[data-calculator]').first()).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(1);
	});
}
