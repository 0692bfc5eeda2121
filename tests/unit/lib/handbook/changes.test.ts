// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import {
	contentChanges,
	describeDataChange,
	describePageChange,
	escapeXml,
	htmlText,
	inertText,
	isContentCommit,
	isShallowOutput,
	listInWords,
	parseGitLog,
	parsePatch,
	rssXml,
	type Change,
	type Commit,
} from '~/lib/handbook/changes';
import { readGitHistory } from '~/lib/handbook/changes-fs';
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
/** Each commit of `log` as git reports a content commit: every file changed, with no hunks to word. */
const withChanges = (commits: Commit[]): Commit[] =>
	commits.map((c) => ({
		...c,
		changes: Object.fromEntries(c.files.map((f) => [f, { status: 'changed' as const, hunks: [] }])),
	}));
const noDataPage = () => null;

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
		const rows = contentChanges(withChanges(parseGitLog(log)), pages, noDataPage, today, 90);
		expect(rows.map((r) => [r.title, r.ageDays])).toEqual([
			['Home', 4],
			['Incident response', 4],
			['Hiring plan', 84],
		]);
		expect(contentChanges(withChanges(parseGitLog(log)), pages, noDataPage, today, 30).map((r) => r.title)).toEqual([
			'Home',
			'Incident response',
		]);
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
		// One row per page of the first two commits of `log`, each with its commit's subject.
		const [first, second] = parseGitLog(log);
		const row = (c: Commit, path: string): Change => ({
			...pages.get(path)!,
			date: c.date,
			path,
			subject: c.subject,
			author: c.author,
			hash: c.hash,
			ageDays: 0,
		});
		const rows = [row(first!, '/'), row(first!, '/runbooks/incident-response/'), row(second!, '/plans/hiring-plan/')];
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
		author: '<b>Dana</b> Editor',
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
			expect([...nodes].map((n) => n.textContent).join(''), subject).toBe(
				`${subject}, by <b>Dana</b> Editor (owner: CTO)`,
			);
			// A reader that shows text only (rss-parser's snippet strips tags, then decodes entities) shows the same.
			expect(item.contentSnippet, subject).toBe(`${subject}, by <b>Dana</b> Editor (owner: CTO)`.trim());
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

describe('the changelog for readers', () => {
	/** A repository with one engineering commit and three content commits, each by its author. */
	function fixtureRepo(): string {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-changelog-'));
		// One commit a minute, an hour ago onwards, so that their order is their dates' order.
		let minute = 0;
		const git = (args: string[], author = 'Eng Ineer') => {
			const date = new Date(Date.now() - 3_600_000 + 60_000 * minute++).toISOString();
			execFileSync('git', ['-c', `user.name=${author}`, '-c', 'user.email=x@example.com', ...args], {
				cwd: dir,
				stdio: 'ignore',
				env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
			});
		};
		const write = (path: string, text: string) => {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		};
		const page = (step: string, reviewed: string) =>
			`---\ntitle: Customer onboarding\nowner: csm\nlastReviewed: ${reviewed}\n---\n\nIntro.\n\n## Week 3: Training\n\n- [ ] ${step}\n\n## Week 4\n\nText.\n`;
		git(['init', '-q']);
		write('content/docs/runbooks/customer-onboarding.mdx', page("Train the customer's team.", '2026-11-01'));
		write('src/app.ts', 'export {};\n');
		git(['add', '.']);
		git(['commit', '-qm', 'Initial site']);
		write(
			'content/docs/runbooks/customer-onboarding.mdx',
			page("Train the customer's team. Record who attended.", '2026-11-01'),
		);
		git(['commit', '-qam', 'wip'], 'Dana Csm');
		write('content/data/metrics/week-11.yaml', 'visibility: internal\nweek: 11\nsource: Friday review\n');
		git(['add', '.']);
		git(['commit', '-qm', 'Create Week “11”'], 'Pat Ceo');
		// Engineering: a code change that also rewrites the page: neither is listed.
		write(
			'content/docs/runbooks/customer-onboarding.mdx',
			page("Train the customer's team. Record who attended.", '2026-11-01') + '\nMore.\n',
		);
		write('src/app.ts', 'export const x = 1;\n');
		git(['commit', '-qam', 'Refactor the page pipeline']);
		write(
			'content/docs/runbooks/customer-onboarding.mdx',
			page("Train the customer's team. Record who attended.", '2026-12-04') + '\nMore.\n',
		);
		git(['commit', '-qam', 'Update Runbooks “customer-onboarding”'], 'Dana Csm');
		return dir;
	}

	const pagesByPath = new Map([
		['/runbooks/customer-onboarding/', { title: 'Customer onboarding', owner: 'csm' }],
		['/metrics/', { title: 'Weekly metrics', owner: 'vp-product' }],
	]);
	const dataPage = (file: string) =>
		file.startsWith('content/data/metrics/') ? { path: '/metrics/', label: 'Weekly metrics' } : null;

	it('lists content changes only, in words, with the page, the section, who and when', () => {
		const dir = fixtureRepo();
		try {
			const history = readGitHistory(dir);
			expect(history.complete).toBe(true);
			const rows = contentChanges(history.commits, pagesByPath, dataPage, new Date(), 90);
			expect(rows.map((r) => [r.title, r.subject, r.author])).toEqual([
				['Customer onboarding', 'Marked reviewed', 'Dana Csm'],
				['Weekly metrics', 'Week 11 metrics recorded', 'Pat Ceo'],
				['Customer onboarding', 'Changed “Week 3: Training”', 'Dana Csm'],
			]);
			expect(rows.map((r) => r.path)).toEqual([
				'/runbooks/customer-onboarding/',
				'/metrics/',
				'/runbooks/customer-onboarding/',
			]);
			// The commit messages ("wip", "Refactor the page pipeline") appear nowhere.
			expect(JSON.stringify(rows)).not.toMatch(/wip|Refactor|Initial site/);
			const xml = rssXml(
				rows,
				{ title: 't', link: 'https://h.example/', description: 'd' },
				(p) => `https://h.example${p}`,
			);
			expect(xml).toContain('<title>Weekly metrics: Week 11 metrics recorded</title>');
			expect(xml).toContain('Changed “Week 3: Training”, by Dana Csm (owner: csm)');
			expect(xml.match(/<item>/g)).toHaveLength(3);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('tells content commits from engineering ones by the files they touch', () => {
		expect(isContentCommit({ files: ['content/docs/a.mdx', 'content/data/metrics/week-11.yaml'] })).toBe(true);
		expect(isContentCommit({ files: ['content/docs/a.mdx', 'src/lib/x.ts'] })).toBe(false);
		expect(isContentCommit({ files: [] })).toBe(false);
	});

	it('words a page change by its hunks: sections, details, review', () => {
		const hunk = (heading: string, removed: string[], added: string[]) => ({ heading, removed, added });
		expect(describePageChange({ status: 'added', hunks: [] })).toBe('New page');
		expect(
			describePageChange({
				status: 'changed',
				hunks: [hunk('', ['lastReviewed: 2026-01-01'], ['lastReviewed: 2026-02-02'])],
			}),
		).toBe('Marked reviewed');
		expect(
			describePageChange({
				status: 'changed',
				hunks: [
					hunk('', ['owner: csm'], ['owner: ceo']),
					hunk('## Escalation', ['a'], ['b']),
					hunk('', ['lastReviewed: x'], ['lastReviewed: y']),
				],
			}),
		).toBe('Changed “Escalation”; changed its owner; marked reviewed');
		expect(describePageChange({ status: 'changed', hunks: [hunk('', ['Intro.'], ['Intro!'])] })).toBe(
			'Changed the introduction',
		);
		expect(
			describePageChange({ status: 'changed', hunks: ['A', 'B', 'C', 'D'].map((h) => hunk(`## ${h}`, ['x'], ['y'])) }),
		).toBe('Changed “A”, “B” and 2 more sections');
		expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
	});

	it('words a data change: a week recorded, updated or removed, or a table updated', () => {
		const change = (status: 'added' | 'changed' | 'deleted') => ({ status, hunks: [] });
		expect(describeDataChange('content/data/metrics/week-11.yaml', change('added'), 'Weekly metrics')).toBe(
			'Week 11 metrics recorded',
		);
		expect(describeDataChange('content/data/metrics/week-11.yaml', change('changed'), 'Weekly metrics')).toBe(
			'Week 11 metrics updated',
		);
		expect(describeDataChange('content/data/metrics/week-9.yaml', change('deleted'), 'Weekly metrics')).toBe(
			'Week 9 metrics removed',
		);
		expect(describeDataChange('content/data/kpis.yaml', change('changed'), 'Kpis figures')).toBe(
			'Kpis figures updated',
		);
	});

	it('reads a patch into files and hunks with the heading above each', () => {
		const patch = [
			'diff --git a/content/docs/a.mdx b/content/docs/a.mdx',
			'--- a/content/docs/a.mdx',
			'+++ b/content/docs/a.mdx',
			'@@ -10 +10 @@ ## Week 1',
			'-- [ ] Step.',
			'+- [ ] Step, done.',
			'diff --git a/content/data/metrics/week-11.yaml b/content/data/metrics/week-11.yaml',
			'new file mode 100644',
			'--- /dev/null',
			'+++ b/content/data/metrics/week-11.yaml',
			'@@ -0,0 +1,2 @@',
			'+week: 11',
			'+source: x',
		].join('\n');
		expect(parsePatch(patch)).toEqual({
			'content/docs/a.mdx': {
				status: 'changed',
				hunks: [{ heading: '## Week 1', removed: ['- [ ] Step.'], added: ['- [ ] Step, done.'] }],
			},
			'content/data/metrics/week-11.yaml': {
				status: 'added',
				hunks: [{ heading: '', removed: [], added: ['week: 11', 'source: x'] }],
			},
		});
	});
});
