// Builds that prove a property of the whole site: the public build leaves
// internal figures out everywhere, and a page with bad frontmatter stops the
// build with the file and the field named.
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchDir, brokenLinks, buildSite, ROOT } from './dist';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyProject(): string {
	const dir = benchDir('schema-');
	temps.push(dir);
	for (const entry of readdirSync(ROOT)) {
		if (['node_modules', '.git', '.astro', '.bench', 'tests'].includes(entry) || entry.startsWith('dist')) continue;
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	return dir;
}

function allFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(html|js|json|xml|txt|css)$/.test(f) || f.includes('pagefind/'))
		.map((f) => join(dir, f));
}

describe('the public build', () => {
	it('contains no internal page or figure in its HTML, JavaScript or search index', () => {
		const out = benchDir('public-');
		temps.push(out);
		const result = buildSite({ HANDBOOK_AUDIENCE: 'public', OUT_DIR: out });
		expect(result.status, result.stderr + result.stdout).toBe(0);
		const files = allFiles(out);
		expect(files.some((f) => f.endsWith('plans/phase-2/index.html'))).toBe(true);
		const forbidden = [
			'Phase 2 budget and risk register',
			'215,270',
			'$150,000',
			'$200,000',
			'0.75%',
			'Insurance API down',
			'Circuit breaker, cache, fallback',
			'Investor reporting',
			'1,280 hours',
			'salaryMin',
			'/plans/hiring-plan/',
			'/runbooks/monthly-financial-close/',
			'/plans/phase-2-budget-and-risks/',
			'Week 10-13 scaling plan preset',
		];
		const leaks: string[] = [];
		for (const file of files) {
			let text: string;
			try {
				text = readFileSync(file, 'utf8');
			} catch {
				continue;
			}
			for (const needle of forbidden) if (text.includes(needle)) leaks.push(`${needle} in ${file.slice(out.length)}`);
		}
		expect(leaks.slice(0, 10)).toEqual([]);
		// The search index is compressed; its page count shows the three internal pages are not in it.
		const pageCount = (dir: string) =>
			Object.values(
				JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')).languages as Record<
					string,
					{ page_count: number }
				>,
			)[0]?.page_count;
		const htmlCount = files.filter((f) => f.endsWith('.html') && !f.endsWith('404.html')).length;
		expect(pageCount(out)).toBe(htmlCount);
		expect(pageCount(out)).toBe((pageCount(join(ROOT, 'dist')) ?? 0) - 3);
	});
});

describe('a build under a sub-path', () => {
	it('keeps every internal link and anchor working under BASE_PATH=/handbook', () => {
		const out = benchDir('base-');
		temps.push(out);
		const result = buildSite({ BASE_PATH: '/handbook', OUT_DIR: out });
		expect(result.status, result.stderr + result.stdout).toBe(0);
		expect(brokenLinks(out, '/handbook')).toEqual([]);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/handbook/reference/source-notes/"');
	});
});

describe('review dates at a pinned build date', () => {
	it('marks pages overdue under the title and on the health page when HANDBOOK_TODAY has passed their due date', () => {
		const out = benchDir('today-');
		temps.push(out);
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
	});
});

describe('the page schema at build time', () => {
	it.each([
		['unknown-owner.mdx', /unknown-owner[\s\S]*owner[\s\S]*unknown role "head-of-vibes"/],
		['missing-last-reviewed.mdx', /missing-last-reviewed[\s\S]*lastReviewed[\s\S]*required/],
	])('a page like %s fails the build naming the file and the field', (fixture, message) => {
		const dir = copyProject();
		cpSync(join(ROOT, 'tests/fixtures/pages', fixture), join(dir, 'content/docs/runbooks', fixture));
		const result = buildSite({}, dir);
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(message);
	});
});
