// `npm run cms:server` (scripts/cms-server.mjs): decap-server reads and writes
// the repository without authentication, so it must answer on 127.0.0.1 and
// nowhere else. The non-loopback address tried is this machine's own (from
// os.networkInterfaces()), so no packet leaves the machine.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/cms-server.mjs');
const PORT = Number(process.env.E2E_CMS_PORT ?? 4431) + 50;

/** An address of this machine that is not loopback, IPv4 first; undefined when it has none. */
function nonLoopbackAddress(): string | undefined {
	const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
	const outside = all.filter((a) => !a.internal && !a.address.startsWith('fe80:'));
	return (outside.find((a) => a.family === 'IPv4') ?? outside[0])?.address;
}

/** Whether a TCP connection to host:port is accepted (false on refusal or after 2 s). */
function accepts(host: string, port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect({ host, port, timeout: 2_000 });
		const done = (ok: boolean) => {
			socket.destroy();
			resolve(ok);
		};
		socket.once('connect', () => done(true));
		socket.once('error', () => done(false));
		socket.once('timeout', () => done(false));
	});
}

const running: ChildProcess[] = [];
const repos: string[] = [];
afterEach(async () => {
	await Promise.all(
		running.splice(0).map((child) =>
			child.exitCode !== null || child.signalCode !== null
				? undefined
				: new Promise((resolve) => {
						child.once('exit', resolve);
						child.kill();
					}),
		),
	);
	for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts a server on PORT over an empty folder and waits until 127.0.0.1 answers the editor's `info` call. */
async function start(args: string[], env: Record<string, string> = {}): Promise<ChildProcess> {
	const repo = mkdtempSync(join(tmpdir(), 'handbook-cms-server-'));
	repos.push(repo);
	const child = spawn(process.execPath, args, {
		cwd: repo,
		env: { PATH: process.env.PATH ?? '', GIT_REPO_DIRECTORY: repo, PORT: String(PORT), ...env },
		stdio: 'ignore',
	});
	running.push(child);
	const deadline = Date.now() + 15_000;
	for (;;) {
		try {
			const res = await fetch(`http://127.0.0.1:${PORT}/api/v1`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ action: 'info' }),
			});
			if (res.ok) return child;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): is port ${PORT} in use?`);
		if (Date.now() > deadline) throw new Error(`the server did not answer on 127.0.0.1:${PORT}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

const address = nonLoopbackAddress();

describe('npm run cms:server', () => {
	it('answers the editor on 127.0.0.1', async () => {
		await start([SCRIPT]);
		const res = await fetch(`http://127.0.0.1:${PORT}/api/v1`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
		});
		expect(await res.json()).toMatchObject({ type: 'local_fs' });
	});

	it.runIf(address)(`cannot be reached on this machine's non-loopback address (${address})`, async () => {
		// Without the script, decap-server listens on every interface: the same check reaches it.
		const bare = await start([join(ROOT, 'node_modules/decap-server/dist/index.js')]);
		expect(await accepts(address!, PORT)).toBe(true);
		bare.kill();
		await new Promise((r) => bare.once('exit', r));

		await start([SCRIPT]);
		expect(await accepts('127.0.0.1', PORT)).toBe(true);
		expect(await accepts(address!, PORT)).toBe(false);
	});

	it.runIf(address)('an empty BIND_HOST still means loopback only', async () => {
		await start([SCRIPT], { BIND_HOST: '' });
		expect(await accepts(address!, PORT)).toBe(false);
	});

	it.skipIf(address)(
		'cannot be reached from another address: not tried, this machine has no non-loopback network address',
		() => {},
	);

	it('listens where --host says, and explains itself with --help', async () => {
		await start([SCRIPT, '--host', '0.0.0.0']);
		if (address) expect(await accepts(address, PORT)).toBe(true);
		const help = spawnSync(process.execPath, [SCRIPT, '--help'], { encoding: 'utf8' });
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/listens on\s+127\.0\.0\.1 unless you name another address with --host or BIND_HOST/);
		const bad = spawnSync(process.execPath, [SCRIPT, '--port', 'http'], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/--port "http" is not a port number/);
	});
});
