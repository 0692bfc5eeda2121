// The projects the build-cost bench compares, generated in .bench/ (inside
// the repository, so that they resolve its node_modules by walking up, as
// Vite expects): the handbook as it ships (its own astro.config.mjs,
// content.config.ts, src/ and public/) and a plain Starlight site
// (scripts/bench/plain-starlight/), each with the same generated pages. Every
// project is a fresh folder with its own content cache (node_modules/.astro
// inside the project), so every build starts cold, the same way for both.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const PLAIN_TEMPLATE = join(import.meta.dirname, 'plain-starlight');
const CPU_TIME = join(import.meta.dirname, 'cpu-time.py');

/** Where generated pages go: a folder outside the sidebar, or one the sidebar lists (every page then links every other). */
export const FOLDERS = { outside: 'generated', inside: 'runbooks' };

/** The review date of generated pages, and the build's today (so that the handbook's review checks pass). */
const TODAY = '2026-11-24';

export function benchFolder(prefix) {
	mkdirSync(join(ROOT, '.bench'), { recursive: true });
	return mkdtempSync(join(ROOT, '.bench', prefix));
}

const frontmatter = (lines) => `---\n${lines.join('\n')}\n---\n`;

/** The same pages for both sites: a home page and `size` pages in `folder`, valid for the handbook's schema. */
function writePages(docs, size, folder) {
	mkdirSync(join(docs, folder), { recursive: true });
	writeFileSync(
		join(docs, 'index.md'),
		frontmatter([
			'title: Home',
			'owner: ceo',
			'audience: [ceo]',
			'kind: guide',
			'reviewCadence: monthly',
			`lastReviewed: ${TODAY}`,
		]) + '\nHome.\n',
	);
	for (let i = 0; i < size; i++)
		writeFileSync(
			join(docs, folder, `page-${i}.md`),
			frontmatter([
				`title: Generated page ${i}`,
				'owner: csm',
				'audience: [csm, ceo]',
				`kind: ${i % 3 ? 'runbook' : 'checklist'}`,
				'reviewCadence: monthly',
				`lastReviewed: ${TODAY}`,
			]) +
				`\n## Section ${i}\n\nParagraph ${i} about [onboarding](/${folder}/page-${(i + 1) % size}/), incidents and *runway*.\n\n` +
				`:::note\nA note on page ${i}.\n:::\n\n- [ ] First task ${i}\n- [ ] Second task ${i}\n\n| A | B |\n| --- | --- |\n| ${i} | ${i * 2} |\n`,
		);
}

/** The handbook with generated pages in place of its own: everything it builds from, but content/docs. */
export function handbookProject(size, folder) {
	const dir = benchFolder(`handbook-${size}-${folder}-`);
	for (const entry of ['astro.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'src', 'public'])
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	// Components read the handbook's data (roles, figures) whatever the pages.
	cpSync(join(ROOT, 'content/data'), join(dir, 'content/data'), { recursive: true });
	writePages(join(dir, 'content/docs'), size, folder);
	return dir;
}

/** Plain Starlight with the same pages. */
export function plainProject(size, folder) {
	const dir = benchFolder(`plain-${size}-${folder}-`);
	// Starlight's own layout: src/content.config.ts and src/content/docs/.
	cpSync(join(PLAIN_TEMPLATE, 'astro.config.mjs'), join(dir, 'astro.config.mjs'));
	mkdirSync(join(dir, 'src'));
	cpSync(join(PLAIN_TEMPLATE, 'content.config.ts'), join(dir, 'src/content.config.ts'));
	// Astro finds the packages it must bundle (Starlight) from package.json; the
	// versions are the repository's, installed in its node_modules.
	const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, devDependencies[name]]));
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }, null, '\t'),
	);
	writePages(join(dir, 'src/content/docs'), size, folder);
	return dir;
}

export const SITES = { handbook: handbookProject, plain: plainProject };

/**
 * How a build's CPU time is read: scripts/bench/cpu-time.py (Python 3 on
 * Linux) waits for every process the build started, orphans included, and
 * counts them all; /usr/bin/time counts only the processes the build itself
 * waited for (a helper left running at exit, such as esbuild's service, is
 * lost). The first that works on this machine.
 */
export const CPU_CLOCK = (() => {
	const probe = join(ROOT, '.bench', `.cpu-probe-${process.pid}`);
	mkdirSync(join(ROOT, '.bench'), { recursive: true });
	try {
		const reaper = spawnSync('python3', [CPU_TIME, probe, 'true'], { encoding: 'utf8' });
		if (reaper.status === 0 && existsSync(probe)) return 'cpu-time.py';
		if (existsSync('/usr/bin/time')) return '/usr/bin/time';
		return undefined;
	} finally {
		rmSync(probe, { force: true });
	}
})();

let timedRuns = 0;
/** A command wrapped in the CPU clock, which writes its CPU time to a file of its own. */
function clocked(command) {
	const timeFile = join(ROOT, '.bench', `.cpu-time-${process.pid}-${++timedRuns}`);
	const [program, args] =
		CPU_CLOCK === 'cpu-time.py'
			? ['python3', [CPU_TIME, timeFile, ...command]]
			: CPU_CLOCK === '/usr/bin/time'
				? ['/usr/bin/time', ['-f', '%U %S', '-o', timeFile, ...command]]
				: [command[0], command.slice(1)];
	return { program, args, timeFile };
}

/** The CPU seconds the clock wrote (NaN without a clock or after a failure); the file is removed. */
function cpuSeconds(timeFile, status) {
	let cpuS = NaN;
	if (CPU_CLOCK && status === 0) {
		const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(/\s+/).map(Number);
		cpuS = user + sys;
	}
	rmSync(timeFile, { force: true });
	return cpuS;
}

/**
 * Runs `command` (an array) and times it: wall seconds, and the CPU seconds
 * (user + system) of it and every process it started ({@link CPU_CLOCK}),
 * read when all of them have exited.
 */
export function cpuTimed(command, { cwd, env }) {
	const { program, args, timeFile } = clocked(command);
	const started = performance.now();
	const result = spawnSync(program, args, { cwd, env, encoding: 'utf8' });
	const wallS = (performance.now() - started) / 1000;
	return { result, wallS, cpuS: cpuSeconds(timeFile, result.status) };
}

/** {@link cpuTimed}, without blocking, for builds that run side by side: status, output, wall and CPU seconds. */
export function cpuTimedAsync(command, { cwd, env }) {
	const { program, args, timeFile } = clocked(command);
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(program, args, { cwd, env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => {
			const wallS = (performance.now() - started) / 1000;
			resolve({ status, output, wallS, cpuS: cpuSeconds(timeFile, status) });
		});
	});
}

/** The environment of a bench build: the repository's Node, no telemetry, the generated pages' review date as today. */
function buildEnv() {
	return {
		// The repository's Node (the `node` dev dependency), as under `npm run`.
		PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
		HOME: process.env.HOME ?? '',
		ASTRO_TELEMETRY_DISABLED: '1',
		HANDBOOK_TODAY: TODAY,
	};
}

/** The generated pages a built page's sidebar links to. */
export function sidebarPages(html, folder) {
	const sidebar = /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
	return new Set([...sidebar.matchAll(new RegExp(`href="/${folder}/(page-\\d+)/"`, 'g'))].map((m) => m[1]));
}

/**
 * What a build of generated pages must show, or a list of what it does not:
 * every generated page came out, and when the pages are in the sidebar, the
 * sidebar of the first and the last lists all of them.
 */
export function generatedProblems(dist, size, folder) {
	const problems = [];
	const built = existsSync(join(dist, folder))
		? readdirSync(join(dist, folder)).filter((f) => /^page-\d+$/.test(f)).length
		: 0;
	if (built !== size) problems.push(`${size} pages generated in ${folder}/, ${built} built`);
	if (folder === FOLDERS.inside)
		for (const i of [0, size - 1]) {
			const file = join(dist, folder, `page-${i}`, 'index.html');
			const listed = existsSync(file) ? sidebarPages(readFileSync(file, 'utf8'), folder).size : 0;
			if (listed !== size) problems.push(`the sidebar of ${folder}/page-${i}/ lists ${listed} of ${size} pages`);
		}
	return problems;
}

/** Stops the bench when a build failed or left out a generated page or a sidebar entry. */
function checkBuild(site, dir, size, folder, { status, output }) {
	if (status !== 0) throw new Error(`${site} build failed in ${dir}:\n${output}`);
	const problems = generatedProblems(join(dir, 'dist'), size, folder);
	if (problems.length) throw new Error(`${site} build of ${size} pages:\n${problems.join('\n')}`);
}

/** Generates a site, builds it, checks its output and removes it: the build's wall and CPU seconds. */
export function timedBuild(site, size, folder, { keep = false } = {}) {
	const dir = SITES[site](size, folder);
	try {
		const { result, wallS, cpuS } = cpuTimed([ASTRO, 'build'], { cwd: dir, env: buildEnv() });
		const output = result.stdout + result.stderr;
		checkBuild(site, dir, size, folder, { status: result.status, output });
		return { wallS, cpuS, output, dir };
	} finally {
		if (!keep) rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Both sites built at the same time, from fresh projects with the same pages:
 * each build's CPU and wall seconds, and the handbook's CPU time over plain
 * Starlight's. `first` is the site whose build starts first (by a moment).
 * Two builds side by side share whatever the machine is doing in those
 * seconds, so their ratio holds where the time of either alone does not: on a
 * shared machine the same build takes from 14 to 26 CPU seconds from one
 * minute to the next, while two copies of it built side by side came within
 * 1% of each other.
 */
export async function pairedBuilds(size, folder, first = 'handbook') {
	const order = first === 'handbook' ? ['handbook', 'plain'] : ['plain', 'handbook'];
	const dirs = Object.fromEntries(order.map((site) => [site, SITES[site](size, folder)]));
	try {
		const runs = await Promise.all(
			order.map((site) => cpuTimedAsync([ASTRO, 'build'], { cwd: dirs[site], env: buildEnv() })),
		);
		const timing = {};
		order.forEach((site, i) => {
			checkBuild(site, dirs[site], size, folder, runs[i]);
			timing[site] = { cpuS: runs[i].cpuS, wallS: runs[i].wallS };
		});
		return { ...timing, ratio: timing.handbook.cpuS / timing.plain.cpuS };
	} finally {
		for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
	}
}
