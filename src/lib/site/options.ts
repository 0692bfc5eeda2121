/**
 * Build switches read from the environment, in one place, so that the config,
 * the components, the tests and the scripts agree on them. An unknown value is
 * an error, never a default: a typo must not publish the internal handbook.
 */
import { isPublic, parseEdition, type Visibility } from './visibility';
import { handbookToday } from '~/lib/handbook/reviewDue';

export type SiteOptions = {
	/** Which handbook the build makes: the internal one (every page) or the public one (pages made for outsiders). */
	edition: Visibility;
	/** The site's own URL (sitemap, canonical links). */
	site: string;
	/** True when SITE_URL was not given and `site` is the local server. */
	siteIsLocal: boolean;
	/** Where share links for prospects point: the public handbook's URL. */
	publicSiteUrl: string;
	/** True when share links fall back to the local server: no PUBLIC_SITE_URL, and no SITE_URL for a public build. */
	publicSiteIsLocal: boolean;
	base: string;
	editUrl: string;
	outDir: string;
	/** The day the build counts as today for review dates (HANDBOOK_TODAY pins it). */
	today: Date;
	/** The browser editor's git backend (CMS_BACKEND, CMS_REPO, CMS_BRANCH); no repository means local editing only. */
	cms: { backend: 'github' | 'gitlab'; repo: string; branch: string };
};

export const LOCAL_SITE = 'http://127.0.0.1:4321';

type Env = Record<string, string | undefined>;

function parseUrl(name: string, value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`${name}=${JSON.stringify(value)} is not a URL; give the full address, e.g. https://handbook.example.com`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`${name} must be an http(s) URL, not ${JSON.stringify(value)}`);
	return url.href.replace(/\/+$/, '');
}

/**
 * The editor's git host. An internal build for a real address (SITE_URL set)
 * ships /admin/ to people who cannot pick a local folder: without a
 * repository there would be nothing to sign in to, so such a build stops.
 */
function parseCms(env: Env, edition: Visibility): SiteOptions['cms'] {
	const backend = env.CMS_BACKEND || 'github';
	if (backend !== 'github' && backend !== 'gitlab')
		throw new Error(`CMS_BACKEND=${JSON.stringify(backend)} is not supported; use github or gitlab`);
	const repo = (env.CMS_REPO ?? '').trim();
	if (repo && !/^[\w.-]+(\/[\w.-]+)+$/.test(repo))
		throw new Error(`CMS_REPO=${JSON.stringify(repo)} is not a repository path; use owner/name`);
	if (!repo && !isPublic(edition) && env.SITE_URL)
		throw new Error(
			'CMS_REPO is not set: the internal handbook for SITE_URL would ship an editor (/admin/) with no repository to sign in to. Set CMS_REPO=owner/name (and CMS_BACKEND=github or gitlab, CMS_BRANCH if not main).',
		);
	return { backend, repo, branch: env.CMS_BRANCH || 'main' };
}

export function siteOptions(env: Env = process.env): SiteOptions {
	const edition = parseEdition(env.HANDBOOK_AUDIENCE);
	const rawBase = (env.BASE_PATH ?? '').trim();
	const base = rawBase && rawBase !== '/' ? '/' + rawBase.replace(/^\/+|\/+$/g, '') : '/';
	const site = env.SITE_URL ? parseUrl('SITE_URL', env.SITE_URL) : LOCAL_SITE;
	const publicSiteUrl = env.PUBLIC_SITE_URL
		? parseUrl('PUBLIC_SITE_URL', env.PUBLIC_SITE_URL)
		: isPublic(edition)
			? site
			: LOCAL_SITE;
	return {
		edition,
		site,
		siteIsLocal: !env.SITE_URL,
		publicSiteUrl,
		publicSiteIsLocal: publicSiteUrl === LOCAL_SITE,
		base,
		editUrl: env.EDIT_URL_BASE || '',
		outDir: env.OUT_DIR || (isPublic(edition) ? './dist-public' : './dist'),
		today: handbookToday(env),
		cms: parseCms(env, edition),
	};
}

/** Whether the build makes the public handbook: the question every component and integration asks. */
export function isPublicBuild(options: Pick<SiteOptions, 'edition'> = siteOptions()): boolean {
	return isPublic(options.edition);
}
