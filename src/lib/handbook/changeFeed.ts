/**
 * The changes shown on /handbook/changes/ and in /rss.xml, from this
 * build's pages and the repository's history; both read this one function.
 */
import { pageChanges, readGitHistory, type Change, type PageInfo } from './changes';
import type { PageRecord } from './pageIndex';

export const WINDOW_DAYS = 90;

export function changeFeed(pages: PageRecord[], today: Date) {
	const map = new Map<string, PageInfo>(
		pages.map((p) => [p.slug === 'index' ? '/' : `/${p.slug}/`, { title: p.title, owner: p.owner }]),
	);
	const history = readGitHistory(process.cwd(), WINDOW_DAYS);
	const changes: Change[] = pageChanges(history.commits, map, today, WINDOW_DAYS);
	return { today, history, changes };
}
