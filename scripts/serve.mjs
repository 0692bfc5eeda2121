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

/** The file for a URL path, or null. The path is already decoded and free of NUL bytes. */
async function resolveFile(decodedPath) {
	const clean = normalize(decodedPath).replace(/^(\.\.[/\\])+/, '');
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

/** Decodes a URL path; null when it is malformed (a bad %-escape) or holds a NUL byte. */
function decodePath(rawPath) {
	try {
		const decoded = decodeURIComponent(rawPath);
		return decoded.includes('\0') ? null : decoded;
	} catch {
		return null;
	}
}

function plain(res, status, text, extra = {}) {
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(), ...extra });
	res.end(text);
}

/** The headers every response gets, from the `/*` rule of _headers. */
function securityHeaders() {
	const headers = {};
	for (const rule of rules) if (rule.pattern === '/*') for (const [k, v] of rule.headers) headers[k] = v;
	return headers;
}

async function handle(req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD')
		return plain(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
	let url;
	try {
		url = new URL(req.url ?? '/', 'http://localhost');
	} catch {
		return plain(res, 400, 'Bad request\n');
	}
	if (!url.pathname.startsWith(base)) {
		res.writeHead(302, { Location: base });
		return res.end();
	}
	const inner = decodePath('/' + url.pathname.slice(base.length));
	if (inner === null) return plain(res, 400, 'Bad request: malformed URL\n');
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
	res.end(req.method === 'HEAD' ? undefined : file ? await readFile(file) : 'Not found');
}

// One bad request never stops the server: malformed requests get a 4xx,
// anything unexpected a 500, and the server goes on serving.
const server = createServer((req, res) => {
	handle(req, res).catch((error) => {
		console.error(`serve: ${req.method} ${req.url}: ${error.message}`);
		if (!res.headersSent) plain(res, 500, 'Internal error\n');
		else res.destroy();
	});
});
server.on('clientError', (error, socket) => {
	if (!socket.writable) return socket.destroy();
	const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
	socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
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
