import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, writePage } from '../../src/lib/cms/formats';

// The owners' loop as a colleague sees it once it is published: a copy of the
// handbook in a repository of its own, whose history has an engineering
// commit, a CSM's runbook edit and the CEO's week 11 metrics (written as the
// editor writes them), built and served. /metrics/ leads with week 11, and
// "What changed" and the feed tell the two content changes in words, with
// nothing from the engineering commit around them. Week 11's figures are this
// test's own, not the company's.

const ROOT = join(import.meta.dirname, '../..');
// Each project (desktop, phone) builds and serves its own copy.
const port = () => Number(process.env.E2E_PORT ?? 4398) + (test.info().project.name === 'phone' ? 8 : 7);
let SITE = '';
const SHOTS = process.env.SHOTS_DIR ?? '';
const STEP = "- [ ] Train the customer's team.";
const WEEK_11 = `visibility: internal
week: 11
source: Friday review, week 11
revenue:
  customersLive: 2
  mrrUsd: 12000
quality:
  bugsP0: 1
  uptimePct: 99.2
  p95Ms: 140
customerHealth:
  nps: 8
  signOffs:
    - { customer: 'Customer #2', document: 'Customer readiness checklist', signedBy: CSM, date: 2026-12-01 }
    - { customer: 'Customer #2', document: 'Kickoff meeting notes', signedBy: VP Sales, date: 2026-12-03 }
team:
  fte: 6
  hires: 1
`;

let dir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, {
		cwd: dir,
		encoding: 'utf8',
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASTRO_TELEMETRY_DISABLED: '1', ...env },
		timeout: 240_000,
	});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.stdout}`);
	return result.stdout;
}

/** A commit by `author`, `minutesAgo` minutes ago. */
function commit(author: string, message: string, minutesAgo: number) {
	const date = new Date(Date.now() - minutesAgo * 60_000).toISOString();
	run('git', ['add', '-A']);
	run('git', ['-c', `user.name=${author}`, '-c', 'user.email=owner@example.com', 'commit', '-qm', message], {
		GIT_AUTHOR_DATE: date,
		GIT_COMMITTER_DATE: date,
	});
}

test.beforeAll(async () => {
	test.setTimeout(300_000);
	// Inside the repository (.bench/ is ignored by git), so that the copy finds the installed packages.
	mkdirSync(join(ROOT, '.bench'), { recursive: true });
	dir = mkdtempSync(join(ROOT, '.bench', 'owners-'));
	const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0');
	for (const file of tracked.filter((f) => f && !f.startsWith('tests/'))) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		cpSync(join(ROOT, file), join(dir, file));
	}
	run('git', ['init', '-q']);
	commit('Eng Ineer', 'Handbook site', 300);
	// Engineering: code and a page in one commit; neither may show under "What changed".
	const incident = join(dir, 'content/docs/runbooks/incident-response.mdx');
	writeFileSync(incident, readFileSync(incident, 'utf8').replace('When production breaks', 'When production fails'));
	writeFileSync(join(dir, 'src/lib/format.ts'), readFileSync(join(dir, 'src/lib/format.ts'), 'utf8') + '\n');
	commit('Eng Ineer', 'Refactor the incident page pipeline', 240);
	// The CSM edits a runbook step in the editor (its page format) and the change is merged.
	const onboarding = join(dir, 'content/docs/runbooks/customer-onboarding.mdx');
	const values = readPage(readFileSync(onboarding, 'utf8'));
	values.body = (values.body as string).replace(STEP, `${STEP} Record who attended.`);
	writeFileSync(onboarding, writePage(values));
	commit('Casey Csm', 'Update Runbooks “customer-onboarding”', 120);
	// The CEO records week 11 on Friday.
	writeFileSync(join(dir, 'content/data/metrics/week-11.yaml'), WEEK_11);
	commit('Pat Ceo', 'Create Weekly metrics “week-11”', 60);

	run(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);
	SITE = `http://127.0.0.1:${port()}`;
	server = spawn(
		process.execPath,
		[join(ROOT, 'scripts/serve.mjs'), '--dir', join(dir, 'dist'), '--port', String(port())],
		{
			stdio: 'ignore',
		},
	);
	for (let tries = 0; ; tries++) {
		try {
			if ((await fetch(`${SITE}/`)).ok) break;
		} catch {
			if (tries > 100) throw new Error(`the fixture site did not start on ${SITE}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
});

test.afterAll(() => {
	server?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Screenshots for a person to look at (SHOTS_DIR): each named section at the top of the screen, light and dark. */
async function shoot(page: Page, name: string, sections: string[]) {
	if (!SHOTS) return;
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const id of sections) {
			await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await page.screenshot({ path: join(SHOTS, `${name}-${id}-${test.info().project.name}-${scheme}.png`) });
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

async function axe(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('/metrics/ leads with week 11: its tiles, its misses, and the runway at its figures @phone', async ({ page }) => {
	await page.goto(`${SITE}/metrics/`);
	await expect(page.locator('.sl-markdown-content h2').first()).toHaveText('Week 11 at a glance');
	const mrr = page.getByRole('listitem', { name: 'MRR' });
	// $12,000 against the plan's $13,333 for week 11: missed, up $2,000 on week 10's plan figure.
	await expect(mrr).toContainText('$12,000');
	await expect(mrr).toContainText('Target at least $13,333');
	await expect(mrr).toContainText('Missed');
	await expect(mrr).toContainText('up $2,000 since week 10 (plan: $10,000)');
	await expect(page.getByRole('listitem', { name: 'Customers live' })).toContainText('Met');
	// Uptime 99.2% against 99.5%, and one open P0 bug against none: both missed.
	await expect(page.getByRole('listitem', { name: 'Uptime' })).toContainText('Missed');
	await expect(page.getByRole('listitem', { name: 'Open P0 bugs' })).toContainText('Missed');
	await expect(page.locator('[data-miss-count]')).toHaveText('3 misses');
	await expect(page.locator('.hb-misses')).toContainText('Week 11: MRR $12,000, target at least $13,333');

	// The checklist's sign-offs feed customer health: 2 of the tracker's 13 documents, the next one named.
	const health = page.locator('table.hb-signoffs-by-customer').getByRole('row', { name: /Customer #2/ });
	await expect(health).toContainText('2 of 13');
	await expect(health).toContainText('Kickoff meeting notes, by VP Sales on 2026-12-03');
	await expect(health).toContainText('Technical setup checklist (day 1)');

	const runway = page.locator('table.hb-runway-now');
	await expect(runway.getByRole('columnheader', { name: "At week 11's figures" })).toBeVisible();
	await expect(page.locator('[data-runway-now="verdict"]')).toHaveText(/^Default (alive|dead): /);
	await expect(page.locator('[data-runway-now="months"]')).not.toBeEmpty();
	await expect(page.getByText('MRR $12,000 recorded against $13,333 planned')).toBeVisible();
	expect(await axe(page)).toEqual([]);
	await shoot(page, 'metrics', ['latest-week', 'misses', 'customer-health', 'runway', 'by-metric']);

	// The calculator opens on those figures: each customer billed at 12,000 / 13,333 of the plan.
	await page.getByRole('link', { name: "Open the runway calculator on week 11's figures" }).click();
	await expect(page).toHaveURL(/\/calculators\/runway\/#model=/);
	// Customer #1: $5,000 × 12,000 / 13,333 = $4,500.11 → $4,500.
	await expect(page.getByRole('group', { name: 'Customer #1' }).getByLabel(/MRR/)).toHaveValue(/^4,?500$/, {
		timeout: 15_000,
	});
});

test('a colleague reads "Week 11 metrics recorded" and the runbook change, with no engineering commit @phone', async ({
	page,
}) => {
	await page.goto(`${SITE}/handbook/changes/`);
	const rows = page.getByRole('region', { name: 'Last 30 days' }).locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText('Weekly metrics');
	await expect(rows.nth(0)).toContainText('Week 11 metrics recorded');
	await expect(rows.nth(0)).toContainText('Pat Ceo');
	await expect(rows.nth(1)).toContainText('Customer onboarding');
	await expect(rows.nth(1)).toContainText('Changed “Week 3: production cutover”');
	await expect(rows.nth(1)).toContainText('Casey Csm');
	await expect(page.getByRole('main')).not.toContainText(/Refactor|Incident response|Update Runbooks|Create Weekly/);
	await expect(rows.nth(1).getByRole('link', { name: /Customer onboarding/ })).toHaveAttribute(
		'href',
		'/runbooks/customer-onboarding/',
	);
	expect(await axe(page)).toEqual([]);
	await shoot(page, 'changes', ['last-30-days']);

	const feed = await (await fetch(`${SITE}/rss.xml`)).text();
	const titles = [...feed.matchAll(/<item><title>([^<]+)<\/title>/g)].map((m) => m[1]);
	expect(titles).toEqual([
		'Weekly metrics: Week 11 metrics recorded',
		'Customer onboarding (30-60-90 day program): Changed “Week 3: production cutover”',
	]);
	expect(feed).toContain('Week 11 metrics recorded, by Pat Ceo');
	expect(feed).not.toMatch(/Refactor|Incident response/);
});
