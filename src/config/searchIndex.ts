// Builds the Pagefind search index in place of Starlight's own run, for two
// differences: the owner/audience/review line under each title stays out of
// excerpts (its filters are still read), and table cells are indexed apart
// (src/lib/search/tableText.ts) so their excerpts read. Synonyms are already
// in the pages (MarkdownContent.astro). Also serves /search-vocabulary.json,
// which the dialog reads to turn questions into searches.
//
// The index is built in the one walk over the built pages
// (src/config/builtPages.ts), and Pagefind is given only what it indexes of
// each page: the sidebar, which lists every page on every page, would cost
// more to send than the page's own text.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
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
	let index: pagefind.PagefindIndex | undefined;
	// Pages are sent to Pagefind in the walk's order without waiting for each answer.
	let added: Promise<boolean>[] = [];
	let started = 0;
	pages.add({
		name: 'the search index',
		start: async () => {
			started = performance.now();
			added = [];
			index = check(await pagefind.createIndex({ excludeSelectors: ['[data-page-meta]'] })).index;
			if (!index) throw new Error('Pagefind did not create an index');
		},
		page: (sourcePath, bytes) => {
			const content = separateTableCells(indexedHtml(bytes));
			added.push(index!.addHTMLFile({ sourcePath, content }).then((response) => !!check(response).file));
		},
		finish: async (root, logger) => {
			const count = (await Promise.all(added)).filter(Boolean).length;
			check(await index!.writeFiles({ outputPath: join(root, 'pagefind') }));
			logger.info(`search index: ${count} pages in ${Math.round(performance.now() - started)} ms`);
		},
		close: async () => {
			index = undefined;
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
