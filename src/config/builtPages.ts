// One read of every built page. The passes that need a page's HTML after the
// build (the content security policy, the search index) share a single walk
// over the output: each page is read once, as bytes, handed to every pass in
// the order they were added (a pass may return new bytes, which the passes
// after it see), and written back once if a pass changed it. A page is never
// decoded here; each pass decodes what it needs of it.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
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

/** Pages in flight at once, so that file I/O and a pass's child process overlap the hashing. */
const CONCURRENT = 16;

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

	/**
	 * The passes see the pages one at a time, in the order of the walk, so that
	 * what they build (the search index) is the same every build; reads run
	 * ahead and writes behind, so file I/O overlaps the passes' work.
	 */
	async function walk(files: string[], root: string): Promise<void> {
		const reads: Promise<Buffer>[] = [];
		const writes = new Set<Promise<void>>();
		// Errors surface where each promise is awaited; none is left unhandled when an earlier one stops the walk.
		const quiet = <T>(promise: Promise<T>) => (promise.catch(() => {}), promise);
		for (let i = 0; i < files.length; i++) {
			for (let ahead = reads.length; ahead < Math.min(files.length, i + CONCURRENT); ahead++)
				reads.push(quiet(readFile(files[ahead]!)));
			const file = files[i]!;
			const path = relative(root, file).replace(/\\/g, '/');
			const original = await reads[i]!;
			delete reads[i];
			let bytes: Buffer = original;
			for (const pass of passes) bytes = (await pass.page(path, bytes)) ?? bytes;
			if (bytes === original) continue;
			const write = quiet(writeFile(file, bytes)).finally(() => writes.delete(write));
			writes.add(write);
			if (writes.size >= CONCURRENT) await Promise.race(writes);
		}
		await Promise.all(writes);
	}
}
