// The shipped nginx example, run for real: Debian's nginx serves the built
// site with deploy/nginx.conf (its listen and root pointed at this machine),
// and every response, HTML included, carries every security header.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxPath } from '../../scripts/nginx-path.mjs';
import { benchDir, DIST, requireDist, ROOT } from './dist';

const PORT = 4497;
const SECURITY_HEADERS = {
	'content-security-policy':
		/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+; .*frame-ancestors 'none'$/,
	'strict-transport-security': /^max-age=\d{8}; includeSubDomains$/,
	'x-content-type-options': /^nosniff$/,
	'referrer-policy': /^strict-origin-when-cross-origin$/,
	'x-frame-options': /^DENY$/,
	'permissions-policy': /camera=\(\)/,
	'cross-origin-opener-policy': /^same-origin$/,
};

let dir = '';
let nginx: ChildProcess | undefined;
let stderr = '';

/** deploy/nginx.conf with its listen address and root pointed at this machine's build. */
export function localSiteConfig(conf: string, port: number, root: string): string {
	const local = conf
		.replace(/^\s*listen\s[^;]*;/m, `\tlisten 127.0.0.1:${port};`)
		.replace(/^\s*root\s[^;]*;/m, `\troot ${root};`)
		.replace(/^\s*include\s+\S*\/csp\.nginx\.conf;/m, `\tinclude ${root}/csp.nginx.conf;`);
	if (!local.includes(`include ${root}/csp.nginx.conf;`) || !local.includes(`root ${root};`))
		throw new Error('deploy/nginx.conf has no listen, root or csp.nginx.conf include to point at the test server');
	return local;
}

beforeAll(async () => {
	requireDist();
	const binary = nginxPath();
	if (!binary)
		throw new Error('nginx is missing: `node scripts/nginx-path.mjs --install` (run by npm run test:site) installs it');
	dir = benchDir('nginx-');
	for (const sub of ['logs', 'tmp']) mkdirSync(join(dir, sub));
	const site = localSiteConfig(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), PORT, DIST);
	writeFileSync(join(dir, 'site.conf'), site);
	writeFileSync(
		join(dir, 'nginx.conf'),
		[
			'daemon off;',
			'worker_processes 1;',
			`pid ${dir}/nginx.pid;`,
			'error_log stderr warn;',
			'events { worker_connections 64; }',
			'http {',
			'  include /etc/nginx/mime.types;',
			'  access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/tmp/${t};`),
			`  include ${dir}/site.conf;`,
			'}',
		].join('\n'),
	);
	nginx = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
	nginx.stderr?.on('data', (chunk) => (stderr += String(chunk)));
	const deadline = Date.now() + 10_000;
	for (;;) {
		try {
			await fetch(`http://127.0.0.1:${PORT}/`);
			return;
		} catch {
			if (Date.now() > deadline || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
});

afterAll(() => {
	nginx?.kill('SIGTERM');
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const asset = () => {
	const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));
	if (!css) throw new Error('the build has no CSS asset in _astro/');
	return `/_astro/${css}`;
};

describe('deploy/nginx.conf under real nginx', () => {
	it.each([
		['the home page', '/', 200, /must-revalidate/],
		['a content page', '/runbooks/incident-response/', 200, /must-revalidate/],
		['a missing page', '/no-such-page/', 404, /must-revalidate/],
		['the search index', '/pagefind/pagefind-entry.json', 200, /must-revalidate/],
	])('%s gets every security header', async (_name, path, status, cache) => {
		const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
		expect(response.status).toBe(status);
		for (const [header, value] of Object.entries(SECURITY_HEADERS))
			expect(response.headers.get(header), `${header} on ${path}`).toMatch(value);
		expect(response.headers.get('cache-control')).toMatch(cache);
	});

	it('a hashed asset is cached for a year and still gets every security header', async () => {
		const response = await fetch(`http://127.0.0.1:${PORT}${asset()}`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		for (const [header, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(header)).toMatch(value);
	});

	it('an SVG or a file in the media folder is sandboxed: it is shown, never run', async () => {
		const probe = join(DIST, 'images', 'hostile-probe.svg');
		mkdirSync(join(DIST, 'images'), { recursive: true });
		writeFileSync(probe, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		try {
			for (const path of ['/images/hostile-probe.svg', '/favicon.svg']) {
				const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
				expect(response.status, path).toBe(200);
				expect(response.headers.get('content-security-policy'), path).toMatch(/^sandbox; default-src 'none'/);
				expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age/);
			}
		} finally {
			rmSync(probe);
		}
	});

	it('refuses methods a static site does not answer, with the headers still on', async () => {
		const response = await fetch(`http://127.0.0.1:${PORT}/`, { method: 'POST', body: 'x' });
		expect(response.status).toBe(405);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});
});
