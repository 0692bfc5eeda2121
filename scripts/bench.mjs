#!/usr/bin/env node
// Weight and build-time benchmark (not a test). Builds the handbook, then
// prints per page type the HTML, CSS and JavaScript loaded on first view, raw
// and gzip, beside the same page built with plain Starlight; the cost of zod
// against zod/mini in an island; and build time per page for generated sites
// of 100, 1,000 and 3,000 pages, built in a temporary folder.
//   usage: npm run bench [-- --sizes 100,1000,3000] [--skip-build] [--skip-scale]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './lib/pageWeight.mjs';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000,3000' },
		'skip-build': { type: 'boolean', default: false },
		'skip-scale': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
});
if (values.help) {
	console.log('usage: npm run bench [-- --sizes 100,1000,3000] [--skip-build] [--skip-scale]');
	process.exit(0);
}

const ROOT = new URL('..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1' };
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function build(cwd, extraEnv = {}) {
	const started = performance.now();
	const result = spawnSync(ASTRO, ['build'], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
	return (performance.now() - started) / 1000;
}

// Temporary projects live in .bench/ inside the repository so that they
// resolve the repository's node_modules by walking up, as Vite expects.
function tempProject(prefix) {
	mkdirSync(join(ROOT, '.bench'), { recursive: true });
	return mkdtempSync(join(ROOT, '.bench', prefix));
}

// 1. The handbook itself.
if (!values['skip-build']) {
	const seconds = build(ROOT);
	console.log(`Handbook build: ${seconds.toFixed(1)} s`);
}
const PAGES = [
	// [label, page, the plain-Starlight page to compare with: the same page, or for
	// calculators a plain content page, since their islands are the difference]
	['home', 'index.html', 'index.html'],
	['content page (glossary)', 'reference/glossary/index.html', 'reference/glossary/index.html'],
	['long checklist page (go-live)', 'implementation/go-live/index.html', 'implementation/go-live/index.html'],
	['ROI calculator', 'calculators/roi/index.html', 'reference/glossary/index.html'],
	['burn and runway calculator', 'calculators/runway/index.html', 'reference/glossary/index.html'],
	['BANT calculator', 'calculators/bant/index.html', 'reference/glossary/index.html'],
];

// 2. The same pages on plain Starlight: the same content built without the
// handbook's component overrides, custom CSS and CSP (HANDBOOK_PLAIN=1).
const plainDist = join(ROOT, '.bench', 'dist-plain');
build(ROOT, { HANDBOOK_PLAIN: '1', OUT_DIR: plainDist });

const rows = [];
for (const [label, html, plainPage] of PAGES) {
	const w = pageWeight(join(ROOT, 'dist'), html);
	const p = pageWeight(plainDist, plainPage);
	rows.push({
		page: label,
		'HTML gz': kb(w.html.gzip),
		'CSS gz': kb(w.css.gzip),
		'JS raw': kb(w.js.raw + w.islandJs.raw),
		'JS gz': kb(w.totalJsGzip),
		'island JS gz': kb(w.islandJs.gzip),
		'plain Starlight JS gz': kb(p.totalJsGzip),
		'JS beyond plain gz': kb(w.totalJsGzip - p.totalJsGzip),
		'plain HTML gz': kb(p.html.gzip),
		'plain CSS gz': kb(p.css.gzip),
	});
}
console.log('\nFirst-view weight per page type');
console.table(rows);
rmSync(plainDist, { recursive: true, force: true });

// 3. zod against zod/mini for the calculator schemas (bundled and minified like an island).
const esbuild = await import('esbuild');
async function bundleSize(source) {
	const out = await esbuild.build({
		stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
		bundle: true,
		minify: true,
		write: false,
		format: 'esm',
		logLevel: 'silent',
	});
	const code = out.outputFiles[0].contents;
	return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const schemaBody = (z, check) =>
	`const f = ${check};\nexport const s = ${z}.object({ a: f, b: f, c: f, d: ${z}.array(${z}.object({ x: f, y: ${z}.string() })), e: ${z}.enum(['x', 'y']) });\nconsole.log(${z}.safeParse ? ${z}.safeParse(s, {}) : s.safeParse({}));`;
const classic = await bundleSize(`import { z } from 'zod';\n${schemaBody('z', 'z.number().min(0, "m").max(10, "n")')}`);
const mini = await bundleSize(
	`import * as z from 'zod/mini';\n${schemaBody('z', 'z.number().check(z.gte(0, "m"), z.lte(10, "n"))')}`,
);
console.log('\nzod in an island (the calculators use zod/mini)');
console.table([
	{ library: 'zod (classic)', raw: kb(classic.raw), gzip: kb(classic.gzip) },
	{ library: 'zod/mini', raw: kb(mini.raw), gzip: kb(mini.gzip) },
]);

// 4. Build time per page with generated content.
if (!values['skip-scale']) {
	const scale = [];
	for (const size of values.sizes.split(',').map(Number)) {
		// A source folder of generated pages; the handbook's config, schema and components stay as they are.
		const dir = tempProject(`scale-${size}-`);
		mkdirSync(join(dir, 'content/docs/generated'), { recursive: true });
		cpSync(join(ROOT, 'content/data'), join(dir, 'content/data'), { recursive: true });
		writeFileSync(
			join(dir, 'content.config.ts'),
			readFileSync(join(ROOT, 'content.config.ts'), 'utf8').replaceAll("'./src/", `'${ROOT}src/`),
		);
		writeFileSync(
			join(dir, 'content/docs/index.mdx'),
			'---\ntitle: Home\nowner: ceo\naudience: [ceo]\nkind: guide\nreviewCadence: monthly\nlastReviewed: 2026-11-24\n---\n\nHome.\n',
		);
		for (let i = 0; i < size; i++) {
			writeFileSync(
				join(dir, 'content/docs/generated', `page-${i}.md`),
				`---\ntitle: Generated page ${i}\nowner: csm\naudience: [csm, ceo]\nkind: ${i % 3 ? 'runbook' : 'checklist'}\nreviewCadence: monthly\nlastReviewed: 2026-11-24\n---\n\n## Section ${i}\n\nParagraph ${i} about onboarding, incidents and runway.\n\n- [ ] First task ${i}\n- [ ] Second task ${i}\n\n| A | B |\n| --- | --- |\n| ${i} | ${i * 2} |\n`,
			);
		}
		const seconds = build(ROOT, { HANDBOOK_SRC_DIR: dir, OUT_DIR: join(dir, 'dist') });
		scale.push({ pages: size, 'build s': seconds.toFixed(1), 'ms per page': ((seconds * 1000) / size).toFixed(1) });
		rmSync(dir, { recursive: true, force: true });
	}
	console.log('\nBuild time with generated content');
	console.table(scale);
}
