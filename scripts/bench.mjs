#!/usr/bin/env node
// Weight and build-cost benchmark (not a test).
//
// 1. First-view weight: builds the handbook, and its own pages on plain
//    Starlight (scripts/bench/plain-handbook.config.mjs), and prints per page
//    type the HTML, CSS and JavaScript loaded on first view, raw and gzip.
// 2. zod against zod/mini in an island.
// 3. Build cost against a real plain Starlight project: for each size (1,000
//    and 3,000 pages) and for pages outside and inside the sidebar, a fresh
//    handbook project and a fresh plain Starlight project with the same
//    generated pages (scripts/bench/projects.mjs), each with its own content
//    cache, so every build starts cold. Each build is timed in CPU seconds
//    (user + system of the build and every process it starts, orphaned
//    helpers included: scripts/bench/cpu-time.py; /usr/bin/time when Python
//    is missing) and wall seconds. By default (--mode paired) the two sites
//    build side by side, the site that starts first alternating, and each
//    round gives the handbook's CPU time over plain Starlight's at each size:
//    a shared machine's speed drifts by up to 2× from one minute to the next,
//    which two builds run together share. --mode alternate builds one site at
//    a time, alternating. Two sizes outside the sidebar give the fixed cost of
//    a build apart from the cost of each page; inside the sidebar, where a
//    page costs more the more pages the sidebar lists, the cost per page at
//    each size is what the build costs beyond the fixed cost, divided by its
//    pages. Every build is checked: all generated pages came out, and in the
//    sidebar case every page's sidebar lists all of them. The ratios to plain
//    Starlight are printed last.
//    After the weight, search speed in Chromium on the same two builds
//    (scripts/bench/search.mjs): click to search box, and to first results.
//   usage: npm run bench [-- --sizes 1000,3000] [--rounds 2] [--mode paired|alternate] [--skip-build] [--skip-weight] [--skip-search] [--skip-scale]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './lib/pageWeight.mjs';
import { meanRatio, pairedSplit, splitCost } from './bench/cost.mjs';
import { CPU_CLOCK, FOLDERS, ROOT, pairedBuilds, timedBuild } from './bench/projects.mjs';
import { searchBench } from './bench/search.mjs';

const USAGE =
	'usage: npm run bench [-- --sizes 1000,3000] [--rounds 2] [--mode paired|alternate] [--skip-build] [--skip-weight] [--skip-search] [--skip-scale]';
const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,3000' },
		'skip-build': { type: 'boolean', default: false },
		'skip-weight': { type: 'boolean', default: false },
		'skip-search': { type: 'boolean', default: false },
		'skip-scale': { type: 'boolean', default: false },
		rounds: { type: 'string', default: '2' },
		mode: { type: 'string', default: 'paired' },
		help: { type: 'boolean', default: false },
	},
});
const values = { ...args, rounds: Number(args.rounds) };
if (!['paired', 'alternate'].includes(values.mode))
	throw new Error(`--mode is paired or alternate, not ${values.mode}`);
if (!Number.isInteger(values.rounds) || values.rounds < 1)
	throw new Error(`--rounds needs a whole number of at least 1, not ${args.rounds}`);
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const env = {
	PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
	HOME: process.env.HOME,
	ASTRO_TELEMETRY_DISABLED: '1',
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function build(args = [], extraEnv = {}) {
	const started = performance.now();
	const result = spawnSync(ASTRO, ['build', ...args], { cwd: ROOT, env: { ...env, ...extraEnv }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
	return (performance.now() - started) / 1000;
}

if (!values['skip-weight']) {
	// 1. The handbook itself.
	if (!values['skip-build']) {
		const seconds = build();
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

	// The same pages on plain Starlight.
	const plainDist = join(ROOT, '.bench', 'dist-plain');
	build(['--config', 'scripts/bench/plain-handbook.config.mjs'], { OUT_DIR: plainDist });

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
	if (!values['skip-search']) await searchBench({ handbookDir: join(ROOT, 'dist'), plainDir: plainDist });
	rmSync(plainDist, { recursive: true, force: true });
}

// 2. zod against zod/mini for the calculator schemas (bundled and minified like an island).
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

// 3. Build cost against plain Starlight, on generated pages.
const ms = (seconds) => `${(seconds * 1000).toFixed(2)} ms`;
const s1 = (seconds) => `${seconds.toFixed(1)} s`;
const ratio = (mine, plain) => `${(mine / plain).toFixed(2)}×`;

if (!values['skip-scale']) {
	const sizes = values.sizes
		.split(',')
		.map(Number)
		.sort((a, b) => a - b);
	const [small, large] = [sizes[0], sizes.at(-1)];
	if (!(small > 0) || small === large) throw new Error(`--sizes needs two different page counts, not ${values.sizes}`);
	const sites = ['handbook', 'plain'];
	// best[where][site][size] = { cpuS, wallS }: the least of --rounds builds (load on a shared machine only adds time).
	const best = {};
	// ratios[where][size] = the handbook's CPU time over plain Starlight's, one per round (paired builds).
	const ratios = {};
	const keep = (where, site, size, { cpuS, wallS }) => {
		console.error(`  ${site} ${size} pages ${where} the sidebar: ${s1(cpuS)} CPU, ${s1(wallS)} wall`);
		const cell = (((best[where] ??= {})[site] ??= {})[size] ??= { cpuS: Infinity, wallS: Infinity });
		cell.cpuS = Math.min(cell.cpuS, cpuS);
		cell.wallS = Math.min(cell.wallS, wallS);
	};
	// Which site starts first alternates from one build to the next and, for each size and folder, from
	// one round to the next (with four builds a round, a running count alone would repeat each one's order).
	let order = 0;
	for (let round = 0; round < values.rounds; round++)
		for (const size of sizes)
			for (const [where, folder] of Object.entries(FOLDERS)) {
				const pair = (order++ + round) % 2 ? [...sites].reverse() : sites;
				if (values.mode === 'paired') {
					const run = await pairedBuilds(size, folder, pair[0]);
					for (const site of pair) keep(where, site, size, run[site]);
					((ratios[where] ??= {})[size] ??= []).push(run.ratio);
					console.error(`    handbook over plain, side by side: ${run.ratio.toFixed(3)}×`);
				} else for (const site of pair) keep(where, site, size, timedBuild(site, size, folder));
			}

	const times = (site, key) =>
		Object.fromEntries(
			Object.keys(FOLDERS).map((where) => [
				where,
				Object.fromEntries(sizes.map((size) => [size, best[where][site][size][key]])),
			]),
		);
	const c = Object.fromEntries(
		sites.map((site) => [
			site,
			{ cpu: splitCost(times(site, 'cpuS'), sizes), wall: splitCost(times(site, 'wallS'), sizes) },
		]),
	);
	const rows = sites.map((site) => ({
		build: site === 'plain' ? 'plain Starlight' : 'handbook',
		...Object.fromEntries(
			Object.keys(FOLDERS).flatMap((where) =>
				sizes.map((size) => [
					`${size} ${where} CPU/wall s`,
					`${best[where][site][size].cpuS.toFixed(1)} / ${best[where][site][size].wallS.toFixed(1)}`,
				]),
			),
		),
		'fixed CPU': s1(c[site].cpu.fixed),
		'per page CPU, outside': ms(c[site].cpu.perPage),
		...Object.fromEntries(sizes.map((size) => [`per page CPU, inside at ${size}`, ms(c[site].cpu.inside[size])])),
		'fixed wall': s1(c[site].wall.fixed),
		'per page wall, outside': ms(c[site].wall.perPage),
	}));
	console.log(
		`\nBuild cost with generated pages, cold caches, ${values.rounds} round(s), ${values.mode === 'paired' ? 'the two sites built side by side' : 'builds alternating'}, the least of each kept (every page and sidebar checked)`,
	);
	console.table(rows);

	const target = `target: per page at most 1.1×, fixed at most 1.3×; ${CPU_CLOCK ?? 'no CPU clock found: install python3 or /usr/bin/time'}`;
	if (values.mode === 'paired') {
		// Each build's ratio to the plain build beside it, averaged over the rounds.
		const rho = Object.fromEntries(
			Object.keys(FOLDERS).map((where) => [
				where,
				Object.fromEntries(sizes.map((size) => [size, meanRatio(ratios[where][size])])),
			]),
		);
		const { ratios: r } = pairedSplit(rho, times('plain', 'cpuS'), sizes);
		const x = (value) => `${value.toFixed(2)}×`;
		console.log(
			`\nHandbook against plain Starlight, built side by side, in CPU time of every process of a build (${target})`,
		);
		console.log('  whole builds:');
		for (const where of Object.keys(FOLDERS))
			for (const size of sizes)
				console.log(
					`    ${size} pages ${where} the sidebar: ${rho[where][size].toFixed(2)}× (each round: ${ratios[where][size].map((r) => r.toFixed(3)).join(', ')})`,
				);
		console.log(`  per page, outside the sidebar: ${x(r.perPage)}`);
		for (const size of sizes) console.log(`  per page, inside the sidebar at ${size} pages: ${x(r.inside[size])}`);
		console.log(`  fixed cost: ${x(r.fixed)}`);
	} else {
		const line = (label, key, format) =>
			`${label}: ${ratio(key(c.handbook.cpu), key(c.plain.cpu))} (${format(key(c.handbook.cpu))} against ${format(key(c.plain.cpu))}; wall ${ratio(key(c.handbook.wall), key(c.plain.wall))})`;
		console.log(
			`\nHandbook against plain Starlight in CPU time, user + system of every process of a build (${target})`,
		);
		for (const text of [
			line('per page, outside the sidebar', (x) => x.perPage, ms),
			...sizes.map((size) => line(`per page, inside the sidebar at ${size} pages`, (x) => x.inside[size], ms)),
			line('fixed cost', (x) => x.fixed, s1),
		])
			console.log(`  ${text}`);
	}
}
