import { expect, test, type Page } from '@playwright/test';

// Cumulative layout shift of a fresh load, summed from layout-shift entries
// (shifts right after input do not count, as in the CLS metric).
async function observeShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __cls: number; __sources: string[] };
		w.__cls = 0;
		w.__sources = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				w.__cls += entry.value;
				for (const s of entry.sources ?? [])
					w.__sources.push(
						`${entry.value.toFixed(3)} ${(s.node as Element | undefined)?.className ?? s.node?.nodeName}`,
					);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

async function loadShift(page: Page, path: string): Promise<{ cls: number; sources: string[] }> {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	return page.evaluate(() => {
		const w = window as unknown as { __cls: number; __sources: string[] };
		return { cls: w.__cls, sources: w.__sources };
	});
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
		await observeShifts(page);
		const worst: string[] = [];
		// Two loads a page: the table-of-contents shift only showed on some loads.
		for (const path of [...PAGES, ...PAGES]) {
			const { cls, sources } = await loadShift(page, path);
			if (cls !== 0) worst.push(`${path}: ${cls.toFixed(3)} (${sources.join(', ')})`);
		}
		expect(worst).toEqual([]);
	});
});
