// Finds a program the tests need from Debian (chromium, nginx): an explicit
// path from the environment, else the package's usual binary. With install,
// root installs the Debian package when it is missing; anyone else gets one
// line saying what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** @param {{ envVar: string, binary: string }} program @param {Record<string, string | undefined>} env */
export function programPath({ envVar, binary }, env = process.env) {
	for (const candidate of [env[envVar], binary]) if (candidate && existsSync(candidate)) return candidate;
	return null;
}

/** @param {{ name: string, envVar: string, binary: string }} program */
export function findOrInstall(program, { install = false } = {}) {
	let found = programPath(program);
	if (!found && install && process.getuid?.() === 0) {
		console.error(`${program.name} not found: installing Debian's ${program.name} package…`);
		execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${program.name} >/dev/null`, {
			stdio: 'inherit',
		});
		found = programPath(program);
	}
	if (!found) {
		console.error(
			`No ${program.name} found: run \`sudo apt-get install -y ${program.name}\` or set ${program.envVar} to its binary.`,
		);
		process.exit(1);
	}
	return found;
}

/** Runs a small CLI around findOrInstall when the script is run directly. */
export function programCli(program, scriptUrl) {
	if (scriptUrl !== `file://${process.argv[1]}`) return;
	if (process.argv.includes('--help')) {
		console.log(
			`usage: node scripts/${program.name}-path.mjs [--install]\nPrints the ${program.name} used by the tests; --install installs Debian's ${program.name} if missing (root only).`,
		);
		process.exit(0);
	}
	console.log(findOrInstall(program, { install: process.argv.includes('--install') }));
}
