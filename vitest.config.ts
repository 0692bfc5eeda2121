import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { yamlPlugin } from './src/config/yamlPlugin.mjs';

export default defineConfig({
	plugins: [yamlPlugin()],
	resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	test: {
		include: ['tests/unit/**/*.test.{ts,tsx}'],
		environment: 'node',
	},
});
