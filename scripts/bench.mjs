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
//    cache, so every build starts cold; builds alternate, and each is timed in
//    CPU seconds (user + system, the build and its child processes) and wall
//    seconds (scripts/bench/cpu-time.py counts every process a build starts,
//    orphaned helpers included; /usr/bin/time when Python is missing). Two sizes outside the sidebar give the fixed cost of a build
//    apart from the cost of each page; inside the sidebar, where a page costs
//    more the more pages the sidebar lists, the cost per page at each size is
//    what the build costs beyond the fixed cost, divided by its pages. Every build is checked: all generated pages came out, and in
//    the sidebar case every page's sidebar lists all of them. The ratios to
//    plain Starlight are printed last.
//    After the weight, search speed in Chromium on the same two builds
//    (scripts/bench/search.mjs): click to search box, and to first results.
//   usage: npm run bench [-- --sizes 1000,3000] [--rounds 1] [--skip-build] [--skip-weight] [--skip-search] [--skip-scale]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './lib/pageWeight.mjs';
import { CPU_CLOCK, FOLDERS, ROOT, timedBuild } from './bench/projects.mjs';
import { searchBench } from './bench/search.mjs';

const USAGE =
	'usage: npm run bench [-- --sizes 1000,3000] [--rounds 1] [--skip-build] [--skip-weight] [--skip-search] [--skip-scale]';
const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,3000' },
		'skip-build': { type: 'boolean', default: false },
		'skip-weight': { type: 'boolean', default: false },
		'skip-search': { type: 'boolean', default: false },
		'skip-scale': { type: 'boolean', default: false },
		rounds: { type: 'string', default: '1' },
		help: { type: 'boolean', default: false },
	},
});
const values = { ...args, rounds: Number(args.rounds) };
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
	let order = 0;
	for (let round = 0; round < values.rounds; round++)
		for (const size of sizes)
			for (const [where, folder] of Object.entries(FOLDERS)) {
				// Alternate which site builds first, so that neither always follows the other.
				const pair = order++ % 2 ? [...sites].reverse() : sites;
				for (const site of pair) {
					const { cpuS, wallS } = timedBuild(site, size, folder);
					console.error(`  ${site} ${size} pages ${where} the sidebar: ${s1(cpuS)} CPU, ${s1(wallS)} wall`);
					const cell = (((best[where] ??= {})[site] ??= {})[size] ??= { cpuS: Infinity, wallS: Infinity });
					cell.cpuS = Math.min(cell.cpuS, cpuS);
					cell.wallS = Math.min(cell.wallS, wallS);
				}
			}
	// Outside the sidebar a page costs the same whatever the size of the site:
	//   per page = (t(large) - t(small)) / (large - small); fixed = t(small) - small × per page.
	// Inside the sidebar every page lists every other, so a page costs more the
	// larger the site: per page at N pages = (t(N) - fixed) / N, with the fixed
	// cost measured outside the sidebar (the same site without the listing).
	const cost = (site, key) => {
		const out = best.outside[site];
		const perPage = (out[large][key] - out[small][key]) / (large - small);
		const fixed = out[small][key] - small * perPage;
		const inside = Object.fromEntries(sizes.map((size) => [size, (best.inside[site][size][key] - fixed) / size]));
		return { fixed, perPage, inside };
	};
	const c = Object.fromEntries(sites.map((site) => [site, { cpu: cost(site, 'cpuS'), wall: cost(site, 'wallS') }]));
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
	const line = (label, key, format) =>
		`${label}: ${ratio(key(c.handbook.cpu), key(c.plain.cpu))} (${format(key(c.handbook.cpu))} against ${format(key(c.plain.cpu))}; wall ${ratio(key(c.handbook.wall), key(c.plain.wall))})`;
	const ratios = [
		line('per page, outside the sidebar', (x) => x.perPage, ms),
		...sizes.map((size) => line(`per page, inside the sidebar at ${size} pages`, (x) => x.inside[size], ms)),
		line('fixed cost', (x) => x.fixed, s1),
	];
	console.log(
		`\nBuild cost with generated pages, cold caches, ${values.rounds} round(s), the least of each kept (every page and sidebar checked)`,
	);
	console.table(rows);
	console.log(
		`\nHandbook against plain Starlight in CPU time, user + system of every process of a build (${CPU_CLOCK ?? 'no CPU clock found: install python3 or /usr/bin/time'}; target: per page at most 1.1×, fixed at most 1.3×)`,
	);
	for (const line of ratios) console.log(`  ${line}`);
}
