// How search loads: nothing before the reader shows the intent to search;
// on intent, the dialog's code, Pagefind and the question vocabulary at once;
// the box takes typing before any of it has arrived; and a query fetches the
// excerpts (Pagefind fragments) of the results it shows, not of every result.
// Proven by the requests a page makes, not by timings.
import { expect, test, type Page, type Request } from '@playwright/test';

const dialog = (page: Page) => page.locator('dialog.hb-search');
const input = (page: Page) => dialog(page).locator('[data-search-input]');
const results = (page: Page) => dialog(page).locator('.hb-result-title');
const searchButton = (page: Page) => page.getByRole('button', { name: 'Search' }).first();

function recordRequests(page: Page) {
	const urls: string[] = [];
	page.on('request', (r: Request) => urls.push(new URL(r.url()).pathname));
	return {
		urls,
		pagefind: () => urls.filter((u) => u.includes('/pagefind/')),
		fragments: () => urls.filter((u) => u.includes('/pagefind/fragment/')),
		dialogCode: () => urls.filter((u) => /searchDialog/.test(u)),
		vocabulary: () => urls.filter((u) => u.endsWith('/search-vocabulary.json')),
	};
}

/** Holds Pagefind's module back until the returned function is called. */
async function holdPagefind(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/pagefind.js', async (route) => {
		await held;
		await route.continue();
	});
	return () => release();
}

test.describe('search loads on intent', () => {
	test('a page loads nothing of search until the reader points at the search button', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto('/runbooks/incident-response/');
		await page.waitForLoadState('networkidle');
		// Scrolling and reading are no intent to search.
		await page.mouse.wheel(0, 600);
		await page.waitForLoadState('networkidle');
		expect(requests.pagefind()).toEqual([]);
		expect(requests.dialogCode()).toEqual([]);
		expect(requests.vocabulary()).toEqual([]);

		// A pointer over the button, without a click: everything starts, and the dialog stays closed.
		await searchButton(page).hover();
		await expect.poll(() => requests.pagefind()).toContain('/pagefind/pagefind.js');
		await expect.poll(() => requests.dialogCode().length).toBeGreaterThan(0);
		await expect.poll(() => requests.vocabulary().length).toBe(1);
		await expect(dialog(page)).toBeHidden();
		// Pagefind is initialised (its index metadata read) before the reader has clicked.
		await expect.poll(() => requests.pagefind().some((u) => u.endsWith('.pf_meta'))).toBe(true);
	});

	test('focus on the search button is intent too', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto('/reference/glossary/');
		await page.waitForLoadState('networkidle');
		expect(requests.pagefind()).toEqual([]);
		await searchButton(page).focus();
		await expect.poll(() => requests.pagefind()).toContain('/pagefind/pagefind.js');
		await expect(dialog(page)).toBeHidden();
	});

	test('the dialog code and the vocabulary load beside Pagefind, not after it', async ({ page }) => {
		const requests = recordRequests(page);
		// Pagefind is held back: what loads beside it is requested all the same.
		const release = await holdPagefind(page);
		await page.goto('/reference/glossary/');
		await page.waitForLoadState('networkidle');
		await searchButton(page).hover();
		await expect.poll(() => requests.dialogCode().length).toBeGreaterThan(0);
		await expect.poll(() => requests.vocabulary().length).toBe(1);
		expect(requests.pagefind()).toEqual(['/pagefind/pagefind.js']);
		release();
	});

	test('the box opens and takes typing at once; results follow when Pagefind arrives @phone', async ({ page }) => {
		const release = await holdPagefind(page);
		await page.goto('/reference/glossary/');
		await searchButton(page).click();
		await expect(input(page)).toBeFocused();
		await page.keyboard.type('incident');
		await expect(input(page)).toHaveValue('incident');
		await expect(dialog(page).locator('[data-search-status]')).toHaveText('Loading search…');
		// The closed "Filters" disclosure is there from the start, so nothing moves when results come.
		await expect(dialog(page).locator('details.hb-search-filters > summary')).toHaveText('Filters');
		await expect(results(page)).toHaveCount(0);
		release();
		await expect(results(page).first()).toContainText('Incident response');
	});
});

test.describe('search fetches what it shows', () => {
	test('a query fetches one fragment for each result shown, five at first, more on request', async ({ page }) => {
		const requests = recordRequests(page);
		// Tall enough that "Show more results" is in view without scrolling (scrolling to it shows more by itself).
		await page.setViewportSize({ width: 1366, height: 1600 });
		await page.goto('/');
		await searchButton(page).click();
		await input(page).fill('customer');
		await expect(results(page).first()).toBeVisible();
		await expect(dialog(page).locator('[data-search-status]')).toContainText(/^\d+ pages/);
		const found = Number((await dialog(page).locator('[data-search-status]').textContent())!.match(/^(\d+)/)![1]);
		expect(found).toBeGreaterThan(10);
		await expect(results(page)).toHaveCount(5);
		await page.waitForLoadState('networkidle');
		expect(requests.fragments()).toHaveLength(5);

		// "Show more results" adds the next five, fetching five more fragments.
		await dialog(page).getByRole('button', { name: 'Show more results' }).click();
		await expect(results(page)).toHaveCount(10);
		await page.waitForLoadState('networkidle');
		expect(requests.fragments()).toHaveLength(10);
		expect(new Set(requests.fragments()).size).toBe(10);
	});

	test('scrolling to the end of the results shows the next ones', async ({ page }) => {
		const requests = recordRequests(page);
		await page.setViewportSize({ width: 1366, height: 600 });
		await page.goto('/');
		await searchButton(page).click();
		await input(page).fill('customer');
		await expect(results(page)).toHaveCount(5);
		await dialog(page)
			.locator('.hb-search-frame')
			.evaluate((frame) => frame.scrollTo(0, frame.scrollHeight));
		await expect(results(page)).toHaveCount(10);
		await page.waitForLoadState('networkidle');
		expect(requests.fragments()).toHaveLength(await results(page).count());
	});

	test('a query with few results fetches no more fragments than it shows', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto('/');
		await searchButton(page).click();
		await input(page).fill('kickoff agenda');
		await expect(results(page).first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		const shown = await results(page).count();
		expect(shown).toBeLessThanOrEqual(5);
		expect(requests.fragments().length).toBeLessThanOrEqual(shown);
	});
});
