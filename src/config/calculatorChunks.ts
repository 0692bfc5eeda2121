/**
 * How the browser build groups the calculators' code, so a calculator page
 * fetches a few larger files instead of a dozen small ones, and nothing it
 * loads on use (CSV, summaries, saved scenarios, parts below the form).
 * A module goes into:
 * - `calculator-kit` when the first views of two calculators or more import
 *   it (Preact, its renderer, the kit in calculators/shared/);
 * - a chunk named for its calculator's folder (`roi`, `runway`, `bant`, …)
 *   when only that calculator's first view imports it;
 * - wherever the bundler puts it otherwise: modules imported only on use,
 *   or also by pages without calculators (content pages never load the kit).
 * A calculator's first view is what its island (the `.tsx` file its Astro
 * wrapper hydrates, in src/components/calculators/<folder>/) imports without
 * a dynamic import() on the way. Nothing here names a calculator: a new
 * folder gets its own chunk.
 */
type ModuleInfo = { isEntry: boolean; importers: readonly string[] };
type Context = { getModuleInfo(id: string): ModuleInfo | null };

const ISLAND = /[\\/]src[\\/]components[\\/]calculators[\\/](\w+)[\\/][\w-]+\.tsx$/;
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

/** The calculators whose first views import a module, or null to leave it to the bundler. */
function calculatorsOf(id: string, ctx: Context): string[] | null {
	const views = firstViewsOf(id, ctx);
	return views.size === 0 || views.has('page') ? null : [...views];
}

export const calculatorChunks = {
	groups: [
		// Vite's preload helper serves every page's dynamic imports: it stays on its own.
		{ name: 'preload-helper', test: /preload-helper/, priority: 3 },
		// The kit first: a chunk takes in what its modules import, unless a group before it took them.
		{
			name: (id: string, ctx: Context) => ((calculatorsOf(id, ctx)?.length ?? 0) > 1 ? 'calculator-kit' : null),
			priority: 2,
		},
		{ name: (id: string, ctx: Context) => calculatorsOf(id, ctx)?.[0] ?? null, priority: 1 },
	],
};
