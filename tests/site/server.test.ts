// The local server behind `npm start` and the browser tests: malformed URLs,
// methods a static site does not answer and oversized headers get a 4xx, and
// the server goes on serving.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDist, ROOT } from './dist';

const PORT = 4496;
let server: ChildProcess | undefined;

/** Sends raw bytes and returns the status line, so requests no HTTP client would send can be tried. */
function rawRequest(request: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(PORT, '127.0.0.1', () => socket.write(request));
		let reply = '';
		socket.setTimeout(5_000, () => socket.destroy(new Error('no reply in 5 s')));
		socket.on('data', (chunk) => {
			reply += String(chunk);
			if (reply.includes('\r\n')) socket.end();
		});
		socket.on('close', () => resolve(reply.split('\r\n')[0] ?? ''));
		socket.on('error', reject);
	});
}

const get = (path: string) => rawRequest(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

beforeAll(async () => {
	requireDist();
	server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', 'dist', '--port', String(PORT)], {
		cwd: ROOT,
		stdio: 'ignore',
	});
	const deadline = Date.now() + 10_000;
	while ((await get('/').catch(() => '')) === '') {
		if (Date.now() > deadline) throw new Error('the server did not start');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
});
afterAll(() => server?.kill('SIGTERM'));

describe('scripts/serve.mjs under hostile requests', () => {
	it.each([
		['a malformed %-escape', () => get('/%E0%A4%A'), /^HTTP\/1\.1 400 /],
		['a NUL byte', () => get('/%00/index.html'), /^HTTP\/1\.1 400 /],
		['a path climbing out of the site', () => get('/../../etc/passwd'), /^HTTP\/1\.1 (400|404) /],
		['DELETE', () => rawRequest('DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'), /^HTTP\/1\.1 405 /],
		['a method HTTP does not know', () => rawRequest('BREW / HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 400 /],
		[
			'20 kB of headers',
			() => rawRequest(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
			/^HTTP\/1\.1 431 /,
		],
		['garbage instead of HTTP', () => rawRequest('\u0000\u0001 not http at all\r\n\r\n'), /^HTTP\/1\.1 400 /],
	])('%s gets a 4xx and the server keeps serving', async (_name, send, status) => {
		expect(await send()).toMatch(status);
		expect(await get('/')).toBe('HTTP/1.1 200 OK');
		expect(server?.exitCode).toBeNull();
	});

	it('HEAD answers without a body', async () => {
		const response = await fetch(`http://127.0.0.1:${PORT}/`, { method: 'HEAD' });
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('');
	});
});
