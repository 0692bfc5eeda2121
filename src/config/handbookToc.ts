// Registers the handbook's route middleware: component-rendered headings in
// "On this page" (src/middleware/toc.ts) and the page
// title kept as text in <head> (src/middleware/plainTitle.ts).
import type { StarlightPlugin } from '@astrojs/starlight/types';

export function handbookToc(): StarlightPlugin {
	return {
		name: 'handbook-toc',
		hooks: {
			'config:setup': ({ addRouteMiddleware }) => {
				addRouteMiddleware({ entrypoint: './src/middleware/toc.ts' });
				addRouteMiddleware({ entrypoint: './src/middleware/plainTitle.ts' });
			},
		},
	};
}
