/**
 * The editor's preview of a page body, as the site renders it: Markdown with
 * GitHub tables and task lists, Starlight's asides (`:::note`, `:::tip[Title]`)
 * in Starlight's own markup so the site's stylesheet styles them, and the
 * page's MDX components shown as a labelled box that says what the page shows
 * there (their figures come from content/data/ and appear once published).
 *
 * Author text never becomes markup: raw HTML is dropped (MDX has none; plain
 * elements the page schema allows are rebuilt without attributes), link
 * targets are limited to http(s), mailto, tel, and site paths, and the result
 * is serialized from a syntax tree. A body that does not parse as MDX is
 * shown as text with the parser's message, which is also why the build would
 * stop.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

const ASIDES = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' } as const;

/** Plain elements a page may use (the page checks allow them), rebuilt without attributes. */
const PLAIN_ELEMENTS = new Set(['details', 'summary', 'kbd', 'abbr', 'br', 'sub', 'sup', 'strong', 'em']);

/** What each component shows on the page, for its box in the preview. */
export const COMPONENT_NOTES: Record<string, string> = {
	BudgetTable: 'the Phase 2 budget, from content/data/phase2-budget.yaml',
	KpiTable: 'KPI targets, from content/data/kpis.yaml',
	MrrTable: 'MRR and customers by week, from content/data/mrr-by-week.yaml',
	HiringTable: 'the hiring plan, from content/data/hiring-plan.yaml',
	SignOffTable: 'sign-offs, from content/data/signoffs.yaml',
	MilestoneTable: 'milestones, from content/data/signoffs.yaml',
	MeetingAgenda: 'a meeting agenda, from content/data/meetings.yaml',
	ModuleTable: 'Phase 2 modules, from content/data/phase2-modules.yaml',
	HoursTable: 'hours by role, from content/data/phase2-resources.yaml',
	Phase2Risks: 'the Phase 2 risk register, from content/data/phase2-risks.yaml',
	ScalingRisks: 'scaling risks, from content/data/scaling-risks.yaml',
	EscalationTable: 'escalation paths',
	CopyTemplate: 'a template to copy, from content/data/templates.yaml',
	MetricsDashboard: 'the weekly metrics dashboard, from content/data/metrics/',
	RoiCalculator: 'the ROI calculator',
	RunwayCalculator: 'the burn and runway calculator',
	BantScorecard: 'the BANT lead scorecard',
	HealthTable: 'every page with its next review date',
	ChangesList: 'what changed in the handbook',
	SourceNotes: 'the source notes, from content/data/source-notes.yaml',
	RoleView: 'the pages for one role',
	RoleLinks: 'links to the role pages',
	DocumentMap: 'the document map, from content/data/document-map.yaml',
	PackageDocsTable: 'the package documents, from content/data/package-documents.yaml',
};

export function safeHref(url: unknown): string | null {
	if (typeof url !== 'string') return null;
	const trimmed = url.trim();
	if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
	if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return null;
	return trimmed;
}

type JsxNode = {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: RootContent[];
	data?: { hName?: string; hProperties?: Record<string, unknown>; hChildren?: ElementContent[] };
};

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: ElementContent[]): Element => ({
	type: 'element',
	tagName,
	properties: properties as Element['properties'],
	children,
});

function literalAttribute(node: JsxNode, name: string): string | null {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	return typeof attribute?.value === 'string' ? attribute.value : null;
}

/** MDX nodes become plain Markdown/HTML nodes the rest of the pipeline knows. */
function remarkPreviewNodes() {
	return (tree: MdastRoot) => {
		visit(tree, (node, index, parent) => {
			const type = node.type as string;
			if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
				if (parent && index !== undefined) parent.children.splice(index, 1);
				return [SKIP, index];
			}
			if (type === 'containerDirective' || type === 'leafDirective' || type === 'textDirective') {
				const directive = node as unknown as { name: string; children: RootContent[]; data?: JsxNode['data'] };
				const kind = directive.name as keyof typeof ASIDES;
				if (type !== 'containerDirective' || !(kind in ASIDES)) {
					directive.data = { hName: 'span' };
					return;
				}
				// `:::tip[Title]`: the label arrives as the first paragraph, marked as the directive label.
				const first = directive.children[0] as { data?: { directiveLabel?: boolean }; children?: RootContent[] };
				const label = first?.data?.directiveLabel ? directive.children.shift() : undefined;
				const title = label ? toPlainText(label) : ASIDES[kind];
				directive.data = {
					hName: 'aside',
					hProperties: { ariaLabel: title, className: ['starlight-aside', `starlight-aside--${kind}`] },
				};
				directive.children = [
					{
						type: 'paragraph',
						data: { hProperties: { className: ['starlight-aside__title'], ariaHidden: 'true' } },
						children: [{ type: 'text', value: title }],
					} as RootContent,
					{
						type: 'blockquote',
						data: { hName: 'div', hProperties: { className: ['starlight-aside__content'] } },
						children: directive.children,
					} as RootContent,
				];
				return;
			}
			if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
				const jsx = node as unknown as JsxNode;
				const name = jsx.name ?? '';
				if (PLAIN_ELEMENTS.has(name)) {
					jsx.data = { hName: name, hProperties: {} };
					return;
				}
				if (name === 'Internal') {
					jsx.data = { hName: 'div', hProperties: { className: ['hb-preview-internal'] } };
					jsx.children = [
						{
							type: 'paragraph',
							children: [
								{ type: 'strong', children: [{ type: 'text', value: 'Internal only' }] },
								{ type: 'text', value: ': left out of the public handbook.' },
							],
						} as RootContent,
						...jsx.children,
					];
					return;
				}
				if (/^[A-Z]/.test(name)) {
					const title = literalAttribute(jsx, 'title');
					const what = COMPONENT_NOTES[name] ?? (title ? `“${title}”` : 'a component of the site');
					jsx.data = {
						hName: type === 'mdxJsxFlowElement' ? 'div' : 'span',
						hProperties: { className: ['hb-preview-component'] },
						hChildren: [el('strong', {}, [text(name)]), text(`: ${what}. Shown on the page once published.`)],
					};
					jsx.children = [];
					return;
				}
				// Anything else (an unknown lowercase element) keeps its text only.
				jsx.data = { hName: 'span', hProperties: {} };
			}
		});
	};
}

function toPlainText(node: unknown): string {
	if (!node || typeof node !== 'object') return '';
	const n = node as { value?: unknown; children?: unknown[] };
	if (typeof n.value === 'string') return n.value;
	return (n.children ?? []).map(toPlainText).join('');
}

/** Drops any link or image target that is not http(s), mailto, tel or a site path. */
function rehypeSafeUrls() {
	return (tree: HastRoot) => {
		visit(tree, 'element', (node: Element) => {
			for (const key of ['href', 'src'] as const) {
				if (key in node.properties) {
					const safe = safeHref(node.properties[key]);
					if (safe === null) delete node.properties[key];
					else node.properties[key] = safe;
				}
			}
			// The site's task lists: disabled checkboxes, as in the built page.
			if (node.tagName === 'input')
				node.properties = { type: 'checkbox', disabled: true, checked: node.properties.checked };
		});
	};
}

const processor = unified()
	.use(remarkParse)
	.use(remarkMdx)
	.use(remarkGfm)
	.use(remarkDirective)
	.use(remarkPreviewNodes)
	// MDX and directive nodes were given their element (data.hName) above.
	.use(remarkRehype)
	.use(rehypeSafeUrls)
	.use(rehypeStringify);

export type Preview = { html: string; error: string | null };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function previewHtml(body: string): Preview {
	try {
		const tree = processor.runSync(processor.parse(body)) as HastRoot;
		return { html: processor.stringify(tree), error: null };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return {
			html: `<pre class="hb-preview-source">${escape(body)}</pre>`,
			error: `This body will not build: ${message}`,
		};
	}
}
