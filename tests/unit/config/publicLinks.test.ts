// The public edition's links to internal pages, tested on strings: the
// plugin as Markdown and MDX pages compile, and the check on built pages.
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { internalLinksIn, pageUrlOf, unlinkInternalPlugin } from '~/config/publicLinks';

const DOCS = '/site/content/docs';
const internal = new Set(['/plans/hiring-plan/', '/runbooks/monthly-financial-close/']);
const page = new URL('file:///site/content/docs/runbooks/links.mdx');

// The plugin's visitors are synchronous, so both compile without a promise.
const markdown = (source: string, base = '/') =>
	(
		markdownToHtml(source, {
			hastPlugins: [unlinkInternalPlugin(internal, DOCS, base)],
			fileURL: page,
		}) as MarkdownToHtmlResult
	).html;
const mdx = (source: string) =>
	String(
		(mdxToJs(source, { hastPlugins: [unlinkInternalPlugin(internal, DOCS, '/')], fileURL: page }) as MdxToJsResult)
			.code,
	);

describe('links to internal pages as a public page compiles', () => {
	it('a Markdown link to an internal page becomes its text, however the path is written', () => {
		expect(markdown('See [the plan](/plans/hiring-plan/) and [the close](../monthly-financial-close/#top).')).toBe(
			'<p>See <span>the plan</span> and <span>the close</span>.</p>\n',
		);
	});

	it('links to public views, other sites and anchors stay links', () => {
		const html = markdown('[ROI](/calculators/roi/), [site](https://example.com/plans/hiring-plan/), [up](#top)');
		expect(html).toContain('<a href="/calculators/roi/">ROI</a>');
		expect(html).toContain('<a href="https://example.com/plans/hiring-plan/">site</a>');
		expect(html).toContain('<a href="#top">up</a>');
	});

	it('under a base path, the link as the base-links plugin wrote it is recognised', () => {
		expect(markdown('[the plan](/handbook/plans/hiring-plan/)', '/handbook/')).toBe('<p><span>the plan</span></p>\n');
	});

	it('an <a href> in MDX, inline or as a block, becomes a span', () => {
		const code = mdx(
			'<a href="/plans/hiring-plan/">the budget</a> and <a href=\'../../plans/hiring-plan\'>again</a>.\n\n<a href="/plans/hiring-plan/">block</a>\n',
		);
		expect(code).not.toContain('hiring-plan');
		expect(code.match(/_components\.span|"span"/g)?.length).toBeGreaterThanOrEqual(3);
	});

	it('raw HTML in a Markdown page loses the target of an internal link', () => {
		expect(
			markdown('A <a href="/plans/hiring-plan/">raw link</a> and <a href="/calculators/roi/">a kept one</a>.'),
		).toBe('<p>A <a>raw link</a> and <a href="/calculators/roi/">a kept one</a>.</p>\n');
	});

	it('a page is served at the path its file names', () => {
		expect(pageUrlOf('/site/content/docs/runbooks/links.mdx', DOCS, '/')).toBe('/runbooks/links/');
		expect(pageUrlOf('/site/content/docs/index.mdx', DOCS, '/handbook')).toBe('/handbook/');
		expect(pageUrlOf('/site/src/components/x.mdx', DOCS, '/')).toBe('/');
	});
});

describe('the check on built pages', () => {
	it('finds every link to an internal page, in any quoting, and nothing else', () => {
		const html =
			'<a href="/plans/hiring-plan/">a</a><a class=x href=../monthly-financial-close/>b</a>' +
			'<a href=\'/calculators/roi/\'>c</a><a>d</a><a href="https://example.com/plans/hiring-plan/">e</a>';
		expect(internalLinksIn(html, '/runbooks/x/', internal)).toEqual([
			'/plans/hiring-plan/',
			'../monthly-financial-close/',
		]);
	});

	it('reads links as a browser does: an entity in the target or a quoted ">" before it hides nothing', () => {
		// &#x2F; is "/", so the first target is /plans/hiring-plan/; the second tag's title holds a ">".
		const html =
			'<a href="&#x2F;plans/hiring-plan/">a</a><a title="a>b" href="/runbooks/monthly-financial-close/">b</a>';
		expect(internalLinksIn(html, '/', internal)).toEqual(['/plans/hiring-plan/', '/runbooks/monthly-financial-close/']);
	});
});
