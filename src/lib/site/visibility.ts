/**
 * Public or internal: one word for a page, a data file, a row inside a data
 * file and the edition a build makes. This module is the one owner of "is
 * this public?": the build config, the content collection, the data
 * registry, the editor, the components and the site tests all ask it, and
 * nothing else compares the strings.
 *
 * Fail closed: a page is internal unless its frontmatter says
 * `visibility: public`; a data file must say which it is; an edition other
 * than the two below stops the build with the allowed values.
 */

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Only the exact word `public` is public: anything else (missing, misspelt, another type) is internal. */
export function isPublic(visibility: unknown): boolean {
	return visibility === 'public';
}

type WithVisibility = { visibility?: unknown };

const DEFAULT_EDITION: Visibility = 'internal';

/**
 * The edition a build makes, from HANDBOOK_AUDIENCE: unset means the
 * internal handbook; anything but the exact allowed values is an error that
 * lists them, the default first.
 */
export function parseEdition(value: string | undefined): Visibility {
	if (value === undefined) return DEFAULT_EDITION;
	if ((VISIBILITIES as readonly string[]).includes(value)) return value as Visibility;
	const allowed = [DEFAULT_EDITION, ...VISIBILITIES.filter((v) => v !== DEFAULT_EDITION)];
	throw new Error(
		`HANDBOOK_AUDIENCE=${JSON.stringify(value)} is not an audience; use one of: ${allowed.join(', ')} (or leave it unset for internal)`,
	);
}

/** A page's visibility from its parsed frontmatter: only an explicit `visibility: public` makes it public. */
export function pageVisibility(frontmatter: unknown): Visibility {
	return typeof frontmatter === 'object' && frontmatter !== null && isPublic((frontmatter as WithVisibility).visibility)
		? 'public'
		: 'internal';
}
/** What a page or data file whose `visibility` is neither word is told. */
export const VISIBILITY_MESSAGE = `visibility must be one of: ${VISIBILITIES.join(', ')}`;

/**
 * A data file's visibility, as its top line says (`visibility: public` or
 * `visibility: internal`), from its parsed YAML; undefined when it says
 * neither. The registry, the editor and the weekly metrics all read a data
 * file's visibility through here.
 */
export function declaredVisibility(parsed: unknown): Visibility | undefined {
	const visibility = typeof parsed === 'object' && parsed !== null ? (parsed as WithVisibility).visibility : undefined;
	return (VISIBILITIES as readonly unknown[]).includes(visibility) ? (visibility as Visibility) : undefined;
}

/** A data file's declared visibility; a file that declares none is an error naming the file. */
export function dataFileVisibility(parsed: unknown, file: string): Visibility {
	const visibility = declaredVisibility(parsed);
	if (!visibility) throw new Error(`content/data/${file} is invalid: ${VISIBILITY_MESSAGE}`);
	return visibility;
}

/** Inside a public data file, a row marked `internal: true` is internal. */
function isInternalRow(value: unknown): boolean {
	return typeof value === 'object' && value !== null && (value as { internal?: unknown }).internal === true;
}

/** Inside a public data file, a field whose name starts with `internal` (`internalDetail`) is internal. */
function isInternalField(key: string): boolean {
	return /^internal[A-Z]/.test(key);
}

/**
 * The internal-row rule, in one place: splits a data file's parsed contents
 * into what the public edition may read and what it may not. An internal
 * file is internal as a whole; inside a public file, a row marked
 * `internal: true` and a field named `internal…` are internal (each internal
 * field comes with its row, so the leak check knows what it is). The data
 * registry serves the public part to the public build; the leak check
 * collects the figures of the internal parts.
 */
export function splitByVisibility(data: unknown, visibility: Visibility): { internal: unknown[]; public: unknown[] } {
	const parts = { internal: [] as unknown[], public: [] as unknown[] };
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk).filter((v) => v !== undefined);
		if (!value || typeof value !== 'object' || value instanceof Date) return value;
		const record = value as Record<string, unknown>;
		if (isInternalRow(record)) {
			parts.internal.push(record);
			return undefined;
		}
		const kept: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(record)) {
			if (isInternalField(k)) parts.internal.push({ [k]: v, ...record });
			else {
				const part = walk(v);
				if (part !== undefined) kept[k] = part;
			}
		}
		return kept;
	};
	if (isPublic(visibility)) parts.public.push(walk(data));
	else parts.internal.push(data);
	return parts;
}

/**
 * Paths where the public edition serves a view of its own in place of an
 * internal handbook page: the ROI calculator's prospect view (the internal
 * page keeps the rep's guidance) and the public home page that points a
 * prospect to it (src/config/prospectRoutes.ts). Links to these stay live in
 * the public edition.
 */
const PUBLIC_VIEW_PATHS: ReadonlySet<string> = new Set(['/', '/calculators/roi/']);

/**
 * Root-relative paths (`/plans/hiring-plan/`) of the pages that are not
 * explicitly public and have no public view: what the public edition leaves
 * out, and may not link to.
 */
export function internalPaths(pages: { path: string; frontmatter: unknown }[]): Set<string> {
	return new Set(
		pages
			.filter((page) => !isPublic(pageVisibility(page.frontmatter)))
			.map((page) => page.path)
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

/** The root-relative path a link on `pageUrl` points to, or null for another site or a non-page link. */
export function resolveLink(href: string, pageUrl: string): string | null {
	const decoded = href.replace(/&amp;/g, '&').trim();
	if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith('//')) return null;
	if (decoded.startsWith('#') || decoded === '') return null;
	try {
		return new URL(decoded, `http://handbook.invalid${pageUrl}`).pathname;
	} catch {
		// A browser cannot follow what the URL parser refuses: it leads nowhere.
		return null;
	}
}

/** Whether a link written on the page at `pageUrl` (with the base path) leads to an internal page. */
export function linksInternal(href: string, pageUrl: string, internal: ReadonlySet<string>, base = '/'): boolean {
	const target = resolveLink(href, pageUrl);
	return target !== null && isInternalPath(target, internal, base);
}
