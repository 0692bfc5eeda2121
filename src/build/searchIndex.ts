// Builds the Pagefind search index in place of Starlight's own run, so that
// the indexed text can be changed in memory (the HTML in dist/ is not touched):
// - every page that uses a glossary term or acronym also gets the term's other
//   forms (content/data/synonyms.yaml) in a searched metadata field, so "ARR"
//   and "annual recurring revenue" find the same pages;
// - the owner/audience/review line under each title stays out of excerpts; its
//   filters are still read.
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { synonymMatcher, synonymsSchema } from '~/lib/search/synonyms';

const SYNONYMS_FILE = new URL('../../content/data/synonyms.yaml', import.meta.url);

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

const text = (html: string) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');

/** Adds the synonyms of the terms a page uses as a metadata field, which Pagefind searches but never shows in excerpts. */
export function withSynonyms(html: string, synonymsOf: (text: string) => string[]): string {
	const start = html.indexOf('data-pagefind-body');
	const end = html.lastIndexOf('</main>');
	if (start < 0 || end < start) return html;
	const added = synonymsOf(text(html.slice(start, end)));
	if (added.length === 0) return html;
	const escaped = added.join(', ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	return `${html.slice(0, end)}<span data-pagefind-meta="synonyms:${escaped}"></span>${html.slice(end)}`;
}

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
				const synonyms = synonymsSchema.parse(parse(await readFile(SYNONYMS_FILE, 'utf8')));
				const synonymsOf = synonymMatcher(synonyms.groups);
				const root = fileURLToPath(dir);
				try {
					const { index } = check(await pagefind.createIndex({ excludeSelectors: ['[data-page-meta]'] }));
					let pages = 0;
					for await (const file of htmlFiles(root)) {
						const html = await readFile(file, 'utf8');
						const sourcePath = relative(root, file).replace(/\\/g, '/');
						check(await index.addHTMLFile({ sourcePath, content: withSynonyms(html, synonymsOf) }));
						pages++;
					}
					check(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
					logger.info(`search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
