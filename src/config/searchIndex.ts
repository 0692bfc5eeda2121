// Builds the Pagefind search index in place of Starlight's own run, for two
// differences: the owner/audience/review line under each title stays out of
// excerpts (its filters are still read), and table cells are indexed apart
// (src/lib/search/tableText.ts) so their excerpts read. Synonyms are already
// in the pages (MarkdownContent.astro). Also serves /search-vocabulary.json,
// which the dialog reads to turn questions into searches.
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlFiles } from './htmlFiles.mjs';
import { separateTableCells } from '~/lib/search/tableText';

function check<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
}

export function searchIndexIntegration(): AstroIntegration {
	return {
		name: 'handbook-search-index',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({
					pattern: '/search-vocabulary.json',
					entrypoint: './src/routes/search-vocabulary.json.ts',
					prerender: true,
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				try {
					const { index } = check(await pagefind.createIndex({ excludeSelectors: ['[data-page-meta]'] }));
					if (!index) throw new Error('Pagefind did not create an index');
					let page_count = 0;
					for await (const file of htmlFiles(root)) {
						const sourcePath = relative(root, file).replace(/\\/g, '/');
						const content = separateTableCells(await readFile(file, 'utf8'));
						const { file: added } = check(await index.addHTMLFile({ sourcePath, content }));
						if (added) page_count++;
					}
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`search index: ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
