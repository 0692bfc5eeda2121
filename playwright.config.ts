import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4398);
const executablePath = chromiumPath() ?? '/usr/bin/chromium';
const launchOptions = {
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 2,
	// One retry in CI absorbs a slow machine; a test that fails twice fails the run.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: true,
	reporter: [['list']],
	outputDir: 'test-results',
	timeout: 30_000,
	expect: { timeout: 5_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions,
		permissions: ['clipboard-read', 'clipboard-write'],
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
		{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, grep: /@phone/ },
	],
	webServer: [
		{
			command: `node scripts/serve.mjs --dir dist --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
		// The public build (npm run build:public), where share links open the ROI prospect view.
		{
			command: `node scripts/serve.mjs --dir dist-public --port ${port + 1}`,
			url: `http://127.0.0.1:${port + 1}/`,
			reuseExistingServer: false,
			timeout: 30_000,
		},
	],
});
