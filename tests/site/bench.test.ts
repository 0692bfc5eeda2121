// `npm run bench` compares the handbook with a real plain Starlight project
// (scripts/bench/projects.mjs). Both sites of a bench run, built here small,
// must render every generated page with a full sidebar, each from its own
// cold content cache, and plain Starlight must be plain: none of the
// handbook's overrides, styles, search or security policy.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CPU_CLOCK,
	FOLDERS,
	cpuTimed,
	generatedProblems,
	sidebarPages,
	timedBuild,
} from '../../scripts/bench/projects.mjs';

const SIZE = 20;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function built(site: 'handbook' | 'plain') {
	const run = timedBuild(site, SIZE, FOLDERS.inside, { keep: true });
	dirs.push(run.dir);
	const dist = join(run.dir, 'dist');
	const page = (i: number) => readFileSync(join(dist, FOLDERS.inside, `page-${i}`, 'index.html'), 'utf8');
	return { ...run, dist, page };
}

describe.each(['handbook', 'plain'] as const)('a bench build of %s', (site) => {
	let run: ReturnType<typeof built>;
	beforeAll(() => {
		run = built(site);
	});

	it('renders every generated page, each listing all of them in its sidebar', () => {
		expect(generatedProblems(run.dist, SIZE, FOLDERS.inside)).toEqual([]);
		for (let i = 0; i < SIZE; i++) expect(sidebarPages(run.page(i), FOLDERS.inside).size, `page-${i}`).toBe(SIZE);
	});

	it('had a content cache of its own, and its CPU time was measured', () => {
		expect(existsSync(join(run.dir, 'node_modules/.astro'))).toBe(true);
		expect(readdirSync(join(run.dir, 'node_modules/.astro')).length).toBeGreaterThan(0);
		expect(run.cpuS).toBeGreaterThan(0);
		expect(run.wallS).toBeGreaterThan(0);
	});

	it(site === 'plain' ? 'is plain Starlight' : 'is the handbook', () => {
		const html = run.page(0);
		const handbook = [
			/<meta http-equiv="content-security-policy"/,
			/class="hb-meta"/,
			/data-pagefind-filter="owner"/,
			/<table tabindex="0">/,
		];
		for (const mark of handbook) expect(mark.test(html), String(mark)).toBe(site === 'handbook');
		// Both search their pages.
		expect(existsSync(join(run.dist, 'pagefind'))).toBe(true);
	});
});

describe("a bench build's CPU time", () => {
	// A fixed amount of work (not a time), so that load on the machine does not change it.
	const work = 'let x = 0; for (let i = 0; i < 1e8; i++) x = (x + i) % 7;';
	const run = (code: string) => cpuTimed([process.execPath, '-e', code], { cwd: ROOT, env: process.env }).cpuS;

	it("counts a helper process the build leaves running when it exits, as esbuild's service is", () => {
		expect(CPU_CLOCK).toBe('cpu-time.py');
		const alone = run(work);
		const orphan = run(
			`require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(work)}], { detached: true, stdio: 'ignore' }).unref();`,
		);
		// The orphan's work is counted: nearly all of it (process start-up aside), not nothing.
		expect(orphan).toBeGreaterThan(alone * 0.8);
	});
});
