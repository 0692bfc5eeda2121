import { expect, test, type Page } from '@playwright/test';
import { resultTitles, search, watchPage } from './helpers';

const dialog = (page: Page) => page.locator('dialog.hb-search');
const status = (page: Page) => dialog(page).locator('[data-search-status]');

test.describe('finding answers by search', () => {
	test('home → search "severity levels" → incident response', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto('/');
		await search(page, 'severity levels');
		await expect.poll(async () => (await resultTitles(page))[0]).toContain('Incident response');
		await dialog(page).locator('.hb-result-title').first().click();
		await expect(page).toHaveURL(/\/runbooks\/incident-response\//);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident response');
		expect(watch.errors).toEqual([]);
	});

	for (const [query, expected] of [
		['kickoff agenda', 'Kickoff'],
		['equity', 'Hiring plan'],
		['runway', 'Burn and runway'],
		['go-live', 'Go-live'],
	] as const) {
		test(`"${query}" puts ${expected} in the top three`, async ({ page }) => {
			await page.goto('/');
			await search(page, query);
			await expect.poll(async () => (await resultTitles(page)).slice(0, 3).join(' | ')).toContain(expected);
		});
	}

	test('each result shows the kind of page, and excerpts leave out the owner line', async ({ page }) => {
		await page.goto('/');
		await search(page, 'severity levels');
		await expect(dialog(page).locator('.hb-result-title').first()).toContainText('Runbook');
		const excerpts = await dialog(page).locator('.hb-result-excerpt').allTextContents();
		expect(excerpts.length).toBeGreaterThan(0);
		for (const e of excerpts) expect(e).not.toMatch(/Owner\s*[A-Z]|For\s*(Customer|CEO|CTO)|Last reviewed/);
	});

	test("excerpts leave out a checklist's own controls: the customer bar and the progress lines", async ({ page }) => {
		await page.goto('/');
		await search(page, 'customer onboarding');
		await expect.poll(async () => (await resultTitles(page)).join(' | ')).toContain('Customer onboarding');
		const excerpts = await dialog(page).locator('.hb-result-excerpt').allTextContents();
		expect(excerpts.length).toBeGreaterThan(0);
		for (const e of excerpts) expect(e).not.toMatch(/Customer #\d|This page:|\d+ of \d+ done|progress across the/);
	});

	test('a FAQ answer opens at its own heading from search', async ({ page }) => {
		await page.goto('/');
		await search(page, 'feature requests that don’t fit the roadmap');
		const link = dialog(page).locator('a[href*="/reference/faq/#"]').first();
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/reference\/faq\/#/);
	});

	test('search narrows to runbooks with the kind filter', async ({ page }) => {
		await page.goto('/');
		await search(page, 'customer');
		await expect.poll(async () => (await resultTitles(page)).some((t) => !t.includes('Runbook'))).toBe(true);
		// The filters are one click away.
		await dialog(page).getByText('Filters', { exact: true }).click();
		await dialog(page)
			.getByRole('checkbox', { name: /^Runbook/ })
			.check();
		await expect(async () => {
			const titles = await resultTitles(page);
			expect(titles.length).toBeGreaterThan(0);
			for (const t of titles) expect(t).toContain('Runbook');
		}).toPass({ timeout: 10_000 });
		await expect(dialog(page).getByRole('button', { name: /Remove filter Kind: Runbook/ })).toBeVisible();
	});
});

test.describe('search never strands a reader', () => {
	test('"/" and Ctrl+K open search on a content page, "/" typed in a field does not', async ({ page }) => {
		await page.goto('/reference/glossary/');
		await page.keyboard.press('/');
		await expect(dialog(page)).toBeVisible();
		await expect(dialog(page).locator('[data-search-input]')).toBeFocused();
		await page.keyboard.type('/x');
		await expect(dialog(page).locator('[data-search-input]')).toHaveValue('/x');
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await page.keyboard.press('Control+k');
		await expect(dialog(page)).toBeVisible();
		await page.keyboard.press('Control+k');
		await expect(dialog(page)).toBeHidden();
	});

	test('Pagefind loads only when search is first opened', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto('/reference/glossary/');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1500);
		expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		await page.keyboard.press('/');
		await expect.poll(() => requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
	});

	test('filters are one click away before typing, and a forgotten filter is named with a one-click clear', async ({
		page,
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).first().click();
		const checklist = dialog(page).getByRole('checkbox', { name: /^Checklist/ });
		await expect(checklist).toBeHidden();
		await dialog(page).getByText('Filters', { exact: true }).click();
		await expect(checklist).toBeVisible();
		await checklist.check();
		await expect(status(page)).toContainText(/\d+ pages? with the filters Kind: Checklist/);
		await dialog(page).locator('[data-search-input]').fill('runway');
		await expect(status(page)).toContainText('No results with the filters Kind: Checklist');
		await expect(status(page)).toContainText(/Without filters: \d+ pages/);
		// Counts beside the values say where the results are, not 0 everywhere.
		await expect(dialog(page).getByRole('checkbox', { name: /^Calculator \([1-9]/ })).toBeVisible();
		await status(page).getByRole('button', { name: 'Clear filters' }).click();
		await expect(checklist).not.toBeChecked();
		await expect.poll(async () => (await resultTitles(page)).join(' | ')).toContain('Burn and runway');
	});

	for (const [a, b, page] of [
		['MTTR', 'mean time to recovery', 'Incident response'],
		['ARR', 'annual recurring revenue', 'Monthly financial close'],
		['SLO', 'service level objective', 'Infrastructure capacity'],
		['p95', '95th percentile', 'Infrastructure capacity'],
	] as const) {
		test(`"${a}" and "${b}" both find ${page}`, async ({ page: p }) => {
			await p.goto('/');
			for (const q of [a, b]) {
				await search(p, q);
				await expect.poll(async () => (await resultTitles(p)).join(' | '), { message: q }).toContain(page);
				await p.keyboard.press('Escape');
			}
		});
	}

	test('a form the handbook never uses still finds the term through its synonyms ("SOC2")', async ({ page }) => {
		await page.goto('/');
		await search(page, 'SOC2');
		await expect.poll(async () => (await resultTitles(page)).join(' | ')).toContain('Compliance framework');
	});

	test('a sentence with an absent word is searched again with the words that matter, and says so', async ({ page }) => {
		await page.goto('/');
		await search(page, 'what if the customer cannot provide baseline data');
		// The question's phrasing is left out first, and the status line names it.
		await expect(status(page)).toContainText('“customer provide baseline data”');
		await expect(status(page)).toContainText('left out: what, if, the, cannot');
		await expect.poll(async () => (await resultTitles(page)).join(' | ')).toMatch(/Baseline|Escalation/);
	});

	test('the home page is a front door: its search box opens search, and it lists roles, calculators and reviews @phone', async ({
		page,
	}) => {
		await page.goto('/');
		for (const name of ['Read by role', 'Calculators', 'Due for review', 'Recently reviewed'])
			await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
		await page.getByRole('button', { name: /Search the handbook/ }).click();
		await expect(dialog(page)).toBeVisible();
		await expect(dialog(page).locator('[data-search-input]')).toBeFocused();
		await page.keyboard.type('kickoff');
		await expect.poll(async () => (await resultTitles(page)).join(' | ')).toContain('Kickoff');
	});

	test('search on a phone: button, collapsed filters, result opens its page @phone', async ({ page }) => {
		await page.goto('/runbooks/incident-response/');
		await page.getByRole('button', { name: 'Search' }).first().click();
		await expect(dialog(page).locator('details').first()).toBeVisible();
		await expect(dialog(page).locator('details.hb-search-filters')).not.toHaveAttribute('open');
		await dialog(page).locator('[data-search-input]').fill('MTTR');
		const first = dialog(page).locator('.hb-result-title').first();
		await expect(first).toBeVisible();
		const box = (await first.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(24);
		expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
		await first.click();
		await expect(dialog(page)).toBeHidden();
	});
});

test.describe('a new employee asks plain questions', () => {
	// Each question, as typed, finds its page among the first three results. The mechanism is the question
	// vocabulary in content/data/synonyms.yaml and the relaxed query (src/lib/search/), not one rule per question.
	for (const [question, expected] of [
		['who do I escalate a P1 to', /Incident response|Escalation paths/],
		['how much does a CSM earn', /Hiring plan/],
		['what does an engineer get paid?', /Hiring plan/],
		['How do we onboard a customer?', /Customer onboarding/],
		['how long is our runway', /Burn and runway/],
		['can a customer get a refund', /Admin and finance/],
		['where are the contract templates', /Compliance framework|Admin and finance/],
		['who owns the BANT rubric', /BANT/],
		['when is the weekly operations review', /Weekly operations review/],
		['what should I read first as a new hire', /For a new hire|Getting started/],
		['how do I close the books at month end', /Monthly financial close/],
		['what if go-live fails', /Escalation paths|Go-live/],
		['how fast must a proposal go out', /Proposal generation/],
		['what is our uptime target', /Infrastructure capacity/],
		['what happens when production is down', /Incident response/],
	] as const) {
		test(`"${question}" finds ${expected.source} in the top three`, async ({ page }) => {
			await page.goto('/');
			await search(page, question);
			await expect
				.poll(async () => (await resultTitles(page)).slice(0, 3).join(' | '), { message: question })
				.toMatch(expected);
		});
	}

	test('the status line says which words were searched for which', async ({ page }) => {
		await page.goto('/');
		await search(page, 'how much does a CSM earn');
		await expect(status(page)).toContainText('“csm salary” (earn → salary; left out: how, much, does, a)');
		await expect.poll(async () => (await resultTitles(page))[0]).toContain('Hiring plan');
	});

	test('results start in the first screen, with the filters closed and one click away @phone', async ({ page }) => {
		await page.goto('/');
		await search(page, 'runway');
		const filters = dialog(page).locator('details.hb-search-filters');
		await expect(filters).toBeVisible();
		await expect(filters).not.toHaveAttribute('open');
		const first = dialog(page).locator('.hb-result-title').first();
		await expect(first).toBeInViewport();
		const top = (await first.boundingBox())!.y;
		expect(top).toBeLessThan(Math.min(260, page.viewportSize()!.height / 3));
		await filters.locator(':scope > summary').click();
		await expect(dialog(page).getByRole('checkbox', { name: /^Calculator/ })).toBeVisible();
	});

	test('an excerpt from a table reads cell by cell', async ({ page }) => {
		await page.goto('/');
		// A table's header cells come back apart, then its rows: the hiring plan's salary table.
		await search(page, 'role salary range equity');
		await expect.poll(async () => (await resultTitles(page))[0]).toContain('Hiring plan');
		const excerpt = await dialog(page).locator('.hb-result-excerpt').first().textContent();
		expect(excerpt).not.toMatch(/RoleSalary|rangeEquity|\)Equity/);
		await dialog(page).locator('[data-search-input]').fill('role salary range equity');
		await expect.poll(async () => (await resultTitles(page))[0]).toContain('Hiring plan');
		await expect(dialog(page).locator('.hb-result-excerpt').first()).toContainText(
			'Role · Salary range (a year) · Equity.',
		);
	});
});

test('pages are served with the security and caching headers of public/_headers', async ({ request }) => {
	const page = await request.get('/reference/glossary/');
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
	expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(page.headers()['cache-control']).toContain('must-revalidate');
	const html = await page.text();
	const asset = html.match(/\/_astro\/[^"]+\.css/)?.[0];
	expect(asset).toBeDefined();
	expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
});
