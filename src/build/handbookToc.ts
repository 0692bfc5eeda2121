// Registers the route middleware that adds component-rendered headings to
// "On this page" (src/components/starlight/tocMiddleware.ts).
import type { StarlightPlugin } from '@astrojs/starlight/types';

export function handbookToc(): StarlightPlugin {
	return {
		name: 'handbook-toc',
		hooks: {
			'config:setup': ({ addRouteMiddleware }) => {
				addRouteMiddleware({ entrypoint: './src/components/starlight/tocMiddleware.ts' });
			},
		},
	};
}
