// Links to internal pages in the public edition, in one place. As a page
// renders, a link in its Markdown or MDX to an internal page becomes its text
// (unlinkInternalPlugin, registered for the public build by
// editionIntegration.ts); components link through HandbookLink, which does the
// same. The public site then has no dead links and no trace of where internal
// pages live. internalLinksIn finds any link that slipped past both, so that
// the public build stops instead of shipping it (publicLeaks.ts).
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { HastNode, HastPluginDefinition, HastVisitorContext, MdxJsxTextElementHast } from 'satteri';
import { slugPath } from '~/lib/site/pageSource';
import { withBase } from '~/lib/handbook/paths';
import { linksInternal } from '~/lib/site/visibility';

/** The URL (with the base path) of the page compiled from `file` under `docsDir`; the site root for anything else. */
export function pageUrlOf(file: string, docsDir: string, base: string): string {
	const path = relative(docsDir, file);
	return withBase(path.startsWith('..') ? '/' : slugPath(path), base);
}

const OPENING_ANCHOR = /<a\b[^>]*>/gi;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The anchors of an HTML fragment or page as a browser parses it: entities decoded, quoted `>` kept in attributes. */
function anchors(html: string): Element[] {
	const found: Element[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (el: Element) => {
		if (el.tagName === 'a') found.push(el);
	});
	return found;
}

const hrefOf = (a: Element): string | null => (typeof a.properties.href === 'string' ? a.properties.href : null);

/**
 * Turns each link to an internal page into its text as the page compiles:
 * Markdown links (`[text](/plans/…/)`, relative ones too) and `<a href>` in
 * MDX become a <span> around the link's text; an `<a href>` in a Markdown
 * page's raw HTML loses its target.
 */
export function unlinkInternalPlugin(
	internal: ReadonlySet<string>,
	docsDir: string,
	base: string,
): HastPluginDefinition {
	const pageUrl = (ctx: HastVisitorContext) => pageUrlOf(ctx.fileURL ? fileURLToPath(ctx.fileURL) : '', docsDir, base);
	const toText = (node: Readonly<HastNode>, href: unknown, ctx: HastVisitorContext) => {
		if (typeof href !== 'string' || !linksInternal(href, pageUrl(ctx), internal, base)) return;
		const children = (node as { children: HastNode[] }).children;
		ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: {}, children } as HastNode);
	};
	const jsxAnchor = {
		filter: ['a'],
		visit: (node: Readonly<MdxJsxTextElementHast>, ctx: HastVisitorContext) =>
			toText(
				node as HastNode,
				node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value,
				ctx,
			),
	};
	return {
		name: 'handbook-public-links',
		element: { filter: ['a'], visit: (node, ctx) => toText(node, node.properties.href, ctx) },
		mdxJsxTextElement: jsxAnchor,
		mdxJsxFlowElement: jsxAnchor as unknown as NonNullable<HastPluginDefinition['mdxJsxFlowElement']>,
		raw(node, ctx) {
			// Opening tags as written; one written to slip past this (an entity in the
			// href, a quoted '>') is still a link to the check on built pages, which
			// parses as a browser does and stops the build.
			const value = node.value.replace(OPENING_ANCHOR, (tag) => {
				const href = HREF.exec(tag);
				const target = href ? (href[1] ?? href[2] ?? href[3] ?? '') : null;
				return target !== null && linksInternal(target, pageUrl(ctx), internal, base) ? '<a>' : tag;
			});
			if (value !== node.value) ctx.replaceNode(node, { type: 'raw', value } as HastNode);
		},
	};
}

/** The targets of every link in a built page (`pageUrl` with the base path) that leads to an internal page. */
export function internalLinksIn(html: string, pageUrl: string, internal: ReadonlySet<string>, base = '/'): string[] {
	return anchors(html)
		.map(hrefOf)
		.filter((href): href is string => href !== null && linksInternal(href, pageUrl, internal, base));
}
