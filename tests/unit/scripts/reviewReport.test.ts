import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../scripts/review-report.mjs');
const run = (...args: string[]) =>
	spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });

describe('npm run report:review', () => {
	it('lists every page and exits 0 when nothing is overdue', () => {
		const result = run('--fail-on-overdue', '--today', '2026-11-24');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Handbook review report, 2026-11-24: \d+ pages, 0 overdue/);
		expect(result.stdout).toContain('Incident response');
	});

	it('exits 1 with --fail-on-overdue once pages are overdue, listing them first', () => {
		// Weekly pages reviewed on 2026-11-24 are due on 2026-12-01, so on 2026-12-02 they are overdue.
		const result = run('--fail-on-overdue', '--today', '2026-12-02');
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/│ 0\s+│ 'OVERDUE'/);
		expect(result.stderr).toMatch(/\d+ page\(s\) overdue for review/);
	});

	it('reports without failing when the flag is absent', () => {
		expect(run('--today', '2030-01-01').status).toBe(0);
	});
});
