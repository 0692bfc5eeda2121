#!/usr/bin/env node
// Serves a built handbook (dist/ by default) on 127.0.0.1, applying the
// headers in its _headers file the way static hosts do, so that what is
// tested locally runs under the same security headers as production.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		host: { type: 'string', default: '127.0.0.1' },
		base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
		help: { type: 'boolean', default: false },
	},
});
if (values.help) {
	console.log('usage: node scripts/serve.mjs [--dir dist] [--port 4321 | PORT=4321] [--host 127.0.0.1] [--base /]');
	process.exit(0);
}

const root = resolve(values.dir);
if (!existsSync(root)) {
	console.error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first.`);
	process.exit(1);
}
const base = ('/' + values.base.replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.pf_meta': 'application/octet-stream',
};

/** Netlify/Cloudflare `_headers` format: a path pattern line, then indented `Name: value` lines. */
function parseHeadersFile(text) {
	const rules = [];
	let current = null;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = { pattern: line.trim(), headers: [] };
			rules.push(current);
		} else if (current) {
			const at = line.indexOf(':');
			if (at > 0) current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

function matches(pattern, path) {
	const regex = new RegExp(
		'^' +
			pattern
				.split('*')
				.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*') +
			'$',
	);
	return regex.test(path);
}

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

async function resolveFile(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, clean);
	if (!file.startsWith(root)) return null;
	try {
		const info = await stat(file);
		if (info.isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (!url.pathname.startsWith(base)) {
		res.writeHead(302, { Location: base });
		return res.end();
	}
	const inner = '/' + url.pathname.slice(base.length);
	let file = await resolveFile(inner);
	let status = 200;
	if (!file && !inner.endsWith('/') && !extname(inner) && (await resolveFile(inner + '/'))) {
		res.writeHead(301, { Location: url.pathname + '/' + url.search });
		return res.end();
	}
	if (!file) {
		file = await resolveFile('/404.html');
		status = 404;
	}
	const headers = { 'Content-Type': TYPES[extname(file ?? '')] ?? 'application/octet-stream' };
	for (const rule of rules) if (matches(rule.pattern, inner)) for (const [k, v] of rule.headers) headers[k] = v;
	res.writeHead(status, headers);
	res.end(file ? await readFile(file) : 'Not found');
});

server.on('error', (error) => {
	if (error.code !== 'EADDRINUSE') throw error;
	console.error(
		`Port ${values.port} is already in use: choose another with --port (npm start -- --port 4322) or PORT=4322 npm start.`,
	);
	process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
	console.log(`Handbook (${values.dir}) ready at http://${values.host}:${values.port}${base}  (Ctrl+C stops it)`);
});
