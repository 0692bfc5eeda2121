// Pages are content, never code: a <script> (or an inline event handler) in
// Markdown or MDX stops the build, naming the file and line. The content
// security policy then only ever hashes the handbook's own scripts.
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
// Adds the MDX JSX node types (mdxJsxFlowElement, mdxJsxTextElement) to mdast's.
import type {} from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

type JsxNode = { name?: string | null; attributes?: { type: string; name?: string }[] };

function fail(file: VFile, line: number | undefined, what: string): never {
	const where = `${file.path ?? 'a page'}${line ? `:${line}` : ''}`;
	throw new Error(`${where}: ${what} is not allowed in a page; put behaviour in a component under src/components/`);
}

export function remarkRejectScripts() {
	return (tree: Root, file: VFile) => {
		visit(tree, (node) => {
			const line = node.position?.start.line;
			if (node.type === 'html' && /<script\b|\son[a-z]+\s*=/i.test((node as { value: string }).value))
				fail(file, line, 'raw HTML with a script or an on… event handler');
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const jsx = node as unknown as JsxNode;
				if (jsx.name?.toLowerCase() === 'script') fail(file, line, 'a <script> element');
				const handler = jsx.attributes?.find((a) => a.type === 'mdxJsxAttribute' && /^on[a-z]/i.test(a.name ?? ''));
				if (handler) fail(file, line, `an event handler attribute (${handler.name})`);
			}
		});
	};
}
