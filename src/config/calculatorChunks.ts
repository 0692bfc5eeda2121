/**
 * How the browser build groups the calculators' code, so a calculator page
 * fetches a few larger files instead of a dozen small ones, and nothing it
 * loads on use (CSV, summaries, saved scenarios, parts below the form).
 * A module goes into:
 * - `calculator-kit` when the first view of every calculator imports it
 *   (Preact, its renderer, the state hook and the fields everyone uses);
 * - a chunk named for the calculators whose first views import it
 *   (`runway`, or `bant-roi` for a module two of them share);
 * - wherever the bundler puts it otherwise: modules imported only on use,
 *   or also by pages without calculators (content pages never load the kit).
 * A calculator's first view is what its island (the `.tsx` file its Astro
 * wrapper hydrates, in src/components/calculators/<folder>/) imports without
 * a dynamic import() on the way. Nothing here names a calculator: a new
 * folder gets its own chunk.
 */
import { readdirSync } from 'node:fs';

type ModuleInfo = { isEntry: boolean; importers: readonly string[] };
type Context = { getModuleInfo(id: string): ModuleInfo | null };

const ISLAND = /[\\/]src[\\/]components[\\/]calculators[\\/](\w+)[\\/][\w-]+\.tsx$/;
/** Every calculator, by its folder. */
const CALCULATORS = readdirSync(new URL('../components/calculators/', import.meta.url), { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
	.map((entry) => entry.name);

/** The entries that import a module statically, each as its calculator folder, or `page` for any other entry. */
function firstViewsOf(id: string, ctx: Context, seen = new Set<string>()): Set<string> {
	const found = new Set<string>();
	if (seen.has(id)) return found;
	seen.add(id);
	const info = ctx.getModuleInfo(id);
	if (!info) return found;
	if (info.isEntry) found.add(ISLAND.exec(id)?.[1] ?? 'page');
	for (const importer of info.importers) for (const view of firstViewsOf(importer, ctx, seen)) found.add(view);
	return found;
}

/**
 * The calculators whose first views import a module, or null to leave it to
 * the bundler (imported only on use, or also by a page without calculators).
 */
function calculatorsOf(id: string, ctx: Context): string[] | null {
	const views = firstViewsOf(id, ctx);
	return views.size === 0 || views.has('page') ? null : [...views].sort();
}

/**
 * A group for the modules that `count` calculators share. A chunk takes in
 * what its modules import, so the most widely shared go first: each
 * calculator's own chunk then leaves out what the shared chunks hold.
 */
function sharedBy(count: number) {
	return {
		name: (id: string, ctx: Context) => {
			const calculators = calculatorsOf(id, ctx);
			if (calculators?.length !== count) return null;
			return count === CALCULATORS.length ? 'calculator-kit' : calculators.join('-');
		},
		priority: count,
	};
}

export const calculatorChunks = {
	groups: [
		// Vite's preload helper serves every page's dynamic imports: it stays on its own.
		{ name: 'preload-helper', test: /preload-helper/, priority: CALCULATORS.length + 1 },
		...CALCULATORS.map((_, n) => sharedBy(CALCULATORS.length - n)),
	],
};
