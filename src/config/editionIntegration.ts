// Says which handbook a build makes, and in the public edition turns links
// to internal pages into text as Markdown and MDX pages compile
// (publicLinks.ts). Warns loudly when a public build has no SITE_URL, since
// its sitemap and canonical links would point at the local server.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPublicBuild, type SiteOptions } from '~/lib/site/options';
import { internalPagePaths } from '~/lib/site/pages-fs';
import { unlinkInternalPlugin } from './publicLinks';

type Processor = { options: { hastPlugins: unknown[] } };

export function editionIntegration(options: SiteOptions): AstroIntegration {
	// Read when the build starts, from the project's own content/docs.
	let internal: ReadonlySet<string> = new Set();
	return {
		name: 'handbook-edition',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const docsDir = join(fileURLToPath(config.root), 'content/docs');
				internal = internalPagePaths(docsDir);
				if (!isPublicBuild(options)) return;
				(config.markdown.processor as unknown as Processor).options.hastPlugins.push(
					unlinkInternalPlugin(internal, docsDir, options.base),
				);
			},
			'astro:build:start': ({ logger }) => {
				logger.info(
					isPublicBuild(options)
						? `building the PUBLIC handbook: ${internal.size} internal pages left out`
						: 'building the INTERNAL handbook: every page included; serve it only behind single sign-on',
				);
				// A public build without SITE_URL gets the SITE_URL warning below, which covers share links too.
				if (options.publicSiteIsLocal && !(isPublicBuild(options) && options.siteIsLocal))
					logger.warn(
						`PUBLIC_SITE_URL is not set: ROI share links will point at ${options.publicSiteUrl}, which a prospect cannot open. Set it to the public handbook's address.`,
					);
				if (isPublicBuild(options) && options.siteIsLocal)
					logger.warn(
						`SITE_URL is not set: the public sitemap and canonical links will point at ${options.site}. Set SITE_URL to the public address.`,
					);
			},
		},
	};
}
