#!/usr/bin/env node
// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium (--install installs it when missing, as root).
import { programCli, programPath } from './lib/debianPackage.mjs';

const CHROMIUM = { name: 'chromium', envVar: 'CHROMIUM_PATH', binary: '/usr/bin/chromium' };

export function chromiumPath(env = process.env) {
	return programPath(CHROMIUM, env);
}

programCli(CHROMIUM, import.meta.url);
