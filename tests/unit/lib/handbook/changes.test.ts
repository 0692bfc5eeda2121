// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import {
	escapeXml,
	htmlText,
	inertText,
	isShallowOutput,
	pageChanges,
	parseGitLog,
	readGitHistory,
	rssXml,
	type Change,
} from '~/lib/handbook/changes';
import { HOSTILE_COMMIT_MESSAGES } from '../../../fixtures/hostileCommitMessages';

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
		// Titles are plain text in every reader: angle brackets arrive as the look-alikes ‹ ›.
		expect(titles[2]).toBe('Hiring plan: Subject with | pipes, "quotes" & ‹tags›');
		expect(doc.querySelectorAll('item tags')).toHaveLength(0);
	});
});

/** The nodes a reader that renders `text` as HTML gets. */
function asHtml(text: string): NodeListOf<ChildNode> {
	const template = document.createElement('template');
	template.innerHTML = text;
	return template.content.childNodes;
}

describe('RSS items in a feed reader', () => {
	const change = (subject: string, i: number): Change => ({
		date: new Date(Date.UTC(2026, 10, 20, 10, i)),
		path: '/runbooks/incident-response/',
		title: 'Incident response',
		owner: 'CTO',
		subject,
		hash: `h${i}`,
		ageDays: 4,
	});
	// What XML 1.0 can carry at all: characters it forbids are dropped, as escapeXml says.
	const carried = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
	const corpus = [...HOSTILE_COMMIT_MESSAGES, 'bell \u0007 and form feed \u000c'];

	it('a real feed parser reads every hostile commit message back as the characters written, in one item each', async () => {
		const xml = rssXml(
			corpus.map(change),
			{ title: 'Handbook <changes>', link: 'https://h.example/', description: '<b>d</b>' },
			(p) => `https://h.example${p}`,
		);
		const feed = await new Parser().parseString(xml);
		expect(feed.title).toBe('Handbook ‹changes›');
		expect(feed.items).toHaveLength(corpus.length);
		for (const [i, item] of feed.items.entries()) {
			const subject = carried(corpus[i]!);
			// The description is HTML: rendered, it shows exactly the subject and contains no element or comment.
			const nodes = asHtml(item.content!);
			expect(
				[...nodes].every((n) => n.nodeType === Node.TEXT_NODE),
				subject,
			).toBe(true);
			expect([...nodes].map((n) => n.textContent).join(''), subject).toBe(`${subject} (owner: CTO)`);
			// A reader that shows text only (rss-parser's snippet strips tags, then decodes entities) shows the same.
			expect(item.contentSnippet, subject).toBe(`${subject} (owner: CTO)`.trim());
			// The title reads the same as text or as HTML: no markup either way, only ‹ › for < >.
			expect(item.title, subject).toBe(`Incident response: ${subject.replace(/</g, '‹').replace(/>/g, '›')}`);
			expect(item.title, subject).not.toMatch(/[<>]/);
			expect(
				[...asHtml(item.title!)].every((n) => n.nodeType === Node.TEXT_NODE),
				subject,
			).toBe(true);
			expect(item.guid).toBe(`h${i}:/runbooks/incident-response/`);
		}
	});

	it('text as HTML shows the text; inert text has no angle brackets', () => {
		expect(htmlText(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
		expect(inertText('<img src=x onerror=alert(1)>')).toBe('‹img src=x onerror=alert(1)›');
	});
});
