// Pages are content, never code. Every Markdown and MDX page passes through
// this guard, on the tree Astro's Markdown processor (Sätteri) builds: MDX as
// Astro compiles it (satteriAuthorContent, registered in src/config/markdown.ts),
// and Markdown before the build (markdownGuardProblem, called by
// src/config/pageChecks.ts), since the content loader caches rendered Markdown
// and logs a failed render instead of stopping. Anything outside the allowlist
// in src/lib/site/authorContent.ts (raw HTML, MDX JavaScript, link schemes)
// stops the build, naming the file, the line and what is allowed. The same
// walk is a remark plugin too (remarkAuthorContent), for remark's trees.
import type { Root, RootContent } from 'mdast';
// Adds the MDX node types (mdxJsx*, mdxjsEsm, mdx*Expression) to mdast's.
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-directive';
import { parse as parseJs } from 'acorn';
import { markdownToMdast, type MdastPluginDefinition } from 'satteri';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENT_MODULES, htmlProblems, urlProblem } from '~/lib/site/authorContent';

/** What the guard needs of the file it checks: its path, and the text the parser was given. */
type PageFile = { path?: string; value: unknown };

type Estree = {
	body: {
		type: string;
		source?: { value?: unknown };
		specifiers?: { local: { name: string } }[];
		expression?: { type: string };
	}[];
};
type JsxAttribute =
	| {
			type: 'mdxJsxAttribute';
			name: string;
			value?: string | null | { type: string; value: string; data?: { estree?: Estree | null } };
	  }
	| { type: 'mdxJsxExpressionAttribute'; value: string };

export class AuthorContentError extends Error {}

/** Lines of frontmatter above the body the parser was given, so that a line number points into the file. */
function bodyOffset(file: PageFile): number {
	if (!file.path || String(file.value).startsWith('---')) return 0;
	try {
		const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(readFileSync(file.path, 'utf8'))?.[0] ?? '';
		return frontmatter.split('\n').length - 1;
	} catch {
		return 0;
	}
}

function refuse(file: PageFile, node: { position?: { start: { line: number } } }, problem: string): never {
	const line = node.position?.start.line;
	const where = `${file.path ? relative(process.cwd(), file.path) : 'a page'}${line ? `:${line + bodyOffset(file)}` : ''}`;
	const message = `${where}: ${problem}`;
	throw new AuthorContentError(message);
}

/**
 * The program of an MDX expression or ESM block. remark-mdx attaches it; Sätteri
 * gives the source text, which acorn reads here. Text acorn cannot read is
 * refused by the callers like code (undefined).
 */
function programOf(node: { value?: unknown; data?: { estree?: Estree | null } }): Estree | undefined {
	if (node.data?.estree) return node.data.estree;
	try {
		return parseJs(String(node.value ?? ''), { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Estree;
	} catch {
		return undefined;
	}
}

/** An MDX attribute value written as `{false}`, `{3}` or `{'text'}`: a literal, not code. */
function isLiteralExpression(estree: Estree | null | undefined): boolean {
	const body = estree?.body ?? [];
	return body.length === 1 && body[0]?.type === 'ExpressionStatement' && body[0].expression?.type === 'Literal';
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function checkJsx(
	node: RootContent & { name?: string | null; attributes?: JsxAttribute[] },
	file: PageFile,
	components: Set<string>,
) {
	const name = node.name ?? '';
	const attributes = node.attributes ?? [];
	if (!name) refuse(file, node, 'a fragment (<>…</>) is not allowed; write the content without it');
	const isComponent = /^[A-Z]/.test(name) || name.includes('.');
	if (isComponent && !components.has(name.split('.')[0] ?? ''))
		refuse(
			file,
			node,
			`<${name}> is not a component imported from src/components/ or @astrojs/starlight/components; import it at the top of the page`,
		);
	const html: string[] = [];
	for (const attribute of attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute')
			refuse(
				file,
				node,
				`<${name} {${attribute.value}}> spreads code into an element; write each attribute as name="value"`,
			);
		if (!/^[A-Za-z][\w-]*$/.test(attribute.name))
			refuse(
				file,
				node,
				`the ${attribute.name} attribute on <${name}> is not allowed: directives such as set:html, is:raw and client:* are code, not content`,
			);
		const value = attribute.value;
		if (value !== null && value !== undefined && typeof value !== 'string' && !isLiteralExpression(programOf(value)))
			refuse(
				file,
				node,
				`the ${attribute.name} attribute on <${name}> is computed; give it a plain value such as "text", {true} or {3}`,
			);
		if (typeof value === 'string' || value === null || value === undefined)
			html.push(
				value === null || value === undefined ? attribute.name : `${attribute.name}="${escapeAttribute(value)}"`,
			);
		else html.push(`${attribute.name}="${escapeAttribute(value.value)}"`);
	}
	// HTML elements written in MDX meet the same allowlist as raw HTML in Markdown.
	if (!isComponent) {
		const problem = htmlProblems(`<${name} ${html.join(' ')}></${name}>`)[0];
		if (problem) refuse(file, node, problem);
	}
}

function checkEsm(
	node: RootContent & { value: string; data?: { estree?: Estree | null } },
	file: PageFile,
	components: Set<string>,
) {
	const program = programOf(node);
	if (!program) refuse(file, node, 'a page may only import components; this block is not an import statement');
	for (const statement of program.body) {
		const source = statement.source?.value;
		if (statement.type !== 'ImportDeclaration' || typeof source !== 'string')
			refuse(file, node, 'a page may only import components; exports and other JavaScript are not allowed');
		if (!COMPONENT_MODULES.some((pattern) => pattern.test(source)))
			refuse(
				file,
				node,
				`importing ${JSON.stringify(source)} is not allowed; import components from ~/components/ or @astrojs/starlight/components`,
			);
		for (const specifier of statement.specifiers ?? []) components.add(specifier.local.name);
	}
}

type Node = Root | RootContent;

/** Every node of a tree, parents before their children, in document order. */
function walk(node: Node, each: (node: Node) => void): void {
	each(node);
	if ('children' in node) for (const child of node.children) walk(child, each);
}

/** Checks a page's whole tree; throws an AuthorContentError naming the file and line of the first refusal. */
export function checkAuthorContent(tree: Root, file: PageFile): void {
	const components = new Set<string>();
	// Imports first: a component is allowed where its import is.
	for (const node of tree.children) if (node.type === 'mdxjsEsm') checkEsm(node as never, file, components);
	walk(tree, (node) => {
		switch (node.type) {
			case 'html': {
				const problem = htmlProblems(node.value)[0];
				if (problem) refuse(file, node, problem);
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node as never, file, components);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				// `{/* a comment */}` holds no code; anything else is JavaScript.
				const program = programOf(node as never);
				if (!program || program.body.length > 0)
					refuse(
						file,
						node,
						`{${node.value.trim().slice(0, 40)}} is JavaScript; pages hold text, Markdown and components only`,
					);
				break;
			}
			case 'link':
			case 'image':
			case 'definition': {
				const problem = urlProblem(node.url);
				if (problem) refuse(file, node, problem);
				break;
			}
			case 'containerDirective':
			case 'leafDirective':
			case 'textDirective':
				if (Object.keys(node.attributes ?? {}).length)
					refuse(file, node, `attributes on :${node.name} are not allowed; write :::${node.name}[Title] without {…}`);
				break;
		}
	});
}

/** The guard as a remark plugin, for remark's trees. */
export function remarkAuthorContent() {
	return (tree: Root, file: PageFile) => checkAuthorContent(tree, file);
}

/**
 * The guard as a Sätteri mdast plugin: MDX pages as Astro compiles them. It
 * runs before any other plugin changes the tree (src/config/markdown.ts puts it
 * first) and walks the page's whole tree once.
 */
export const satteriAuthorContent: MdastPluginDefinition = {
	name: 'handbook-author-content',
	options: { position: true },
	before(root, ctx) {
		const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
		checkAuthorContent(root as Root, { path, value: ctx.source });
	},
};

/** The features Astro's Markdown processor parses pages with (Starlight turns directives on). */
export const MARKDOWN_FEATURES = { gfm: true, directive: true, smartPunctuation: true } as const;

/**
 * The guard's refusal of a Markdown page, parsed as Astro's processor parses
 * it (frontmatter included, so that lines are the file's); undefined when it passes.
 */
export function markdownGuardProblem(source: string, path: string): string | undefined {
	try {
		checkAuthorContent(markdownToMdast(source, { features: MARKDOWN_FEATURES }) as Root, { path, value: source });
		return undefined;
	} catch (error) {
		if (error instanceof AuthorContentError) return error.message;
		return `${relative(process.cwd(), path)}: ${(error as Error).message}`;
	}
}
