/**
 * The changes shown on /handbook/changes/ and in /rss.xml, from this
 * build's pages and the repository's history; both read this one function.
 * Data files count as changes to the page that shows them: a week of
 * metrics to /metrics/, any other file to the first page its registry entry
 * names (src/lib/data/registry.ts).
 */
import { contentChanges, readGitHistory, type Change, type DataPage, type PageInfo } from './changes';
import type { PageRecord } from './pageIndex';
import { DATA_NAMES, dataReaders, type DataName } from '~/lib/data/registry';

export const WINDOW_DAYS = 90;

export function dataPageOf(file: string): DataPage | null {
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
