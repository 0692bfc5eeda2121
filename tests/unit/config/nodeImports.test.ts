// Astro loads astro.config.mjs with Node when it can, and with a Vite server
// (about a second of CPU a build) when it cannot. The configuration must stay
// loadable by Node alone: src/config/nodeImports.mjs resolves the handbook's
// `~/` alias and extensionless TypeScript imports for it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handbookModule } from '~/config/nodeImports.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(ROOT, 'src');
const inConfig = join(SRC, 'config/handbookSearch.ts');

describe('handbookModule', () => {
	it('resolves the alias and extensionless imports of modules under src/', () => {
		expect(handbookModule('~/lib/site/options', inConfig)).toBe(join(SRC, 'lib/site/options.ts'));
		expect(handbookModule('./searchIndex', inConfig)).toBe(join(SRC, 'config/searchIndex.ts'));
		expect(handbookModule('../lib/cms/cmsConfig', inConfig)).toBe(join(SRC, 'lib/cms/cmsConfig.ts'));
		expect(handbookModule('./htmlFiles.mjs', inConfig)).toBe(undefined); // Node finds it as written
	});

	it('leaves packages, missing files and modules outside src/ to Node', () => {
		expect(handbookModule('astro/config', inConfig)).toBe(undefined);
		expect(handbookModule('./nowhere', inConfig)).toBe(undefined);
		expect(handbookModule('~/lib/site/options', join(ROOT, 'node_modules/x/index.js'))).toBe(undefined);
		expect(handbookModule('./options', join(ROOT, 'scripts/bench.mjs'))).toBe(undefined);
	});
});

describe('astro.config.mjs', () => {
	it('loads with Node alone, without Vite', () => {
		// The repository's Node (the `node` dev dependency), as under `npm run`.
		const node = join(ROOT, 'node_modules/.bin/node');
		const run = spawnSync(
			node,
			[
				'--input-type=module',
				'-e',
				"const c = (await import('./astro.config.mjs')).default; console.log(c.integrations.length)",
			],
			{ cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
		);
		expect(run.stderr).toBe('');
		expect(Number(run.stdout.trim())).toBeGreaterThan(5);
	}, 60_000);
});
