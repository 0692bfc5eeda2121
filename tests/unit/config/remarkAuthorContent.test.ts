// The author-content guard on strings, as Starlight tests its remark plugins:
// every hostile probe is refused with its message, in Markdown and in MDX, and
// what the handbook's pages really write passes: on remark's trees, and on the
// trees of Astro's processor (Sätteri) that the build checks and compiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { mdxToJs } from 'satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	MARKDOWN_FEATURES,
	markdownGuardProblem,
	remarkAuthorContent,
	satteriAuthorContent,
} from '~/config/remarkAuthorContent';
import { BODY_PROBES } from '../../fixtures/hostileContent';

/** Runs the guard on a page body; resolves to the refusal message, or '' when the page passes. */
async function remarkGuard(body: string, ext: 'md' | 'mdx'): Promise<string> {
	const processor = unified().use(remarkParse).use(remarkDirective);
	if (ext === 'mdx') processor.use(remarkMdx);
	processor.use(remarkAuthorContent);
	const file = new VFile({ path: `content/docs/probe.${ext}`, value: body });
	try {
		await processor.run(processor.parse(file), file);
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

/**
 * The guard as the build runs it: Markdown parsed as Astro's processor parses
 * it (src/config/pageChecks.ts), MDX compiled by Sätteri with the guard plugin.
 */
async function satteriGuard(body: string, ext: 'md' | 'mdx'): Promise<string> {
	const path = `content/docs/probe.${ext}`;
	if (ext === 'md') return markdownGuardProblem(body, path) ?? '';
	try {
		await mdxToJs(body, {
			features: MARKDOWN_FEATURES,
			mdastPlugins: [satteriAuthorContent],
			fileURL: pathToFileURL(path),
		});
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

const GUARDS = [
	['remark', remarkGuard],
	['Sätteri', satteriGuard],
] as const;

/** MDX is JSX: void elements must close themselves. */
const asMdx = (body: string) => body.replace(/<(meta|img|embed|base|link)\b([^>]*?)\s*>/g, '<$1$2 />');

describe.each(GUARDS)('hostile page bodies are refused, naming the file and line (%s)', (_, guard) => {
	for (const probe of BODY_PROBES)
		for (const ext of probe.ext === 'both' ? (['md', 'mdx'] as const) : [probe.ext])
			it(`${probe.name} (.${ext})`, async () => {
				const message = await guard(
					`# Title\n\nSome text.\n\n${ext === 'mdx' ? (probe.mdxBody ?? asMdx(probe.body)) : probe.body}\n`,
					ext,
				);
				expect(message).toMatch(new RegExp(`^content/docs/probe\\.${ext}:\\d+: `));
				expect(message).toMatch(probe.refusal);
			});
});

describe.each(GUARDS)('what authors are meant to write passes (%s)', (_, guard) => {
	it.each([
		[
			'markdown with tables, task lists, asides and links',
			'md',
			'| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n:::note[Heads up]\nText with [a link](/runbooks/) and [mail](mailto:ops@example.com).\n:::\n',
		],
		[
			'plain HTML from the allowlist',
			'md',
			'<details><summary>More</summary>\n\nText <kbd>Ctrl</kbd>+<kbd>K</kbd>, H<sub>2</sub>O, <abbr title="Monthly recurring revenue">MRR</abbr>\n\n</details>\n',
		],
		['an HTML comment', 'md', '<!-- reviewed by the CSM -->\n\nText\n'],
		[
			'components with literal props',
			'mdx',
			'import CopyTemplate from \'~/components/CopyTemplate.astro\';\nimport { LinkCard } from \'@astrojs/starlight/components\';\n\n<CopyTemplate id="bug-log" heading={false} />\n\n<LinkCard title="Runbooks" href="/runbooks/" />\n',
		],
		['an MDX comment', 'mdx', '{/* a note for editors */}\n\nText\n'],
	] as const)('%s', async (_, ext, body) => {
		expect(await guard(body, ext)).toBe('');
	});

	it('every page of the handbook passes', async () => {
		const docs = join(import.meta.dirname, '../../../content/docs');
		const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			const source = readFileSync(join(docs, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
			expect(await guard(source, file.endsWith('.mdx') ? 'mdx' : 'md'), file).toBe('');
		}
	});
});
