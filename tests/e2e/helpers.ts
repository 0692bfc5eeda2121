import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Fails the test on any uncaught page error or dialog (an executed alert() would open one). */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text());
	});
	page.on('dialog', async (d) => {
		dialogs.push(`${d.type()}: ${d.message()}`);
		await d.dismiss();
	});
	return { errors, dialogs };
}

export async function search(page: Page, query: string) {
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.locator('dialog.hb-search [data-search-input]');
	await input.waitFor();
	await input.fill(query);
	// Results render in two steps (status, then titles): wait for a title link.
	await page.locator('dialog.hb-search .hb-result-title').first().waitFor({ timeout: 15_000 });
}

export async function resultTitles(page: Page): Promise<string[]> {
	return page.locator('dialog.hb-search .hb-result-title').allTextContents();
}

/** Waits until every island on the page has hydrated (Astro removes the ssr attribute), so clicks and typing reach Preact. */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/**
 * The text of each page of a PDF, by poppler's pdftotext (Debian's poppler-utils),
 * or null when it is not installed.
 */
export function pdfPageTexts(pdf: Buffer): string[] | null {
	const dir = mkdtempSync(join(tmpdir(), 'hb-pdf-'));
	const file = join(dir, 'page.pdf');
	writeFileSync(file, pdf);
	try {
		return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
			.split('\f')
			.filter((p) => p.trim() !== '');
	} catch {
		return null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Sums the layout shifts of every load in `target` (a page or a whole context) as the CLS metric does:
 * layout-shift entries, buffered from the start of the load, leaving out those right after input.
 * Read the sum and the shifted elements with `layoutShifts(page)`.
 */
export async function observeLayoutShifts(target: Page | BrowserContext) {
	await target.addInitScript(() => {
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
				for (const s of entry.sources ?? []) {
					const node = s.node as Element | undefined;
					w.__sources.push(
						`${entry.value.toFixed(4)} ${node?.nodeName ?? '?'}${node?.className ? `.${node.className}` : ''}`,
					);
				}
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shift summed so far on the page's current load, and the elements that moved. */
export function layoutShifts(page: Page): Promise<{ cls: number; sources: string[] }> {
	return page.evaluate(() => {
		const w = window as unknown as { __cls: number; __sources: string[] };
		return { cls: w.__cls, sources: w.__sources };
	});
}

/**
 * Clicks a copy button in `scope` and reads the clipboard once the status line
 * in `scope` says it was copied: a copy may wait for its code to load, and a
 * read straight after the click can find what an earlier test left there.
 */
export async function copiedText(scope: Locator, button: string, done: string): Promise<string> {
	await scope.getByRole('button', { name: button }).click();
	await expect(scope.getByRole('status').filter({ hasText: done })).toHaveCount(1);
	return scope.page().evaluate(() => navigator.clipboard.readText());
}
