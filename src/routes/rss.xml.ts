// /rss.xml: the "what changed" list as an RSS 2.0 feed (internal build only).
import { siteOptions } from '~/lib/site/options';
import type { APIRoute } from 'astro';
import { pathWithBase } from '~/lib/handbook/paths';
import { changeFeed } from '~/lib/handbook/changes-fs';
import { rssXml } from '~/lib/handbook/changes';
import { pageRecords } from '~/components/pageRecords';
import { roleLabel, type RoleId } from '~/lib/handbook/roles';

export const GET: APIRoute = async ({ site }) => {
	const { changes } = changeFeed(await pageRecords(), siteOptions().today);
	const root = new URL(pathWithBase('/'), site ?? 'http://127.0.0.1:4321');
	const pageUrl = (path: string) => new URL(path.replace(/^\//, ''), root).href;
	const body = rssXml(
		changes.map((c) => ({ ...c, owner: roleLabel(c.owner as RoleId) })),
		{
			title: 'TAI Autonomics Handbook: what changed',
			link: pageUrl('/handbook/changes/'),
			description: 'Changes to the handbook’s pages and figures in the last 90 days.',
		},
		pageUrl,
	);
	return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
