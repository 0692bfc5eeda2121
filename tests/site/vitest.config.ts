import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { yamlPlugin } from '../../src/config/yamlPlugin.mjs';

// Checks on the built site in dist/: run after `astro build`.
export default defineConfig({
	plugins: [yamlPlugin()],
	resolve: { alias: { '~': fileURLToPath(new URL('../../src', import.meta.url)) } },
	test: {
		include: ['tests/site/**/*.test.ts'],
		testTimeout: 240_000,
		hookTimeout: 240_000,
		fileParallelism: false,
	},
});
