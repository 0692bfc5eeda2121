/**
 * "What changed": the pages changed in the last 30 and 90 days, read from git
 * history at build time. Parsing is pure and tested on strings; only
 * readGitHistory runs git. A shallow clone (CI checkouts often are) or a
 * build without git still builds: the page then says its history is
 * incomplete instead of claiming nothing changed.
 */
import { execFileSync } from 'node:child_process';
import { slugPath } from '~/lib/site/audience';

export type Commit = { hash: string; date: Date; subject: string; files: string[] };

/** Record and unit separators keep subjects with any punctuation intact. */
export const LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

/** Parses `git log --name-only --format=LOG_FORMAT` output. */
export function parseGitLog(output: string): Commit[] {
	return output
		.split('\x1e')
		.filter((record) => record.trim() !== '')
		.flatMap((record) => {
			const [header = '', ...rest] = record.split('\n');
			const [hash, iso, subject] = header.split('\x1f');
			const date = new Date(iso ?? '');
			if (!hash || !subject || Number.isNaN(date.getTime())) return [];
			const files = rest.map((l) => l.trim()).filter(Boolean);
			return [{ hash, date, subject, files }];
		});
}

/** `git rev-parse --is-shallow-repository` prints "true" or "false". */
export function isShallowOutput(output: string): boolean {
	return output.trim() === 'true';
}

export type History = { commits: Commit[]; complete: boolean; reason: string };

export function readGitHistory(cwd: string, sinceDays = 90): History {
	const git = (args: string[]) =>
		execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	try {
		const shallow = isShallowOutput(git(['rev-parse', '--is-shallow-repository']));
		const log = git([
			'log',
			`--since=${sinceDays} days ago`,
			'--name-only',
			`--format=${LOG_FORMAT}`,
			'--',
			'content/docs',
		]);
		return {
			commits: parseGitLog(log),
			complete: !shallow,
			reason: shallow ? 'this copy of the repository is a shallow clone, so older changes are missing' : '',
		};
	} catch {
		return { commits: [], complete: false, reason: 'git history was not available when the site was built' };
	}
}

export type PageInfo = { title: string; owner: string };

export type Change = {
	date: Date;
	path: string;
	title: string;
	owner: string;
	subject: string;
	hash: string;
	ageDays: number;
};

/**
 * One row per page per commit within `days` of `today`, newest first. Files
 * that are not pages of this build (deleted, or internal in the public build)
 * are left out.
 */
export function pageChanges(
	commits: Commit[],
	pages: ReadonlyMap<string, PageInfo>,
	today: Date,
	days: number,
): Change[] {
	const dayMs = 86_400_000;
	return commits
		.flatMap((c) => {
			// Calendar days in UTC, as review dates are counted.
			const day = Date.UTC(c.date.getUTCFullYear(), c.date.getUTCMonth(), c.date.getUTCDate());
			const ageDays = Math.round((today.getTime() - day) / dayMs);
			if (ageDays > days) return [];
			return c.files
				.filter((f) => /^content\/docs\/.+\.mdx?$/.test(f))
				.map((f) => slugPath(f.replace(/^content\/docs\//, '')))
				.flatMap((path) => {
					const page = pages.get(path);
					return page
						? [
								{
									date: c.date,
									path,
									title: page.title,
									owner: page.owner,
									subject: c.subject,
									hash: c.hash,
									ageDays: Math.max(0, ageDays),
								},
							]
						: [];
				});
		})
		.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
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
				`<item><title>${escapeXml(inertText(`${c.title}: ${c.subject}`))}</title><link>${escapeXml(pageUrl(c.path))}</link><guid isPermaLink="false">${escapeXml(`${c.hash}:${c.path}`)}</guid><pubDate>${c.date.toUTCString()}</pubDate><description>${escapeXml(htmlText(`${c.subject} (owner: ${c.owner})`))}</description></item>`,
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(inertText(channel.title))}</title><link>${escapeXml(channel.link)}</link><description>${escapeXml(htmlText(channel.description))}</description>
${items}
</channel></rss>
`;
}
