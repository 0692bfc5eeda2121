// Builds the Pagefind search index in place of Starlight's own run, for one
// difference: the owner/audience/review line under each title stays out of
// excerpts (its filters are still read). Synonyms are already in the pages
// (MarkdownContent.astro), so Pagefind reads the built folder directly.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function check<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
}

export function searchIndexIntegration(): AstroIntegration {
	return {
		name: 'handbook-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				try {
					const { index } = check(await pagefind.createIndex({ excludeSelectors: ['[data-page-meta]'] }));
					if (!index) throw new Error('Pagefind did not create an index');
					const { page_count } = check(await index.addDirectory({ path: root }));
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`search index: ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
