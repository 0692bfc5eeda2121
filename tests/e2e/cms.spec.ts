import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseWeeklyMetrics } from '../../src/lib/data/metrics';

// An owner edits the handbook in the browser on their own computer: /admin/
// opens the folder they pick (the browser's folder picker) and writes the
// files in it. The picker is the one step a test cannot click through, so
// it is answered with a folder in the browser's own private file system
// holding a copy of content/; everything after it (the editor, its forms,
// the handbook's file formats, the preview) runs as the owner sees it, and
// the test reads the saved files back from that folder.

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1366, height: 900 }, screenshot: 'only-on-failure' });

const content: Record<string, string> = Object.fromEntries(
	readdirSync('content', { recursive: true, withFileTypes: true })
		.filter((f) => f.isFile())
		.map((f) => {
			const path = join(f.parentPath, f.name);
			return [path, readFileSync(path, 'utf8')];
		}),
);

/** The editor's update check asks unpkg.com for its latest version; the policy blocks it (the version is pinned). */
const UPDATE_CHECK = /unpkg\.com\/@sveltia\/cms\/package\.json/;

async function pickFolderWithContent(page: Page) {
	await page.addInitScript(() => {
		const picker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('handbook');
		Object.defineProperty(window, 'showDirectoryPicker', { value: picker, configurable: true });
	});
	await page.goto('/');
	await page.evaluate(async (files) => {
		const root = await navigator.storage.getDirectory();
		await root.removeEntry('handbook', { recursive: true }).catch(() => {});
		const repo = await root.getDirectoryHandle('handbook', { create: true });
		await repo.getDirectoryHandle('.git', { create: true });
		for (const [path, text] of Object.entries(files)) {
			const parts = path.split('/');
			let dir = repo;
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
			const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		}
	}, content);
}

async function readSaved(page: Page, path: string): Promise<string | null> {
	return page.evaluate(async (path) => {
		let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('handbook');
		const parts = path.split('/');
		try {
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
			return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
		} catch {
			return null;
		}
	}, path);
}

async function openEditor(page: Page, hash: string) {
	await pickFolderWithContent(page);
	await page.goto('/admin/');
	await page.getByRole('button', { name: 'Work with Local Repository', exact: true }).click();
	await page.waitForURL(/#\/collections\//);
	await page.evaluate((h) => (location.hash = h), hash);
}

/** Lines that differ between two versions of a file, where neither adds nor removes a line. */
function changedLines(before: string, after: string): { before: string; after: string }[] {
	const a = before.split('\n');
	const b = after.split('\n');
	expect(b.length, 'the save added or removed lines').toBe(a.length);
	return a.flatMap((line, i) => (line === b[i] ? [] : [{ before: line, after: b[i]! }]));
}

const today = new Date().toISOString().slice(0, 10);

test('with nothing else running, /admin/ says what to do', async ({ page }) => {
	await page.goto('/admin/');
	const help = page.getByRole('complementary', { name: 'How to edit the handbook' });
	await expect(help).toBeVisible();
	await expect(help).toContainText('Press Work with Local Repository.');
	await expect(help).toContainText('Choose the folder you cloned the handbook into');
	// The editor's own sign-in screen is there too, under the help.
	await expect(page.getByRole('button', { name: 'Work with Local Repository', exact: true })).toBeVisible({
		timeout: 15_000,
	});
	await page.screenshot({ path: test.info().outputPath('admin-help.png') });
});

test('on a phone the help folds to one line, and the sign-in buttons stay in reach', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/admin/');
	const help = page.getByRole('complementary', { name: 'How to edit the handbook' });
	// On the owner's own computer, the local line shows; the one for the site is hidden.
	await expect(
		help.locator('summary').getByText('Press Work with Local Repository and choose the handbook folder.'),
	).toBeVisible();
	await expect(help.locator('summary').getByText('This copy has no editor repository')).toBeHidden();
	await expect(help.getByText('Choose the folder you cloned the handbook into')).toBeHidden();
	// Clickable, not covered by the help.
	await page
		.getByRole('button', { name: 'Work with Local Repository', exact: true })
		.click({ trial: true, timeout: 15_000 });
	await help.locator('summary').click();
	await expect(help.getByText('Choose the folder you cloned the handbook into')).toBeVisible();
});

test('a browser that cannot open a folder is told so', async ({ page }) => {
	await page.addInitScript(() => {
		// Firefox and Safari have no folder picker.
		delete (Window.prototype as { showDirectoryPicker?: unknown }).showDirectoryPicker;
		delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
	});
	await page.goto('/admin/');
	await expect(page.getByText('This browser cannot open a folder.')).toBeVisible();
});

test('an owner marks a page reviewed with "Today": a one-line change', async ({ page }) => {
	test.setTimeout(60_000);
	const file = 'content/docs/runbooks/incident-response.mdx';
	await openEditor(page, '#/collections/runbooks/entries/incident-response');
	await page.getByRole('button', { name: 'Today' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect.poll(() => readSaved(page, file), { timeout: 10_000 }).toContain(`lastReviewed: ${today}`);
	expect(changedLines(content[file]!, (await readSaved(page, file))!)).toEqual(
		today === '2026-11-24' ? [] : [{ before: 'lastReviewed: 2026-11-24', after: `lastReviewed: ${today}` }],
	);
});

test('an owner edits a runbook step beside a preview in the handbook style, and only that line changes', async ({
	page,
}) => {
	test.setTimeout(60_000);
	const file = 'content/docs/runbooks/customer-onboarding.mdx';
	await openEditor(page, '#/collections/runbooks/entries/customer-onboarding');
	const preview = page.frameLocator('iframe').first();
	// The preview renders the tip as the site does, styled by the site's own stylesheet.
	const tip = preview.getByRole('complementary', { name: 'Working a live implementation?' });
	await expect(tip).toBeVisible({ timeout: 15_000 });
	await expect(tip).toHaveClass(/starlight-aside--tip/);
	expect(await tip.evaluate((el) => getComputedStyle(el).borderInlineStartWidth)).not.toBe('0px');
	await expect(preview.getByRole('cell', { name: 'Discovery & admin setup' })).toBeVisible();

	// "View on Live Site" opens the page where this handbook is served (no SITE_URL in this build), not 127.0.0.1:4321.
	const [live] = await Promise.all([page.waitForEvent('popup'), page.getByText('View on Live Site').click()]);
	expect(live.url()).toBe(new URL('/runbooks/customer-onboarding/', page.url()).href);
	await live.close();

	const body = page.getByRole('textbox', { name: 'Body' });
	const step = "- [ ] Train the customer's team.";
	const text = await body.inputValue();
	expect(text).toContain(step);
	await body.fill(text.replace(step, `${step} Record who attended.`));
	await expect(preview.getByText("Train the customer's team. Record who attended.")).toBeVisible();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect.poll(() => readSaved(page, file), { timeout: 10_000 }).toContain('Record who attended.');
	expect(changedLines(content[file]!, (await readSaved(page, file))!)).toEqual([
		{ before: step, after: `${step} Record who attended.` },
	]);
});

test('week 11 is recorded in a form and lands as content/data/metrics/week-11.yaml', async ({ page }) => {
	test.setTimeout(60_000);
	await openEditor(page, '#/collections/metrics/new');
	await page.getByRole('spinbutton', { name: 'Week' }).fill('11');
	await page.getByRole('textbox', { name: 'Source' }).fill('Friday review, week 11');
	// A group of figures is added when the week measured any of them.
	await page.getByRole('checkbox', { name: /^Add\W*Revenue and customers\W*$/ }).check();
	await page.getByRole('spinbutton', { name: 'MRR (USD)' }).fill('12000');
	await page.getByRole('spinbutton', { name: 'Customers live' }).fill('2');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const file = 'content/data/metrics/week-11.yaml';
	await expect.poll(() => readSaved(page, file), { timeout: 10_000 }).toContain('mrrUsd: 12000');
	const saved = (await readSaved(page, file))!;
	// What the form wrote passes the schema the build validates with, and holds no blank fields.
	const [week] = parseWeeklyMetrics({ 'week-11.yaml': parse(saved) });
	expect(week).toMatchObject({ week: 11, revenue: { mrrUsd: 12000, customersLive: 2 } });
	expect(saved).not.toMatch(/: (''|null)?$/m);
});

test.describe('under its own content security policy', () => {
	test('the editor starts without a policy violation, and every script is served from our origin', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/.test(m.text()) && !UPDATE_CHECK.test(m.text()))
				violations.push(m.text());
		});
		page.on('pageerror', (e) => violations.push(e.message));
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script' || r.resourceType() === 'font') scripts.push(new URL(r.url()).origin);
		});
		await openEditor(page, '#/collections/runbooks/entries/incident-response');
		await expect(page.frameLocator('iframe').first().getByRole('heading', { name: 'Incident response' })).toBeVisible({
			timeout: 15_000,
		});
		expect(violations).toEqual([]);
		expect(new Set(scripts)).toEqual(new Set([new URL(page.url()).origin]));
	});
});
