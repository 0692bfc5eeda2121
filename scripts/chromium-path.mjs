#!/usr/bin/env node
// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium. With --install it installs Debian's package when running
// as root; otherwise it fails with one line saying what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function chromiumPath(env = process.env) {
	for (const candidate of [env.CHROMIUM_PATH, '/usr/bin/chromium']) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	return null;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	if (process.argv.includes('--help')) {
		console.log(
			"usage: node scripts/chromium-path.mjs [--install]\nPrints the Chromium used by the browser tests; --install installs Debian's chromium if missing (root only).",
		);
		process.exit(0);
	}
	let found = chromiumPath();
	if (!found && process.argv.includes('--install')) {
		if (process.getuid?.() === 0) {
			console.error("Chromium not found: installing Debian's chromium package…");
			execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
				stdio: 'inherit',
			});
			found = chromiumPath();
		}
	}
	if (!found) {
		console.error(
			'No Chromium found: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.',
		);
		process.exit(1);
	}
	console.log(found);
}
