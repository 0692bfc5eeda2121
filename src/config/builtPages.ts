// One read of every built page. The passes that need a page's HTML after the
// build (the content security policy, the search index) share a single walk
// over the output: each page is read once, as bytes, handed to every pass in
// the order they were added (a pass may return new bytes, which the passes
// after it see), and written back once if a pass changed it. A page is never
// decoded here; each pass decodes what it needs of it. Files are read and
// written synchronously: the walk is the only work left in the build, and a
// synchronous read or write costs a fraction of the CPU of its promise-based
// form (which goes through the thread pool in four steps).
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './htmlFiles.mjs';

export type PagePass = {
	name: string;
	/** Before the first page. */
	start?(root: string): Promise<void> | void;
	/** One page, by its path in the output (forward slashes): new bytes, or nothing to leave it as it is. */
	page(path: string, bytes: Buffer): Promise<Buffer | void> | Buffer | void;
	/** After the last page, when every pass has seen every page. */
	finish?(root: string, logger: AstroIntegrationLogger): Promise<void> | void;
	/** Last, whether the walk succeeded or not (a child process to stop). */
	close?(): Promise<void> | void;
};

export type BuiltPages = { integration: AstroIntegration; add(pass: PagePass): void };

/**
 * The walk, as an integration whose place in the list of integrations is when
 * it runs (after any integration that writes pages, before any that reads
 * what the passes write), and `add` for the integrations that bring a pass.
 */
export function builtPages(): BuiltPages {
	const passes: PagePass[] = [];
	return {
		// A pass added again (a configuration set up twice) replaces itself.
		add: (pass) => {
			const same = passes.findIndex((p) => p.name === pass.name);
			if (same < 0) passes.push(pass);
			else passes[same] = pass;
		},
		integration: {
			name: 'handbook-built-pages',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					const root = fileURLToPath(dir);
					const started = performance.now();
					try {
						for (const pass of passes) await pass.start?.(root);
						const files: string[] = [];
						for await (const file of htmlFiles(root)) files.push(file);
						await walk(files, root);
						for (const pass of passes) await pass.finish?.(root, logger);
						logger.info(
							`${files.length} pages read once for ${passes.map((p) => p.name).join(' and ')} in ${Math.round(performance.now() - started)} ms`,
						);
					} finally {
						for (const pass of passes) await pass.close?.();
					}
				},
			},
		},
	};

	/** The passes see the pages one at a time, in the order of the walk, so that what they build (the search index) is the same every build. */
	async function walk(files: string[], root: string): Promise<void> {
		for (const file of files) {
			const path = relative(root, file).replace(/\\/g, '/');
			const original = readFileSync(file);
			let bytes: Buffer = original;
			for (const pass of passes) bytes = (await pass.page(path, bytes)) ?? bytes;
			if (bytes !== original) writeFileSync(file, bytes);
		}
	}
}
