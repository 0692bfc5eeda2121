// The pages marked `visibility: internal`, read from their frontmatter when
// the build starts. The public build leaves them out, and links to them from
// public pages become plain text (remarkInternalLinks, withBase callers).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Resolved from the working directory: this module is also bundled into the
// build's prerender chunks, where import.meta.url points elsewhere.
const DOCS = join(process.cwd(), 'content/docs');

function slugOf(file) {
	const path = file
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return path ? `/${path}/` : '/';
}

export function internalPagePaths(docsDir = DOCS) {
	const root = docsDir;
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
	return new Set(
		files
			.filter((f) => {
				const frontmatter = readFileSync(join(root, f), 'utf8').split(/^---$/m)[1] ?? '';
				return /^visibility:\s*internal\s*$/m.test(frontmatter);
			})
			.map(slugOf),
	);
}

export function isInternalPath(path, internal) {
	const clean = path.split('#')[0]?.split('?')[0] ?? '';
	return internal.has(clean.endsWith('/') ? clean : `${clean}/`);
}
