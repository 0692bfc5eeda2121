// In the public build, /calculators/roi/ is the prospect view of the ROI
// calculator (src/components/calculators/roi/ProspectPage.astro), which is
// where every share link points. The internal build keeps the handbook page
// content/docs/calculators/roi.mdx, with the rep's guidance, at that path.
// PUBLIC_VIEW_PATHS in src/lib/site/audience.ts lists the path, so that links
// to it stay live in the public build.
import type { AstroIntegration } from 'astro';
import type { SiteOptions } from '~/lib/site/options';
import { PROSPECT_VIEW_PATH } from '~/lib/site/prospectView';

export function prospectRoutes(options: SiteOptions): AstroIntegration {
	return {
		name: 'handbook-prospect-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (options.audience !== 'public') return;
				injectRoute({
					pattern: PROSPECT_VIEW_PATH.replace(/\/$/, ''),
					entrypoint: './src/components/calculators/roi/ProspectPage.astro',
					prerender: true,
				});
			},
		},
	};
}
