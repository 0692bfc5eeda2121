// The handbook's search as a Starlight plugin: the Search override (which
// loads Pagefind only when search is opened) and the index build with
// synonyms, registered together in place of Starlight's own Pagefind run.
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { BuiltPages } from './builtPages';
import { searchIndexIntegration } from './searchIndex';

/** `pages`: the one walk over the built pages, which builds the index. */
export function handbookSearch(pages: BuiltPages): StarlightPlugin {
	return {
		name: 'handbook-search',
		hooks: {
			'config:setup': ({ config, updateConfig, addIntegration }) => {
				updateConfig({
					pagefind: false,
					components: { ...config.components, Search: './src/components/starlight/Search.astro' },
				});
				addIntegration(searchIndexIntegration(pages));
			},
		},
	};
}
