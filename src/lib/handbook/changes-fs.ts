/**
 * The changes shown on /handbook/changes/ and in /rss.xml, read from the
 * repository's git history at build time; both read changeFeed. Node only
 * (the `-fs` says so: it runs git): parsing and wording the history is pure,
 * in changes.ts. Data files count as changes to the page that shows them: a
 * week of metrics to /metrics/, any other file to the first page its
 * registry entry names (src/lib/data/registry.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	LOG_FORMAT,
	contentChanges,
	isContentCommit,
	isShallowOutput,
	parseGitLog,
	parsePatch,
	type Change,
	type DataPage,
	type History,
	type PageInfo,
} from './changes';
import type { PageRecord } from './pageIndex';
import { DATA_NAMES, dataReaders, type DataName } from '~/lib/data/registry';

const WINDOW_DAYS = 90;

export function readGitHistory(cwd: string, sinceDays = WINDOW_DAYS): History {
	const git = (args: string[]) =>
		execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
	// git's Markdown diff driver names the heading above each hunk; pages are .mdx, so say so for this run only.
	const attributes = mkdtempSync(join(tmpdir(), 'handbook-git-'));
	writeFileSync(join(attributes, 'attributes'), '*.mdx diff=markdown\n*.md diff=markdown\n');
	try {
		const shallow = isShallowOutput(git(['rev-parse', '--is-shallow-repository']));
		// Every file of each commit that touched content, to tell content commits from engineering ones.
		const log = git([
			'log',
			`--since=${sinceDays} days ago`,
			'--name-only',
			'--full-diff',
			`--format=${LOG_FORMAT}`,
			'--',
			'content',
		]);
		const commits = parseGitLog(log).map((commit) => {
			if (!isContentCommit(commit)) return commit;
			const patch = git([
				'-c',
				`core.attributesFile=${join(attributes, 'attributes')}`,
				'show',
				'--format=',
				'-p',
				'--unified=0',
				'--no-color',
				'--no-renames',
				'--no-ext-diff',
				commit.hash,
				'--',
				'content',
			]);
			return { ...commit, changes: parsePatch(patch) };
		});
		return {
			commits,
			complete: !shallow,
			reason: shallow ? 'this copy of the repository is a shallow clone, so older changes are missing' : '',
		};
	} catch {
		return { commits: [], complete: false, reason: 'git history was not available when the site was built' };
	} finally {
		rmSync(attributes, { recursive: true, force: true });
	}
}

function dataPageOf(file: string): DataPage | null {
	if (/^content\/data\/metrics\/[^/]+\.ya?ml$/.test(file)) return { path: '/metrics/', label: 'Weekly metrics' };
	const name = /^content\/data\/([\w-]+)\.ya?ml$/.exec(file)?.[1];
	if (!name || !(DATA_NAMES as string[]).includes(name)) return null;
	const slug = /\(([\w-]+\/[\w/-]+)/.exec(dataReaders(name as DataName))?.[1];
	const label = name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
	return slug ? { path: `/${slug}/`, label: `${label} figures` } : null;
}

export function changeFeed(pages: PageRecord[], today: Date) {
	const map = new Map<string, PageInfo>(
		pages.map((p) => [p.slug === 'index' ? '/' : `/${p.slug}/`, { title: p.title, owner: p.owner }]),
	);
	const history = readGitHistory(process.cwd(), WINDOW_DAYS);
	const changes: Change[] = contentChanges(history.commits, map, dataPageOf, today, WINDOW_DAYS);
	return { today, history, changes };
}
