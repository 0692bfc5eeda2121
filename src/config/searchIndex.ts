// Builds the Pagefind search index in place of Starlight's own run, for two
// differences: the owner/audience/review line under each title stays out of
// excerpts (its filters are still read), and table cells are indexed apart
// (src/lib/search/tableText.ts) so their excerpts read. Synonyms are already
// in the pages (MarkdownContent.astro). Also serves /search-vocabulary.json,
// which the dialog reads to turn questions into searches.
//
// The index is built from the one walk over the built pages
// (src/config/builtPages.ts), and Pagefind is given only what it indexes of
// each page: the sidebar, which lists every page on every page, would cost
// more to read than the page's own text. The walk writes that part of each
// page to a staging folder, which Pagefind then reads itself, in one request
// (sending each page through its service instead, as JSON in base64, costs
// both sides about twice the CPU).
import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltPages } from './builtPages';
import { separateTableCells } from '~/lib/search/tableText';

function check<T extends { errors: string[] }>(response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
	return response;
}

const BODY = 'data-pagefind-body';

/**
 * What Pagefind reads of a built page: the page up to its <body> (the
 * language, the head) and the one <main> Starlight marks data-pagefind-body,
 * which holds the text, the title, the filters and the metadata. Pagefind
 * indexes nothing outside that element, so the index is the same as from the
 * whole page; a page marked otherwise (no such element, more than one, or
 * another element) is given whole.
 */
export function indexedHtml(page: Buffer): string {
	const at = page.indexOf(BODY);
	const open = page.lastIndexOf('<', at);
	const body = page.lastIndexOf('<body', at);
	const close = page.lastIndexOf('</main>');
	const single =
		at >= 0 &&
		page.indexOf(BODY, at + BODY.length) < 0 &&
		page.toString('latin1', open, open + 6) === '<main ' &&
		page.indexOf('>', open) > at &&
		body >= 0 &&
		close > at;
	if (!single) return page.toString('utf8');
	return `${page.toString('utf8', 0, body)}<body>${page.toString('utf8', open, close)}</main></body></html>`;
}

export function searchIndexIntegration(pages: BuiltPages): AstroIntegration {
	let staging: string | undefined;
	let folders = new Set<string>();
	let started = 0;
	const removeStaging = () => {
		if (staging) rmSync(staging, { recursive: true, force: true });
		staging = undefined;
	};
	pages.add({
		name: 'the search index',
		start: () => {
			started = performance.now();
			removeStaging();
			staging = mkdtempSync(join(tmpdir(), 'handbook-search-'));
			folders = new Set();
		},
		page: (sourcePath, bytes) => {
			const file = join(staging!, sourcePath);
			const folder = dirname(file);
			if (!folders.has(folder)) {
				mkdirSync(folder, { recursive: true });
				folders.add(folder);
			}
			writeFileSync(file, separateTableCells(indexedHtml(bytes)));
		},
		finish: async (root, logger) => {
			const index = check(await pagefind.createIndex({ excludeSelectors: ['[data-page-meta]'] })).index;
			if (!index) throw new Error('Pagefind did not create an index');
			const { page_count } = check(await index.addDirectory({ path: staging! }));
			check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
			logger.info(`search index: ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
		},
		close: async () => {
			removeStaging();
			await pagefind.close();
		},
	});
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
		},
	};
}
