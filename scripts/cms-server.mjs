#!/usr/bin/env node
// Runs decap-server, the browser editor's local backend (`npm run cms:server`).
// It reads and writes every file of the repository with no authentication,
// so it listens on 127.0.0.1 only: another machine on the network cannot
// reach it. decap-server itself listens on every interface unless BIND_HOST
// is set; this script always sets it.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const USAGE = `usage: node scripts/cms-server.mjs [--host 127.0.0.1 | BIND_HOST=…] [--port 8081 | PORT=…]

Runs decap-server on this machine for editing in /admin/ (see the README,
"Editing in the browser"). It writes to the working tree of the current folder
(or GIT_REPO_DIRECTORY) without asking anyone to log in, so it listens on
127.0.0.1 unless you name another address with --host or BIND_HOST, e.g.
--host 0.0.0.0 to let every machine on the network read and write content/.`;

let values;
try {
	({ values } = parseArgs({
		options: {
			// An empty BIND_HOST counts as unset: the default stays loopback.
			host: { type: 'string', default: process.env.BIND_HOST || '127.0.0.1' },
			port: { type: 'string', default: process.env.PORT || '8081' },
			help: { type: 'boolean', default: false },
		},
	}));
} catch (error) {
	console.error(`${error.message}\n\n${USAGE}`);
	process.exit(2);
}
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
	console.error(`--port ${JSON.stringify(values.port)} is not a port number (1-65535).\n\n${USAGE}`);
	process.exit(2);
}
if (!values.host.trim()) {
	console.error(`--host is empty; give an address such as 127.0.0.1.\n\n${USAGE}`);
	process.exit(2);
}

// decap-server reads these when it loads; its own .env support cannot widen the address set here.
process.env.BIND_HOST = values.host.trim();
process.env.PORT = String(port);
createRequire(import.meta.url)('decap-server');
