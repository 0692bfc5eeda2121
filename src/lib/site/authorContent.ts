/**
 * What an author may write, by allowlist. Pages are edited by many people
 * through the browser editor, so everything in content/ is data, never code:
 *
 * - raw HTML in a page (Markdown or MDX) may use only the elements and
 *   attributes of {@link AUTHOR_HTML_SCHEMA}, a hast-util-sanitize schema
 *   (GitHub's default, minus forms, ids and anything that can run or restyle);
 * - MDX may import components only from {@link COMPONENT_MODULES}, pass them
 *   plain literal values, and holds no other JavaScript;
 * - links and images point at relative paths or http(s), mailto and tel;
 * - frontmatter uses only {@link FRONTMATTER_KEYS}, and no string in it holds markup.
 *
 * This module decides all of that; src/config/remarkAuthorContent.ts applies it to
 * every page in the build, and README "What authors may write" says it in words.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Properties } from 'hast';

type AttributeRule = NonNullable<Schema['attributes']>[string][number];

// Attributes that could take over a page: form submission, focus and key
// capture, and ids/names (DOM clobbering of the handbook's own scripts).
const DROPPED_ATTRIBUTES = new Set([
	'action',
	'method',
	'encType',
	'accept',
	'acceptCharset',
	'accessKey',
	'tabIndex',
	'id',
	'name',
	'ariaDescribedBy',
	'ariaLabelledBy',
	'itemScope',
	'itemType',
	'itemProp',
	'useMap',
	'isMap',
]);
const DROPPED_ELEMENTS = new Set(['input', 'source', 'picture']);
const keepAttribute = (rule: AttributeRule) => !DROPPED_ATTRIBUTES.has(typeof rule === 'string' ? rule : rule[0]);

/** The elements and attributes raw HTML in a page may use. */
export const AUTHOR_HTML_SCHEMA: Schema = {
	...defaultSchema,
	tagNames: [
		...(defaultSchema.tagNames ?? []).filter((tag) => !DROPPED_ELEMENTS.has(tag)),
		'abbr',
		'mark',
		'small',
		'u',
	],
	attributes: Object.fromEntries(
		Object.entries(defaultSchema.attributes ?? {}).map(([tag, rules]) => [tag, rules.filter(keepAttribute)]),
	),
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
	// No ids reach the allowlist, so nothing needs a prefix; comments are inert.
	clobber: [],
	clobberPrefix: '',
	allowComments: true,
	required: {},
	strip: ['script', 'style'],
};

/** Where a page may import components from. */
export const COMPONENT_MODULES = [/^~\/components\/[\w/.-]+\.(astro|mdx)$/, /^@astrojs\/starlight\/components$/];

export const URL_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const ALLOWED_HTML_SUMMARY =
	'pages may use Markdown, the components in src/components/, and plain HTML such as <details>, <summary>, <kbd>, <abbr>, <sub>, <sup>, <br> and tables, without scripts, styles, frames, forms, event handlers, ids or style attributes';

/**
 * A link target an author may write: relative, or one of {@link URL_SCHEMES}.
 * Control characters and whitespace are dropped first, as browsers do
 * (`java\tscript:` is `javascript:`).
 */
export function urlProblem(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex
	const clean = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1]?.toLowerCase();
	if (scheme === undefined || (URL_SCHEMES as readonly string[]).includes(scheme)) return undefined;
	return `the link ${JSON.stringify(url.slice(0, 60))} uses "${scheme}:"; links may be relative or start with ${URL_SCHEMES.map((s) => `${s}:`).join(', ')}`;
}

function allowedRules(tag: string): AttributeRule[] {
	const attributes = AUTHOR_HTML_SCHEMA.attributes ?? {};
	return [...(attributes[tag] ?? []), ...(attributes['*'] ?? [])];
}

function attributeAllowed(tag: string, property: string, value: Properties[string]): boolean {
	return allowedRules(tag).some((rule) => {
		if (typeof rule === 'string') return rule === property;
		const [name, ...values] = rule;
		if (name !== property) return false;
		if (!values.length) return true;
		const given = Array.isArray(value) ? value : [value];
		return given.every((v) =>
			values.some((allowed) => (allowed instanceof RegExp ? allowed.test(String(v)) : allowed === v)),
		);
	});
}

/** The HTML spelling of a hast property name, for messages (`className` → `class`, `onToggle` → `ontoggle`). */
function attributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	return property.replace(/^(aria|data)([A-Z])/, (_, p, c) => `${p}-${c.toLowerCase()}`).toLowerCase();
}

function elementProblems(node: Nodes, problems: string[]): void {
	if (node.type === 'element') {
		const element = node as Element;
		const tag = element.tagName;
		if (!(AUTHOR_HTML_SCHEMA.tagNames ?? []).includes(tag)) problems.push(`the <${tag}> element is not allowed`);
		else
			for (const [property, value] of Object.entries(element.properties ?? {})) {
				if (!attributeAllowed(tag, property, value))
					problems.push(`the ${attributeName(property)}="…" attribute is not allowed on <${tag}>`);
				else if (['href', 'src', 'cite', 'longDesc'].includes(property)) {
					const problem = urlProblem(String(value));
					if (problem) problems.push(problem);
				}
			}
		if (element.content) elementProblems(element.content, problems);
	}
	if (node.type === 'doctype') problems.push('a <!doctype> is not allowed');
	if ('children' in node) for (const child of node.children) elementProblems(child as Nodes, problems);
}

/**
 * What is wrong with a piece of raw HTML an author wrote, in words; empty when
 * it is allowed. The walk names the offending element or attribute; the
 * sanitizer is the authority: anything it would change is refused too.
 */
export function htmlProblems(html: string): string[] {
	const tree = fromHtml(html, { fragment: true });
	const problems: string[] = [];
	elementProblems(tree, problems);
	if (!problems.length && toHtml(sanitize(structuredClone(tree), AUTHOR_HTML_SCHEMA)) !== toHtml(tree))
		problems.push(`${JSON.stringify(html.trim().slice(0, 80))} holds markup outside the allowlist`);
	return [...new Set(problems)].map((p) => `${p}; ${ALLOWED_HTML_SUMMARY}`);
}

// ---------------------------------------------------------------- frontmatter

/**
 * Every frontmatter key a page may set, with what it is for. Starlight keys
 * that add markup or scripts (`head`, `banner`, `sidebar.attrs`, hero actions'
 * `attrs`) are not here, so they fail like any unknown key.
 */
export const FRONTMATTER_KEYS = {
	title: 'the page title',
	description: 'one sentence for search results',
	owner: 'the role that owns the page',
	audience: 'the roles the page is for',
	kind: 'the kind of page',
	reviewCadence: 'how often the page is reviewed',
	lastReviewed: 'the day the page was last reviewed',
	sources: 'the planning documents the page draws on',
	visibility: 'public or internal',
	sidebar: 'label, order, hidden and badge in the sidebar',
	template: 'doc or splash',
	hero: 'the home page banner',
	tableOfContents: 'the "On this page" list',
	pagefind: 'whether search indexes the page',
	draft: 'leave the page out of the build',
	prev: 'the previous-page link',
	next: 'the next-page link',
	lastUpdated: 'the "last updated" date',
	editUrl: 'the "Edit page" link, or false',
} as const;

const NESTED_KEYS: Record<string, readonly string[]> = {
	sidebar: ['label', 'order', 'hidden', 'badge'],
	hero: ['title', 'tagline', 'image', 'actions'],
};
const REFUSED_KEYS: Record<string, string> = {
	head: 'it adds tags to the page head (only a plain-text `head: [{ tag: title, content: … }]` is allowed)',
	banner: 'its content is rendered as HTML',
	attrs: 'it adds HTML attributes',
};

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
			);
		previous = current;
	}
	return previous[b.length] ?? 0;
}

export function nearestKey(key: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(key, candidate);
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

const MARKUP = /<[a-z!/?]/i;

export type FrontmatterProblem = { path: string[]; message: string };

function unknownKey(path: string[], key: string, known: readonly string[]): FrontmatterProblem {
	const where = [...path, key].join('.');
	const refused = REFUSED_KEYS[key];
	if (refused) return { path: [...path, key], message: `\`${where}\` is not allowed: ${refused}` };
	const near = nearestKey(key, known);
	return {
		path: [...path, key],
		message: `unknown frontmatter key \`${where}\`${near ? `; did you mean \`${[...path, near].join('.')}\`?` : ''} Allowed: ${known.join(', ')}`,
	};
}

function valueProblems(value: unknown, path: string[], problems: FrontmatterProblem[]): void {
	if (typeof value === 'string') {
		if (MARKUP.test(value))
			problems.push({
				path,
				message: `\`${path.join('.')}\` holds markup (${JSON.stringify(value.slice(0, 60))}); frontmatter is plain text: write the words without < > tags`,
			});
		if (['link', 'src', 'editUrl'].includes(path.at(-1) ?? '')) {
			const problem = urlProblem(value);
			if (problem) problems.push({ path, message: `\`${path.join('.')}\`: ${problem}` });
		}
		return;
	}
	if (Array.isArray(value)) value.forEach((item, i) => valueProblems(item, [...path, String(i)], problems));
	else if (value && typeof value === 'object' && !(value instanceof Date))
		for (const [key, inner] of Object.entries(value)) {
			if (REFUSED_KEYS[key]) problems.push(unknownKey(path, key, []));
			else valueProblems(inner, [...path, key], problems);
		}
}

/** `head: [{ tag: title, content: … }]`: only a title, which the head renders as text. */
function isTitleOnly(value: unknown): boolean {
	return (
		Array.isArray(value) &&
		value.every(
			(entry) =>
				entry !== null &&
				typeof entry === 'object' &&
				Object.keys(entry).sort().join() === 'content,tag' &&
				(entry as Record<string, unknown>).tag === 'title' &&
				typeof (entry as Record<string, unknown>).content === 'string',
		)
	);
}

/** What is wrong with a page's parsed frontmatter; empty when it is allowed. */
export function frontmatterProblems(frontmatter: unknown): FrontmatterProblem[] {
	if (frontmatter === null || frontmatter === undefined) return [];
	if (typeof frontmatter !== 'object' || Array.isArray(frontmatter))
		return [{ path: [], message: 'the frontmatter must be a list of `key: value` lines' }];
	const problems: FrontmatterProblem[] = [];
	const known = Object.keys(FRONTMATTER_KEYS);
	for (const [key, value] of Object.entries(frontmatter)) {
		if (key === 'head' && isTitleOnly(value)) {
			// A page-title override is text (the head escapes it); no other head tag is allowed.
			valueProblems(value, [key], problems);
			continue;
		}
		if (!known.includes(key)) {
			problems.push(unknownKey([], key, known));
			continue;
		}
		const nested = NESTED_KEYS[key];
		if (nested && value && typeof value === 'object' && !Array.isArray(value))
			for (const inner of Object.keys(value))
				if (!nested.includes(inner)) problems.push(unknownKey([key], inner, nested));
		valueProblems(value, [key], problems);
	}
	return problems;
}

/** Text for a place that is read as HTML: `<`, `>`, `&` and quotes become entities. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}
