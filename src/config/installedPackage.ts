// Where an installed package lives, for build code that reads a package's own
// files: some packages (Starlight, the Sveltia editor) export neither their
// package.json nor an entry that require.resolve could find.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An installed package's folder, looked up as Node does: `from`'s node_modules, then each parent's. */
export function installedPackage(name: string, from = process.cwd()): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) throw new Error(`${name} is not installed: run npm ci`);
	}
}
