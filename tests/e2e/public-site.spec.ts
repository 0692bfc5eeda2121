// The public site (npm run build:public, served beside the internal build by
// playwright.config.ts) as an outsider finds it: a home page that leads to the
// ROI estimate and its method, and nothing of the handbook.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { hydrated, watchPage } from './helpers';

const PUBLIC_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4398) + 1}`;

test.describe('the public site', () => {
	test('a prospect goes from the home page to the ROI estimate and to how it is calculated @phone', async ({
		page,
	}) => {
		const watch = watchPage(page);
		await page.goto(`${PUBLIC_URL}/`);
		await expect(page).toHaveTitle('TAI Autonomics');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'What would TAI Autonomics return for your business?',
		);
		// No handbook chrome: no search, sidebar or theme picker, and only the two ways to the estimate.
		await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
		await expect(page.locator('#starlight__sidebar, starlight-theme-select')).toHaveCount(0);
		const links = await page
			.locator('a')
			.evaluateAll((as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + (a as HTMLAnchorElement).hash),
			);
		expect(links).toEqual(['/', '/calculators/roi/', '/calculators/roi/#how-this-is-calculated']);
		for (const link of await page.locator('a').all()) {
			const box = (await link.boundingBox())!;
			expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);

		await page.getByRole('link', { name: 'Estimate your ROI' }).click();
		await expect(page).toHaveURL(`${PUBLIC_URL}/calculators/roi/`);
		await hydrated(page);
		await expect(page.locator('[data-result="npv"]').first()).toHaveText('$285,721'); // the default prospect, tests/unit/lib/calculators/roi.test.ts

		await page.goBack();
		await page.getByRole('link', { name: 'How the estimate is calculated' }).click();
		await expect(page.getByRole('heading', { name: 'How this is calculated' })).toBeInViewport();
		expect(watch.errors).toEqual([]);
	});

	test('keyboard: Tab reaches the estimate link right after the name and Enter opens it', async ({ page }) => {
		await page.goto(`${PUBLIC_URL}/`);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'TAI Autonomics' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Estimate your ROI' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`${PUBLIC_URL}/calculators/roi/`);
	});

	test('holds nothing of the handbook: its pages answer 404, the sitemap lists two pages, the search index holds only the estimate', async ({
		page,
		request,
	}) => {
		for (const path of [
			'/plans/hiring-plan/',
			'/plans/phase-2/',
			'/runbooks/incident-response/',
			'/reference/source-notes/',
			'/handbook/changes/',
			'/metrics/',
			'/rss.xml',
			'/admin/',
		])
			expect((await request.get(`${PUBLIC_URL}${path}`)).status(), path).toBe(404);
		const sitemap = await (await request.get(`${PUBLIC_URL}/sitemap-0.xml`)).text();
		expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)).toEqual([
			'/',
			'/calculators/roi/',
		]);
		expect(await (await request.get(`${PUBLIC_URL}/robots.txt`)).text()).toMatch(/^Sitemap: \S+\/sitemap-index\.xml$/m);

		// The 404 page leads to the estimate and back home, and offers no search of a handbook that is not there.
		await page.goto(`${PUBLIC_URL}/plans/hiring-plan/`);
		await expect(page).toHaveTitle('Page not found | TAI Autonomics');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Estimate your ROI' })).toHaveAttribute('href', '/calculators/roi/');
		await page.getByRole('link', { name: 'Home page' }).click();
		await expect(page).toHaveURL(`${PUBLIC_URL}/`);

		// The prospect view has TAI's own header and no search; the index a host could still serve holds that one page.
		await page.goto(`${PUBLIC_URL}/calculators/roi/`);
		await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
		const entry = (await (await request.get(`${PUBLIC_URL}/pagefind/pagefind-entry.json`)).json()) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);
	});

	test('the home and 404 pages pass axe in both themes @phone', async ({ page }) => {
		const failures: string[] = [];
		for (const scheme of ['light', 'dark'] as const)
			for (const path of ['/', '/no-such-page/']) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(`${PUBLIC_URL}${path}`);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
				for (const v of results.violations)
					if (v.impact === 'serious' || v.impact === 'critical') failures.push(`${scheme} ${path}: ${v.id}`);
			}
		expect(failures).toEqual([]);
	});
});
