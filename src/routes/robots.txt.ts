// /robots.txt of the public build: everything on it is made for outsiders,
// so crawlers may read it all, starting from the sitemap.
import type { APIRoute } from 'astro';
import { pathWithBase } from '~/lib/handbook/paths';

export const GET: APIRoute = ({ site }) => {
	const root = new URL(pathWithBase('/'), site ?? 'http://127.0.0.1:4321');
	const sitemap = new URL('sitemap-index.xml', root).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
