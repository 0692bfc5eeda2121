// Registers the handbook's route middleware: component-rendered headings in
// "On this page" (src/components/starlight/tocMiddleware.ts) and the page
// title kept as text in <head> (src/middleware/plainTitle.ts).
import type { StarlightPlugin } from '@astrojs/starlight/types';

export function handbookToc(): StarlightPlugin {
	return {
		name: 'handbook-toc',
		hooks: {
			'config:setup': ({ addRouteMiddleware }) => {
				addRouteMiddleware({ entrypoint: './src/components/starlight/tocMiddleware.ts' });
				addRouteMiddleware({ entrypoint: './src/middleware/plainTitle.ts' });
			},
		},
	};
}
