// The public build's own pages, made for people outside the company: a small
// home page at / (src/components/public/PublicHome.astro) that points a
// prospect to the ROI estimate, the prospect view of the ROI calculator at
// /calculators/roi/ (src/components/calculators/roi/ProspectPage.astro,
// where every share link points), a 404 page in place of Starlight's
// (astro.config.mjs turns Starlight's off in the public build) and /robots.txt. The internal build keeps
// the handbook's home and content/docs/calculators/roi.mdx, with the rep's
// guidance, at those paths. PUBLIC_VIEW_PATHS in src/lib/site/visibility.ts
// lists the paths, so that links to them stay live in the public build.
import type { AstroIntegration } from 'astro';
import { isPublicBuild, type SiteOptions } from '~/lib/site/options';
import { PROSPECT_VIEW_PATH } from '~/lib/site/prospectView';

export function prospectRoutes(options: SiteOptions): AstroIntegration {
	return {
		name: 'handbook-prospect-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (!isPublicBuild(options)) return;
				injectRoute({ pattern: '/', entrypoint: './src/components/public/PublicHome.astro', prerender: true });
				injectRoute({
					pattern: PROSPECT_VIEW_PATH.replace(/\/$/, ''),
					entrypoint: './src/components/calculators/roi/ProspectPage.astro',
					prerender: true,
				});
				injectRoute({ pattern: '/404', entrypoint: './src/components/public/NotFound.astro', prerender: true });
				injectRoute({ pattern: '/robots.txt', entrypoint: './src/routes/robots.txt.ts', prerender: true });
			},
		},
	};
}
