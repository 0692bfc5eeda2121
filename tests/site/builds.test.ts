// Builds that prove a property of the whole site: the audience switch fails
// closed, links to internal pages become text (and one left live stops the
// public build), and author errors (bad
// frontmatter, impossible dates, scripts, broken YAML) stop the build naming the file.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { brokenLinks, buildSite, ROOT, tempFolders } from './dist';

const temp = tempFolders();
const tempDir = temp.dir;
const copyProject = () => temp.project('schema-');

function withFixture(fixture: string): string {
	const dir = copyProject();
	cpSync(join(ROOT, 'tests/fixtures/pages', fixture), join(dir, 'content/docs/runbooks', fixture));
	return dir;
}

/** The public build of the project with one fixture page added: where it wrote, and what it said. */
function publicBuildWith(fixture: string) {
	const out = tempDir('public-fixture-');
	const result = buildSite(
		{ HANDBOOK_AUDIENCE: 'public', SITE_URL: 'https://handbook.example.com', OUT_DIR: out },
		withFixture(fixture),
	);
	return { out, status: result.status, output: result.stdout + result.stderr };
}

describe('the audience switch fails closed', () => {
	it.each(['Public', 'publik', 'external', ''])(
		'HANDBOOK_AUDIENCE=%j stops the build and lists the allowed values',
		(value) => {
			const result = buildSite({ HANDBOOK_AUDIENCE: value, OUT_DIR: tempDir('audience-') });
			expect(result.status).not.toBe(0);
			expect(result.stdout + result.stderr).toMatch(/is not an audience; use one of: internal, public/);
		},
	);

	it('a build says which audience it built, and warns when a public build has no SITE_URL', () => {
		const out = tempDir('public-local-');
		const result = buildSite({ HANDBOOK_AUDIENCE: 'public', OUT_DIR: out });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/building the PUBLIC handbook/);
		expect(result.stdout).toMatch(/SITE_URL is not set/);
	});

	it('a new page without `visibility` stays out of the public build; links to internal pages become text', () => {
		const dir = withFixture('no-visibility.mdx');
		cpSync(
			join(ROOT, 'tests/fixtures/pages/links-to-internal.mdx'),
			join(dir, 'content/docs/runbooks/links-to-internal.mdx'),
		);
		const out = tempDir('public-fixture-');
		const result = buildSite(
			{ HANDBOOK_AUDIENCE: 'public', SITE_URL: 'https://handbook.example.com', OUT_DIR: out },
			dir,
		);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(existsSync(join(out, 'runbooks/no-visibility/index.html'))).toBe(false);
		const html = readFileSync(join(out, 'runbooks/links-to-internal/index.html'), 'utf8');
		for (const text of ['the hiring plan', 'the close', 'the Phase 2 budget', 'hiring, again', 'incident runbook'])
			expect(html).toMatch(new RegExp(`<span>${text}</span>`));
		expect(html).not.toMatch(
			/href="[^"]*(hiring-plan|monthly-financial-close|phase-2-budget-and-risks|incident-response)/,
		);
		expect(html).toMatch(/<a href="\/calculators\/roi\/">the ROI estimate<\/a>/);
	});

	it('a link to an internal page that rendering left live stops the public build, naming the page and the link', () => {
		// RoleView links its pages itself rather than through HandbookLink, so its links stay links.
		const { out, status, output } = publicBuildWith('public-component-links-internal.mdx');
		expect(status, output).not.toBe(0);
		expect(output).toMatch(/The public build links \d+ internal pages?/);
		expect(output).toMatch(/runbooks\/public-component-links-internal\/index\.html: \/start\/getting-started\//);
		expect(existsSync(join(out, 'runbooks/public-component-links-internal/index.html'))).toBe(false);
	});

	it('a public page that renders an internal data file stops the build, naming the file', () => {
		const { status, output } = publicBuildWith('public-renders-internal-data.mdx');
		expect(status).not.toBe(0);
		expect(output).toMatch(/content\/data\/hiring-plan\.yaml is internal, but a page of the public build renders it/);
	});

	it('a public page that states an internal figure in its own words stops the build, naming the file and the figure', () => {
		const { out, status, output } = publicBuildWith('public-states-internal-figure.mdx');
		expect(status, output).not.toBe(0);
		expect(output).toMatch(/The public build states \d+ internal figures?/);
		// The page itself and the search index's fragment of it are both named.
		expect(output).toMatch(
			/runbooks\/public-states-internal-figure\/index\.html: \$215,270 in "[^"]*Phase 2 budget comes to \$215,270[^"]*" is an internal figure \(content\/(data|docs)\//,
		);
		expect(output).toMatch(/pagefind\/fragment\/\S+\.pf_fragment: \$215,270/);
		expect(existsSync(join(out, 'runbooks/public-states-internal-figure/index.html'))).toBe(false);
	});
});

describe('author errors stop the build, naming the file', () => {
	it.each([
		['impossible-review-date.mdx', /impossible-review-date\.mdx: lastReviewed "2026-02-30" is not a real date/],
		['future-review-date.mdx', /future-review-date\.mdx: lastReviewed 2031-01-01 is after today/],
		['script-in-page.mdx', /script-in-page\.mdx:\d+: the <script> element is not allowed/],
	])('%s', (fixture, message) => {
		const result = buildSite({ HANDBOOK_TODAY: '2026-11-24', OUT_DIR: tempDir('author-') }, withFixture(fixture));
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(message);
	});

	it('a YAML syntax error in a data file names the file', () => {
		const dir = copyProject();
		const file = join(dir, 'content/data/phase2-modules.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('statedTotalLoc:', 'statedTotalLoc: [unclosed'));
		const result = buildSite({ OUT_DIR: tempDir('yaml-') }, dir);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(/content\/data\/phase2-modules\.yaml is not valid YAML/);
	});
});

describe('a build under a sub-path', () => {
	it('keeps every internal link and anchor working under BASE_PATH=/handbook', () => {
		const out = tempDir('base-');
		const result = buildSite({ BASE_PATH: '/handbook', OUT_DIR: out });
		expect(result.status, result.stderr + result.stdout).toBe(0);
		expect(brokenLinks(out, '/handbook')).toEqual([]);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/handbook/reference/source-notes/"');
	});
});

describe('review dates at a pinned build date', () => {
	it('marks pages overdue under the title and on the health page when HANDBOOK_TODAY has passed their due date', () => {
		const out = tempDir('today-');
		// Weekly pages reviewed 2026-11-24 are due 2026-12-01; monthly ones 2026-12-24; quarterly ones 2027-02-24.
		const result = buildSite({ HANDBOOK_TODAY: '2027-01-01', OUT_DIR: out });
		expect(result.status, result.stderr + result.stdout).toBe(0);
		const health = readFileSync(join(out, 'handbook/health/index.html'), 'utf8');
		const overdue = Number(health.match(/data-overdue-count="(\d+)"/)?.[1]);
		const rows = health.match(/<tr data-overdue="true"/g)?.length ?? 0;
		expect(overdue).toBeGreaterThan(30);
		expect(rows).toBe(overdue);
		// Overdue rows come first: no on-time row before the last overdue one.
		expect(health.indexOf('data-overdue="false"')).toBeGreaterThan(health.lastIndexOf('data-overdue="true"'));
		expect(readFileSync(join(out, 'runbooks/incident-response/index.html'), 'utf8')).toMatch(
			/2026-12-24<\/time>\s*<span class="hb-badge hb-badge-overdue">Overdue<\/span>/,
		);
		expect(readFileSync(join(out, 'plans/hiring-plan/index.html'), 'utf8')).not.toContain('hb-badge-overdue');
		// Gaps due before 2027-01-01 are overdue that day, on the health page and where they are declared.
		const gaps = parse(readFileSync(join(ROOT, 'content/data/gaps.yaml'), 'utf8')).gaps as {
			id: string;
			due: string;
		}[];
		const late = gaps.filter((g) => g.due < '2027-01-01');
		expect(late.length).toBeGreaterThan(0);
		expect(health).toContain(`data-gap-overdue="${late.length}"`);
		expect(readFileSync(join(out, 'runbooks/incident-response/index.html'), 'utf8')).toMatch(
			/id="gap-on-call-rota"[\s\S]*?hb-gap-overdue[\s\S]*?<\/aside>/,
		);
	});
});

describe('the page schema at build time', () => {
	it.each([
		['unknown-owner.mdx', /unknown-owner[\s\S]*owner[\s\S]*unknown role "head-of-vibes"/],
		['missing-last-reviewed.mdx', /missing-last-reviewed[\s\S]*lastReviewed[\s\S]*required/],
	])('a page like %s fails the build naming the file and the field', (fixture, message) => {
		const result = buildSite({ OUT_DIR: tempDir('schema-out-') }, withFixture(fixture));
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(message);
	});
});
