import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseWeeklyMetrics } from '../../src/lib/data/metrics';

// An owner edits the handbook in the browser against the local backend
// (decap-server), which writes to a copy of content/ in a temporary folder.
// The built /admin/ points at the default local backend port; the test runs
// its own decap-server on another port and points the served config at it;
// the page's own policy allows only the built port, so these tests bypass it
// and the last test checks the editor loads under its real policy.
const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 4431);
const backend = `http://localhost:${CMS_PORT}/api/v1`;
let repo = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ bypassCSP: true, viewport: { width: 1366, height: 900 }, screenshot: 'only-on-failure' });

test.beforeAll(async () => {
	repo = mkdtempSync(join(tmpdir(), 'handbook-cms-'));
	cpSync('content', join(repo, 'content'), { recursive: true });
	// As `npm run cms:server` runs it: listening on 127.0.0.1 only.
	server = spawn(process.execPath, ['scripts/cms-server.mjs', '--port', String(CMS_PORT)], {
		env: { ...process.env, GIT_REPO_DIRECTORY: repo },
		stdio: 'ignore',
	});
	let exited = false;
	server.on('exit', () => (exited = true));
	const deadline = Date.now() + 15_000;
	for (;;) {
		try {
			const res = await fetch(backend, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ action: 'info' }),
			});
			if (res.ok && !exited) break;
		} catch {
			// not listening yet
		}
		if (exited) throw new Error(`decap-server exited: is port ${CMS_PORT} already in use?`);
		if (Date.now() > deadline) throw new Error(`decap-server did not start on port ${CMS_PORT}`);
		await new Promise((r) => setTimeout(r, 200));
	}
});

test.afterAll(() => {
	server?.kill();
	if (repo) rmSync(repo, { recursive: true, force: true });
});

async function openEditor(page: Page, hash: string) {
	await page.route('**/admin/config.yml', async (route) => {
		const res = await route.fetch();
		await route.fulfill({
			response: res,
			body: (await res.text()).replace(/http:\/\/localhost:\d+\/api\/v1/, backend),
		});
	});
	await page.goto('/admin/');
	await page.getByRole('button', { name: /login/i }).click();
	await page.waitForURL(/#\/collections\//);
	await page.evaluate((h) => (location.hash = h), hash);
	// The entry is loaded once the editor reports it saved.
	await expect(page.getByText(/^changes saved$/i)).toBeVisible({ timeout: 15_000 });
}

async function publish(page: Page) {
	await expect(page.getByText(/^unsaved changes$/i)).toBeVisible();
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByText('Publish now', { exact: true }).click();
	await expect(page.getByText(/^changes saved$/i)).toBeVisible({ timeout: 15_000 });
}

const today = new Date().toISOString().slice(0, 10);

test('an owner edits a runbook step in /admin/ and the file on disk changes', async ({ page }) => {
	test.setTimeout(60_000);
	const file = join(repo, 'content/docs/runbooks/customer-onboarding.mdx');
	const before = readFileSync(file, 'utf8');
	await openEditor(page, '#/collections/runbooks/entries/customer-onboarding');
	// The body is edited as raw MDX, so the step reads as its Markdown line.
	const step = page.locator('[data-slate-string]', { hasText: "- [ ] Train the customer's team." });
	await step.scrollIntoViewIfNeeded({ timeout: 15_000 });
	// Click just inside the end of the line, where the owner would put the caret.
	const box = await step.boundingBox();
	if (!box) throw new Error('the step is not on screen');
	await step.click({ position: { x: box.width - 1, y: box.height / 2 } });
	await page.keyboard.type(' Record who attended.');
	await publish(page);
	await expect
		.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 })
		.toContain("- [ ] Train the customer's team. Record who attended.");
	const after = readFileSync(file, 'utf8');
	// The rest of the page is kept: the other steps, the task-list markup, the frontmatter.
	expect(after).toContain('- [ ] Send the welcome email and book the kickoff meeting.');
	expect(after).toMatch(/^owner: csm$/m);
	expect(after.replace(' Record who attended.', '').split('\n').slice(-40)).toEqual(before.split('\n').slice(-40));
});

test('an owner marks a page reviewed today with one press of "Now"', async ({ page }) => {
	test.setTimeout(60_000);
	const file = join(repo, 'content/docs/runbooks/incident-response.mdx');
	// The page was last reviewed months ago and is due.
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-01-05'));
	await openEditor(page, '#/collections/runbooks/entries/incident-response');
	await page.getByText('Now', { exact: true }).click();
	await publish(page);
	await expect
		.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 })
		.toMatch(new RegExp(`^lastReviewed: ['"]?${today}['"]?$`, 'm'));
});

test('week 11 is recorded in a form and lands as content/data/metrics/week-11.yaml', async ({ page }) => {
	test.setTimeout(60_000);
	await openEditor(page, '#/collections/metrics/new');
	await page.getByLabel('Week', { exact: true }).fill('11');
	await page.getByLabel('Source', { exact: true }).fill('Friday review, week 11');
	await page.getByLabel('MRR (USD)').fill('12000');
	await page.getByLabel('Customers live').fill('2');
	await publish(page);
	const file = join(repo, 'content/data/metrics/week-11.yaml');
	await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain('mrrUsd: 12000');
	// What the form wrote passes the schema the build validates with.
	const [week] = parseWeeklyMetrics({ 'week-11.yaml': parse(readFileSync(file, 'utf8')) });
	expect(week).toMatchObject({ week: 11, revenue: { mrrUsd: 12000, customersLive: 2 } });
});

test.describe('under its own content security policy', () => {
	test.use({ bypassCSP: false });
	test('the editor starts without a policy violation, and its script is served from our origin', async ({ page }) => {
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
		});
		page.on('pageerror', (e) => violations.push(e.message));
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).origin);
		});
		await page.goto('/admin/');
		await expect(page.getByRole('button', { name: /login/i })).toBeVisible({ timeout: 15_000 });
		expect(violations).toEqual([]);
		expect(new Set(scripts)).toEqual(new Set([new URL(page.url()).origin]));
	});
});
