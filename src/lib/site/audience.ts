/**
 * Who a build is for, and which pages it may carry. This module is the one
 * owner of "is this public?": the build config, the content collection, the
 * link rewriting, the components and the site tests all ask it.
 *
 * Fail closed: a page is internal unless its frontmatter says
 * `visibility: public`, and an audience other than the two below stops the
 * build with the allowed values.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
// js-yaml, as Astro reads frontmatter, about ten times faster than `yaml` on
// small documents; the core schema keeps dates as written (2026-02-30 stays
// text for the review-date check instead of rolling over into March).
import { CORE_SCHEMA, load } from 'js-yaml';

export const AUDIENCES = ['internal', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** HANDBOOK_AUDIENCE: unset means the internal build; anything but the exact allowed values is an error. */
export function parseAudience(value: string | undefined): Audience {
	if (value === undefined) return 'internal';
	if ((AUDIENCES as readonly string[]).includes(value)) return value as Audience;
	throw new Error(
		`HANDBOOK_AUDIENCE=${JSON.stringify(value)} is not an audience; use one of: ${AUDIENCES.join(', ')} (or leave it unset for internal)`,
	);
}

/** A page's visibility from its parsed frontmatter: only an explicit `public` makes it public. */
export function isPublicPage(frontmatter: unknown): boolean {
	return (
		typeof frontmatter === 'object' &&
		frontmatter !== null &&
		(frontmatter as Record<string, unknown>).visibility === 'public'
	);
}

/** A data file's visibility, as its top line says: only an explicit `public` makes it public. */
export function isPublicData(visibility: unknown): boolean {
	return visibility === 'public';
}

/** Inside a public data file, a row marked `internal: true` is internal. */
export function isInternalRow(value: unknown): boolean {
	return typeof value === 'object' && value !== null && (value as { internal?: unknown }).internal === true;
}

/** Inside a public data file, a field whose name starts with `internal` (`internalDetail`) is internal. */
export function isInternalField(key: string): boolean {
	return /^internal[A-Z]/.test(key);
}

/** The parsed YAML frontmatter of an MDX/Markdown file; a syntax error names the file. */
export function frontmatterOf(source: string, file: string): unknown {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return {};
	try {
		return load(match[1] ?? '', { schema: CORE_SCHEMA }) ?? {};
	} catch (error) {
		throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
	}
}

/** `runbooks/incident-response.mdx` → `/runbooks/incident-response/`. */
export function slugPath(file: string): string {
	const path = file
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return path ? `/${path}/` : '/';
}

// Resolved from the working directory: this module is also bundled into the
// build's prerender chunks, where import.meta.url points elsewhere.
const DOCS = join(process.cwd(), 'content/docs');

/**
 * Paths where the public build serves a view of its own in place of an
 * internal handbook page: the ROI calculator's prospect view (the internal
 * page keeps the rep's guidance) and the public home page that points a
 * prospect to it (src/config/prospectRoutes.ts). Links to these stay live in
 * the public build.
 */
export const PUBLIC_VIEW_PATHS: ReadonlySet<string> = new Set(['/', '/calculators/roi/']);

type PageSource = { file: string; source: string; frontmatter: unknown };
// One cache per build process, shared by every copy of this module: the
// config's (page checks, links) and the one bundled into the prerender
// chunks, so that each page's file is read and its frontmatter parsed once a build.
const CACHE = Symbol.for('handbook.pageFrontmatters');
const frontmatterCache: Map<string, PageSource[]> = ((globalThis as Record<symbol, unknown>)[CACHE] ??=
	new Map()) as Map<string, PageSource[]>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		if (!length) return i;
		for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += length;
	}
	return i;
}

/** A page file's text; a file that is not UTF-8 names itself, the line and the byte. */
export function decodePage(bytes: Uint8Array, file: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		const good = firstInvalidUtf8(bytes);
		const before = new TextDecoder().decode(bytes.subarray(0, good));
		const line = before.split('\n').length;
		const byte = bytes[good]?.toString(16).toUpperCase().padStart(2, '0');
		throw new Error(
			`${file}:${line}: the file is not UTF-8 text (byte 0x${byte} is not valid UTF-8); save it as UTF-8 and build again`,
		);
	}
}

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
	return new Set(
		pageFrontmatters(docsDir)
			.filter((page) => !isPublicPage(page.frontmatter))
			.map((page) => slugPath(page.file))
			.filter((path) => !PUBLIC_VIEW_PATHS.has(path)),
	);
}

/**
 * Whether a link target is an internal page. Accepts root-relative paths with
 * or without the base path, a trailing slash, a query or a fragment.
 */
export function isInternalPath(path: string, internal: ReadonlySet<string>, base = '/'): boolean {
	let clean = path.split('#')[0]?.split('?')[0] ?? '';
	const prefix = base.replace(/\/+$/, '');
	if (prefix && (clean === prefix || clean.startsWith(`${prefix}/`))) clean = clean.slice(prefix.length) || '/';
	return internal.has(clean.endsWith('/') ? clean : `${clean}/`);
}
