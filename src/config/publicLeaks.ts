// The public build refuses to ship an internal figure. Every figure of the
// internal data files and internal pages (salaries, rates, budget lines, MRR
// targets, risk probabilities, stated burn…) is collected from content/, and
// none may appear in any file a visitor's browser can fetch from the public
// output: HTML, JavaScript, JSON, XML, text and the decompressed search index.
// A hit stops the build naming the file, the figure and where it comes from,
// so a page made public through the editor cannot leak on the next deploy.
// While it reads the pages, it also stops on any link to an internal page
// that rendering did not turn into text (publicLinks.ts).
// tests/site/leaks.test.ts runs the same check on dist-public/.
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { isPublicBuild, type SiteOptions } from '~/lib/site/options';
import { frontmatterOf } from '~/lib/site/pageSource';
import { internalPagePaths } from '~/lib/site/pages-fs';
import { declaredVisibility, isPublic, pageVisibility, splitByVisibility } from '~/lib/site/visibility';
import { withBase } from '~/lib/handbook/paths';
import {
	addDataFigures,
	addTextFigures,
	describeLeak,
	emptyFigures,
	leaksIn,
	type Figures,
	type Leak,
} from './figures';
import { internalLinksIn } from './publicLinks';

/** Figures of internal material under `contentDir` (content/), less those the public data files also state. */
export function internalFigures(contentDir: string): Figures {
	const internal = emptyFigures();
	const publicData = emptyFigures();
	const dataDir = join(contentDir, 'data');
	const docsDir = join(contentDir, 'docs');
	for (const file of readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) {
		// Source notes quote figures of other files side by side; those files are checked themselves.
		if (file === 'source-notes.yaml') continue;
		const source = `content/data/${file.replace(/\\/g, '/')}`;
		const data: unknown = parse(readFileSync(join(dataDir, file), 'utf8'));
		// Fail closed: a file that does not say it is public is internal.
		const parts = splitByVisibility(data, declaredVisibility(data) ?? 'internal');
		parts.internal.forEach((part) => addDataFigures(internal, part, source));
		parts.public.forEach((part) => addDataFigures(publicData, part, source));
	}
	for (const file of readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))) {
		const text = readFileSync(join(docsDir, file), 'utf8');
		const source = `content/docs/${file.replace(/\\/g, '/')}`;
		if (!isPublic(pageVisibility(frontmatterOf(text, source))))
			addTextFigures(internal, text.replace(/^---[\s\S]*?---/, ''), source);
	}
	const stated = new Set([...publicData.money, ...publicData.numbers].map((f) => f.value));
	const statedPercents = new Set(publicData.percents.map((f) => f.value));
	return {
		money: internal.money.filter((f) => f.value >= 10 && !stated.has(f.value)),
		numbers: internal.numbers.filter((f) => !stated.has(f.value)),
		percents: internal.percents.filter((f) => f.value !== 0 && f.value !== 100 && !statedPercents.has(f.value)),
	};
}

const FETCHABLE = /\.(html|js|mjs|json|xml|txt|css|svg|webmanifest|pf_fragment|pf_meta|pf_index)$/;

/** The text of every file a visitor's browser can fetch, with the compressed search fragments decompressed. */
export function fetchableTexts(dir: string): { file: string; text: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.replace(/\\/g, '/'))
		.filter((file) => FETCHABLE.test(file) || file === '_headers')
		.map((file) => {
			const raw = readFileSync(join(dir, file));
			// Pagefind gzips its payloads behind a signature; the rest is JSON or CBOR with readable strings.
			const text = /\.pf_(fragment|meta|index)$/.test(file) ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
			return { file, text };
		});
}

/** Every internal figure of `contentDir` stated anywhere in the built site at `outDir`. */
export function publicLeaks(outDir: string, contentDir: string, texts = fetchableTexts(outDir)): Leak[] {
	const figures = internalFigures(contentDir);
	return texts.flatMap(({ file, text }) => leaksIn(file, text, figures));
}

/** Every link in the built pages (`texts`, from fetchableTexts) that leads to an internal page. */
function internalLinks(
	texts: { file: string; text: string }[],
	internal: ReadonlySet<string>,
	base: string,
): { file: string; href: string }[] {
	return texts
		.filter(({ file }) => file.endsWith('.html'))
		.flatMap(({ file, text }) => {
			const pageUrl = withBase('/' + file.replace(/index\.html$/, ''), base);
			return internalLinksIn(text, pageUrl, internal, base).map((href) => ({ file, href }));
		});
}

function publicBuildError(leaks: Leak[], links: { file: string; href: string }[]): Error {
	const lines = [...new Set(leaks.map(describeLeak))];
	const figures = lines.length
		? `The public build states ${lines.length} internal figure${lines.length === 1 ? '' : 's'}. ` +
			'A public page may not state a figure of an internal page or data file: make the page internal, wrap the passage in <Internal>, or remove the figure.\n' +
			lines.map((line) => `  ${line}`).join('\n') +
			'\n'
		: '';
	const linked = links.length
		? `The public build links ${links.length} internal page${links.length === 1 ? '' : 's'}: link handbook pages from components through HandbookLink, which turns a link to an internal page into text.\n` +
			links.map((l) => `  ${l.file}: ${l.href}`).join('\n') +
			'\n'
		: '';
	return new Error(`${figures}${linked}The files named were removed from the output.`);
}

/** Runs the check at the end of the public build, after the search index and sitemap are written. */
export function publicLeakCheck(options: SiteOptions): AstroIntegration {
	let contentDir = '';
	return {
		name: 'handbook-public-leaks',
		hooks: {
			'astro:config:done': ({ config }) => {
				contentDir = join(fileURLToPath(config.root), 'content');
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!isPublicBuild(options)) return;
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const texts = fetchableTexts(outDir);
				const leaks = publicLeaks(outDir, contentDir, texts);
				const links = internalLinks(texts, internalPagePaths(join(contentDir, 'docs')), options.base);
				if (leaks.length > 0 || links.length > 0) {
					// Fail closed: a deploy step that ignores the exit code still finds no leaking file to upload.
					for (const file of new Set([...leaks, ...links].map((leak) => leak.file)))
						rmSync(join(outDir, file), { force: true });
					throw publicBuildError(leaks, links);
				}
				logger.info(
					`no internal figure in ${relative(process.cwd(), outDir) || '.'} (${Math.round(performance.now() - started)} ms)`,
				);
			},
		},
	};
}
