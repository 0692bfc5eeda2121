// Says which handbook a build is, and in the public build rewrites every
// link to an internal page into text (publicLinks.ts). Warns loudly when a
// public build has no SITE_URL, since its sitemap and canonical links would
// point at the local server.
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteOptions } from '~/lib/site/options';
import { internalPagePaths } from '~/lib/site/audience';
import { unlinkInternal } from './publicLinks';
import { htmlFiles } from './htmlFiles.mjs';

export function audienceIntegration(options: SiteOptions): AstroIntegration {
	const internal = internalPagePaths();
	return {
		name: 'handbook-audience',
		hooks: {
			'astro:build:start': ({ logger }) => {
				logger.info(
					options.audience === 'public'
						? `building the PUBLIC handbook: ${internal.size} internal pages left out`
						: 'building the INTERNAL handbook: every page included; serve it only behind single sign-on',
				);
				// A public build without SITE_URL gets the SITE_URL warning below, which covers share links too.
				if (options.publicSiteIsLocal && !(options.audience === 'public' && options.siteIsLocal))
					logger.warn(
						`PUBLIC_SITE_URL is not set: ROI share links will point at ${options.publicSiteUrl}, which a prospect cannot open. Set it to the public handbook's address.`,
					);
				if (options.audience === 'public' && options.siteIsLocal)
					logger.warn(
						`SITE_URL is not set: the public sitemap and canonical links will point at ${options.site}. Set SITE_URL to the public address.`,
					);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (options.audience !== 'public') return;
				const root = fileURLToPath(dir);
				let changed = 0;
				for await (const file of htmlFiles(root)) {
					const url =
						'/' +
						relative(root, file)
							.replace(/\\/g, '/')
							.replace(/index\.html$/, '');
					const pageUrl = options.base.replace(/\/$/, '') + url;
					const html = await readFile(file, 'utf8');
					const rewritten = unlinkInternal(html, pageUrl, internal, options.base);
					if (rewritten !== html) {
						await writeFile(file, rewritten);
						changed++;
					}
				}
				logger.info(`links to internal pages turned into text on ${changed} pages`);
			},
		},
	};
}
