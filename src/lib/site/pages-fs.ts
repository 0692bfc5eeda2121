/**
 * Reads content/docs from disk: every page's file, text and frontmatter, and
 * from them the paths of the internal pages. Node only (the `-fs` says so):
 * code bound for the browser imports src/lib/site/visibility.ts and
 * src/lib/site/pageSource.ts, which are pure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodePage, frontmatterOf, slugPath } from './pageSource';
import { internalPaths } from './visibility';

// Resolved from the working directory: this module is also bundled into the
// build's prerender chunks, where import.meta.url points elsewhere.
const DOCS = join(process.cwd(), 'content/docs');

type PageSource = { file: string; source: string; frontmatter: unknown };
// One cache per build process, shared by every copy of this module: the
// config's (page checks, links) and the one bundled into the prerender
// chunks, so that each page's file is read and its frontmatter parsed once a build.
const CACHE = Symbol.for('handbook.pageFrontmatters');
const frontmatterCache: Map<string, PageSource[]> = ((globalThis as Record<symbol, unknown>)[CACHE] ??=
	new Map()) as Map<string, PageSource[]>;

/**
 * Every page's file (relative to `docsDir`), text and parsed frontmatter,
 * read once per build: components ask for internal paths on every render. A
 * build is one process, so the pages cannot change under it.
 */
export function pageFrontmatters(docsDir: string = DOCS): PageSource[] {
	const key = resolve(docsDir);
	let pages = frontmatterCache.get(key);
	if (!pages) {
		pages = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.mdx?$/.test(f))
			.map((file) => {
				const path = join(docsDir, file);
				const source = decodePage(readFileSync(path), `content/docs/${file}`);
				return { file, source, frontmatter: frontmatterOf(source, path) };
			});
		frontmatterCache.set(key, pages);
	}
	return pages;
}

/** Root-relative paths (`/plans/hiring-plan/`) of every page that is not explicitly public and has no public view. */
export function internalPagePaths(docsDir: string = DOCS): Set<string> {
	return internalPaths(
		pageFrontmatters(docsDir).map((page) => ({ path: slugPath(page.file), frontmatter: page.frontmatter })),
	);
}
