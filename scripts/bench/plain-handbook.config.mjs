// @ts-check
// The handbook's own pages on plain Starlight, for the first-view weight
// comparison (`npm run bench`, tests/site/budgets.test.ts):
//   astro build --config scripts/bench/plain-handbook.config.mjs
// The plain Starlight site of scripts/bench/plain-starlight/, reading the
// handbook's content/ and with what its pages need to compile (Preact for the
// calculators' islands, YAML imports for the figures); no overrides, CSS,
// search or security integrations. Its own content cache and output folder
// (OUT_DIR, default .bench/dist-plain).
import preact from '@astrojs/preact';
import plain from './plain-starlight/astro.config.mjs';
import { yamlPlugin } from '../../src/config/yamlPlugin.mjs';

export default {
	...plain,
	srcDir: '.',
	outDir: process.env.OUT_DIR || './.bench/dist-plain',
	cacheDir: './node_modules/.astro/plain-starlight',
	integrations: [...(plain.integrations ?? []), preact()],
	vite: { plugins: [yamlPlugin()] },
};
