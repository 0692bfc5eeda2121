import { expect, test } from '@playwright/test';
import { hydrated } from './helpers';

// Journeys of each calculator live in roi.spec.ts, bant.spec.ts and runway.spec.ts.
test('dark theme on a phone renders the calculator without overflow @phone', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/calculators/bant/');
	await hydrated(page);
	await expect(page.locator('[data-calculator="bant"]')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
});
