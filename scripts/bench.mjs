#!/usr/bin/env node
// Weight and build-time benchmark (not a test). Builds the handbook, then
// prints per page type the HTML, CSS and JavaScript loaded on first view, raw
// and gzip, beside the same page built with plain Starlight; the cost of zod
// against zod/mini in an island; and build time per page for generated sites
// of 1,000 and 3,000 pages against plain Starlight, as a fixed cost and a
// cost per page, built in a temporary folder.
//   usage: npm run bench [-- --sizes 1000,3000] [--rounds 2] [--skip-build] [--skip-scale]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './lib/pageWeight.mjs';

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,3000' },
		'skip-build': { type: 'boolean', default: false },
		'skip-scale': { type: 'boolean', default: false },
		rounds: { type: 'string', default: '2' },
		help: { type: 'boolean', default: false },
	},
});
const values = { ...args, rounds: Number(args.rounds) };
if (values.help) {
	console.log('usage: npm run bench [-- --sizes 1000,3000] [--rounds 2] [--skip-build] [--skip-scale]');
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

// 4. Build time per page with generated content, against plain Starlight.
// Two sizes give the fixed cost of a build apart from the cost of each page:
// per page = (t(large) - t(small)) / (large - small), fixed = t(small) - small × per page.
// Pages go in generated/ (not in the sidebar) and, in a second run, in
// runbooks/ (listed in the sidebar, so every page also renders every link).
// Every generated page must come out of the build.
function generatedProject(size, folder) {
	const dir = tempProject(`scale-${size}-`);
	mkdirSync(join(dir, 'content/docs', folder), { recursive: true });
	cpSync(join(ROOT, 'content/data'), join(dir, 'content/data'), { recursive: true });
	writeFileSync(
		join(dir, 'content.config.ts'),
		readFileSync(join(ROOT, 'content.config.ts'), 'utf8').replaceAll("'./src/", `'${ROOT}src/`),
	);
	writeFileSync(
		join(dir, 'content/docs/index.md'),
		'---\ntitle: Home\nowner: ceo\naudience: [ceo]\nkind: guide\nreviewCadence: monthly\nlastReviewed: 2026-11-24\n---\n\nHome.\n',
	);
	for (let i = 0; i < size; i++) {
		writeFileSync(
			join(dir, 'content/docs', folder, `page-${i}.md`),
			`---\ntitle: Generated page ${i}\nowner: csm\naudience: [csm, ceo]\nkind: ${i % 3 ? 'runbook' : 'checklist'}\nreviewCadence: monthly\nlastReviewed: 2026-11-24\n---\n\n## Section ${i}\n\nParagraph ${i} about onboarding, incidents and runway.\n\n- [ ] First task ${i}\n- [ ] Second task ${i}\n\n| A | B |\n| --- | --- |\n| ${i} | ${i * 2} |\n`,
		);
	}
	return dir;
}

function timedScaleBuild(size, folder, plain) {
	const dir = generatedProject(size, folder);
	const out = join(dir, 'dist');
	try {
		const seconds = build(ROOT, { HANDBOOK_SRC_DIR: dir, OUT_DIR: out, ...(plain ? { HANDBOOK_PLAIN: '1' } : {}) });
		const built = readdirSync(join(out, folder)).filter((f) => /^page-\d+$/.test(f)).length;
		if (built !== size) throw new Error(`${size} pages generated in ${folder}/, ${built} built`);
		return seconds;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (!values['skip-scale']) {
	const sizes = values.sizes
		.split(',')
		.map(Number)
		.sort((a, b) => a - b);
	const [small, large] = [sizes[0], sizes.at(-1)];
	const rows = [];
	for (const folder of ['generated', 'runbooks']) {
		// Handbook and plain builds alternate, each timed --rounds times, keeping the
		// faster: on a shared machine, load drifts over minutes and only ever adds time.
		const times = { handbook: {}, plain: {} };
		for (const size of sizes)
			for (let round = 0; round < values.rounds; round++)
				for (const who of ['handbook', 'plain']) {
					const seconds = timedScaleBuild(size, folder, who === 'plain');
					times[who][size] = Math.min(times[who][size] ?? Infinity, seconds);
				}
		const cost = {};
		for (const who of ['handbook', 'plain']) {
			const perPageMs = ((times[who][large] - times[who][small]) * 1000) / (large - small);
			cost[who] = { times: times[who], perPageMs, fixedS: times[who][small] - (small * perPageMs) / 1000 };
		}
		for (const who of ['handbook', 'plain'])
			rows.push({
				pages: folder === 'generated' ? 'not in sidebar' : 'in sidebar',
				build: who === 'plain' ? 'plain Starlight' : 'handbook',
				...Object.fromEntries(sizes.map((size) => [`${size} pages s`, cost[who].times[size].toFixed(1)])),
				'fixed s': cost[who].fixedS.toFixed(1),
				'ms per page': cost[who].perPageMs.toFixed(2),
				'per page vs plain': (cost[who].perPageMs / cost.plain.perPageMs).toFixed(2) + '×',
			});
	}
	console.log(`\nBuild time with generated content (every generated page checked in the output)`);
	console.table(rows);
}
