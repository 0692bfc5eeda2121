/**
 * "What changed", a changelog for readers: what changed in the handbook's
 * content in the last 90 days, read from git history at build time. Only
 * content changes count (pages in content/docs, figures in content/data):
 * a commit that also touches anything else is engineering work, and stays
 * out with every page it touched. Each entry names the page, the section
 * that changed (the heading above the changed lines, as git's Markdown diff
 * driver reports it), who made the change and when, in words: "Changed
 * “Week 3”", "Marked reviewed", "Week 11 metrics recorded".
 *
 * Parsing and wording are pure and tested on strings; git is run by
 * changes-fs.ts. A shallow clone (CI checkouts often are) or a build without
 * git still builds: the page then says its history is incomplete instead of
 * claiming nothing changed.
 */
import { slugPath } from '~/lib/site/pageSource';

/** What one commit did to one content file: added, changed or deleted, and the hunks of the change. */
export type FileChange = { status: 'added' | 'changed' | 'deleted'; hunks: Hunk[] };
/** One hunk of a diff: the heading git names above it (may be empty), and its removed and added lines. */
export type Hunk = { heading: string; removed: string[]; added: string[] };

export type Commit = {
	hash: string;
	date: Date;
	subject: string;
	author: string;
	files: string[];
	/** Per content file, what changed; filled for content commits only. */
	changes?: Record<string, FileChange>;
};

/** Record and unit separators keep subjects and names with any punctuation intact. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s%x1f%an';

/** Parses `git log --name-only --format=LOG_FORMAT` output. */
export function parseGitLog(output: string): Commit[] {
	return output
		.split('\x1e')
		.filter((record) => record.trim() !== '')
		.flatMap((record) => {
			const [header = '', ...rest] = record.split('\n');
			const [hash, iso, subject, author = ''] = header.split('\x1f');
			const date = new Date(iso ?? '');
			if (!hash || !subject || Number.isNaN(date.getTime())) return [];
			const files = rest.map((l) => l.trim()).filter(Boolean);
			return [{ hash, date, subject, author, files }];
		});
}

/** Pages and the figures they show; the editor's media folder belongs to them too. */
export const CONTENT_PATHS = ['content/docs/', 'content/data/', 'public/images/'];

/** A commit that changes only content; anything else (code, tests, configuration) makes it engineering work. */
export function isContentCommit(commit: Pick<Commit, 'files'>): boolean {
	return commit.files.length > 0 && commit.files.every((f) => CONTENT_PATHS.some((p) => f.startsWith(p)));
}

/** Parses `git show -p --unified=0` output into each file's hunks. */
export function parsePatch(patch: string): Record<string, FileChange> {
	const files: Record<string, FileChange> = {};
	let current: FileChange | null = null;
	let hunk: Hunk | null = null;
	let from = '';
	for (const line of patch.split('\n')) {
		if (line.startsWith('diff --git ')) {
			current = null;
			hunk = null;
			from = '';
		} else if (line.startsWith('--- ')) {
			from = line.slice(4);
		} else if (line.startsWith('+++ ') && !hunk) {
			const to = line.slice(4);
			const path = (to === '/dev/null' ? from : to).replace(/^[ab]\//, '');
			const status = from === '/dev/null' ? 'added' : to === '/dev/null' ? 'deleted' : 'changed';
			current = { status, hunks: [] };
			files[path] = current;
		} else if (line.startsWith('@@') && current) {
			hunk = { heading: /^@@ [^@]* @@ ?(.*)$/.exec(line)?.[1]?.trim() ?? '', removed: [], added: [] };
			current.hunks.push(hunk);
		} else if (hunk && line.startsWith('-')) hunk.removed.push(line.slice(1));
		else if (hunk && line.startsWith('+')) hunk.added.push(line.slice(1));
	}
	return files;
}

/** `git rev-parse --is-shallow-repository` prints "true" or "false". */
export function isShallowOutput(output: string): boolean {
	return output.trim() === 'true';
}

export type History = { commits: Commit[]; complete: boolean; reason: string };

export type PageInfo = { title: string; owner: string };

export type Change = {
	date: Date;
	path: string;
	title: string;
	owner: string;
	/** What changed, in words: "Changed “Week 3”", "Week 11 metrics recorded". */
	subject: string;
	/** Who made the change (the commit's author). */
	author: string;
	hash: string;
	ageDays: number;
};

const DAY_MS = 86_400_000;

/** Calendar days in UTC between a change and today, as review dates are counted. */
function ageInDays(date: Date, today: Date): number {
	const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
	return Math.round((today.getTime() - day) / DAY_MS);
}

const newestFirst = (a: Change, b: Change) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title);

/** Frontmatter keys of a page, named as a reader knows them. */
const PAGE_DETAILS: Record<string, string> = {
	title: 'title',
	description: 'summary',
	owner: 'owner',
	audience: 'audience',
	kind: 'kind',
	reviewCadence: 'review cadence',
	sources: 'sources',
	visibility: 'visibility',
	sidebar: 'place in the sidebar',
	order: 'place in the sidebar',
};

/** "a", "a and b", "a, b and c" */
export function listInWords(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A hunk inside the frontmatter: no heading above it, and every changed line a `key:` line (or a nested one). */
function frontmatterKeys(hunk: Hunk): string[] | null {
	if (hunk.heading !== '') return null;
	const lines = [...hunk.removed, ...hunk.added];
	const keys = lines.map((l) => /^\s*([A-Za-z]+):/.exec(l)?.[1]);
	if (lines.length === 0 || keys.some((k) => k === undefined || (!(k in PAGE_DETAILS) && k !== 'lastReviewed')))
		return null;
	return [...new Set(keys as string[])];
}

/** A page's change in words, from its hunks. */
export function describePageChange(change: FileChange): string {
	if (change.status === 'added') return 'New page';
	const details = new Set<string>();
	const sections: string[] = [];
	let reviewed = false;
	for (const hunk of change.hunks) {
		const keys = frontmatterKeys(hunk);
		if (keys) {
			for (const key of keys) {
				if (key === 'lastReviewed') reviewed = true;
				else details.add(PAGE_DETAILS[key]!);
			}
			continue;
		}
		const heading =
			hunk.heading
				.replace(/^#+\s*/, '')
				.replace(/\s*#+$/, '')
				.trim() || 'the introduction';
		if (!sections.includes(heading)) sections.push(heading);
	}
	const parts: string[] = [];
	if (sections.length > 0) {
		const named = sections.map((s) => (s === 'the introduction' ? s : `“${s}”`));
		parts.push(
			named.length > 3
				? `Changed ${named.slice(0, 2).join(', ')} and ${named.length - 2} more sections`
				: `Changed ${listInWords(named)}`,
		);
	}
	if (details.size > 0) parts.push(`${parts.length ? 'changed its' : 'Changed its'} ${listInWords([...details])}`);
	if (reviewed) parts.push(parts.length ? 'marked reviewed' : 'Marked reviewed');
	return parts.join('; ') || 'Changed';
}

/** What a data file's change says: a week of metrics is recorded, or a table's figures are updated. */
export function describeDataChange(file: string, change: FileChange, label: string): string {
	const week = /^content\/data\/metrics\/week-(\d+)\.ya?ml$/.exec(file)?.[1];
	if (week)
		return change.status === 'added'
			? `Week ${week} metrics recorded`
			: change.status === 'deleted'
				? `Week ${week} metrics removed`
				: `Week ${week} metrics updated`;
	return `${label} updated`;
}

export type DataPage = { path: string; label: string };

/**
 * The changelog: content commits only, one entry per page or data file per
 * commit within `days` of `today`, newest first. `dataPages` says which page
 * shows each data file (content/data/metrics/ → the metrics page); a file no
 * page of this build shows is left out, as are deleted pages.
 */
export function contentChanges(
	commits: Commit[],
	pages: ReadonlyMap<string, PageInfo>,
	dataPages: (file: string) => DataPage | null,
	today: Date,
	days: number,
): Change[] {
	return commits
		.flatMap((commit) => {
			const ageDays = ageInDays(commit.date, today);
			if (ageDays > days || !isContentCommit(commit) || !commit.changes) return [];
			return Object.entries(commit.changes).flatMap(([file, change]) => {
				const entry = (path: string, subject: string) => {
					const page = pages.get(path);
					return page
						? [
								{
									date: commit.date,
									path,
									title: page.title,
									owner: page.owner,
									subject,
									author: commit.author,
									hash: commit.hash,
									ageDays: Math.max(0, ageDays),
								},
							]
						: [];
				};
				if (/^content\/docs\/.+\.mdx?$/.test(file)) {
					if (change.status === 'deleted') return [];
					return entry(slugPath(file.replace(/^content\/docs\//, '')), describePageChange(change));
				}
				const shown = file.startsWith('content/data/') ? dataPages(file) : null;
				return shown ? entry(shown.path, describeDataChange(file, change, shown.label)) : [];
			});
		})
		.sort(newestFirst);
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export function escapeXml(text: string): string {
	// Characters XML 1.0 forbids are dropped, the five specials escaped.
	return text
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
		.replace(/[&<>"']/g, (c) => xmlEscapes[c]!);
}

// &#39; rather than &apos;, which HTML before HTML5 does not know.
const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML that shows exactly that text. An item's description is HTML
 * (RSS 2.0), and readers render it: a commit message such as
 * `<img src=x onerror=…>` must arrive as the characters, never as an element.
 */
export function htmlText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

/**
 * Text for an element some readers show as plain text and others render as
 * HTML (an item's title: RSS 2.0 does not say). Angle brackets become the
 * look-alike ‹ and ›, so neither reading can find markup in it and both show
 * the same words.
 */
export function inertText(text: string): string {
	return text.replace(/</g, '\u2039').replace(/>/g, '\u203a');
}

/**
 * The change feed. Item titles and descriptions are plain text in every
 * reader: escaped for XML once, and before that made inert (title) or
 * escaped as HTML (description), since readers decode the XML and then read
 * either as HTML.
 */
export function rssXml(
	changes: Change[],
	channel: { title: string; link: string; description: string },
	pageUrl: (path: string) => string,
): string {
	const items = changes
		.map(
			(c) =>
				`<item><title>${escapeXml(inertText(`${c.title}: ${c.subject}`))}</title><link>${escapeXml(pageUrl(c.path))}</link><guid isPermaLink="false">${escapeXml(`${c.hash}:${c.path}`)}</guid><pubDate>${c.date.toUTCString()}</pubDate><description>${escapeXml(htmlText(`${c.subject}${c.author ? `, by ${c.author}` : ''} (owner: ${c.owner})`))}</description></item>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(inertText(channel.title))}</title><link>${escapeXml(channel.link)}</link><description>${escapeXml(htmlText(channel.description))}</description>
${items}
</channel></rss>
`;
}
