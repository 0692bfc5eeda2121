// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeXml, isShallowOutput, pageChanges, parseGitLog, readGitHistory, rssXml } from '~/lib/handbook/changes';

const RS = '\x1e';
const US = '\x1f';
const log = [
	`${RS}aaa111${US}2026-11-20T10:00:00+00:00${US}Runbook: add the status page step\n\ncontent/docs/runbooks/incident-response.mdx\ncontent/docs/index.mdx\n`,
	`${RS}bbb222${US}2026-09-01T09:00:00+02:00${US}Subject with | pipes, "quotes" & <tags>\n\ncontent/docs/plans/hiring-plan.mdx\ncontent/data/kpis.yaml\n`,
	`${RS}ccc333${US}2026-06-01T09:00:00+00:00${US}Too old\n\ncontent/docs/runbooks/incident-response.mdx\n`,
].join('');

const pages = new Map([
	['/runbooks/incident-response/', { title: 'Incident response', owner: 'cto' }],
	['/', { title: 'Home', owner: 'ceo' }],
	['/plans/hiring-plan/', { title: 'Hiring plan', owner: 'ceo' }],
]);
const today = new Date('2026-11-24T00:00:00Z');

describe('git history', () => {
	it('parses hashes, dates, subjects and files, keeping punctuation in subjects', () => {
		const commits = parseGitLog(log);
		expect(commits.map((c) => c.hash)).toEqual(['aaa111', 'bbb222', 'ccc333']);
		expect(commits[1]?.subject).toBe('Subject with | pipes, "quotes" & <tags>');
		expect(commits[1]?.date.toISOString()).toBe('2026-09-01T07:00:00.000Z');
		expect(commits[0]?.files).toEqual(['content/docs/runbooks/incident-response.mdx', 'content/docs/index.mdx']);
	});

	it('ignores empty output and malformed records', () => {
		expect(parseGitLog('')).toEqual([]);
		expect(parseGitLog(`${RS}nohash\n`)).toEqual([]);
	});

	it('lists page changes within the window, newest first, data files and unknown pages left out', () => {
		// Calendar days before 2026-11-24: 2026-11-20 → 4; 2026-09-01 (07:00 UTC) → 29 + 31 + 24 = 84; 2026-06-01 → 176.
		const rows = pageChanges(parseGitLog(log), pages, today, 90);
		expect(rows.map((r) => [r.title, r.ageDays])).toEqual([
			['Home', 4],
			['Incident response', 4],
			['Hiring plan', 84],
		]);
		expect(pageChanges(parseGitLog(log), pages, today, 30).map((r) => r.title)).toEqual(['Home', 'Incident response']);
	});

	it('reads "true" from rev-parse as a shallow clone', () => {
		expect(isShallowOutput('true\n')).toBe(true);
		expect(isShallowOutput('false\n')).toBe(false);
	});

	it('a shallow clone still builds its list and says history is incomplete', () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-shallow-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${process.cwd()}`, join(dir, 'repo')], {
				stdio: 'ignore',
			});
			const history = readGitHistory(join(dir, 'repo'));
			expect(history.complete).toBe(false);
			expect(history.reason).toMatch(/shallow clone/);
			expect(history.commits.length).toBeLessThanOrEqual(1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('without git, the list is empty and says why', () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-nogit-'));
		try {
			expect(readGitHistory(dir)).toMatchObject({ commits: [], complete: false });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('RSS', () => {
	it('escapes the five XML specials and drops characters XML forbids', () => {
		expect(escapeXml(`<a href="x">&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
	});

	it('is well-formed XML with one item per page change, hostile subjects kept as text', () => {
		const rows = pageChanges(parseGitLog(log), pages, today, 90);
		const xml = rssXml(
			rows,
			{ title: 'T & T', link: 'https://h.example/changes/', description: 'd' },
			(p) => `https://h.example${p}`,
		);
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		const titles = [...doc.querySelectorAll('item > title')].map((t) => t.textContent);
		expect(titles).toHaveLength(3);
		expect(titles[2]).toBe('Hiring plan: Subject with | pipes, "quotes" & <tags>');
		expect(doc.querySelectorAll('item tags')).toHaveLength(0);
	});
});
