// Lets Node itself import the handbook's TypeScript that astro.config.mjs
// uses. Astro imports the configuration with Node when it can, and otherwise
// starts a Vite server to load it, which costs about a second of CPU on every
// build, dev start and check. Node runs TypeScript as written (type
// stripping) but knows neither the `~/` alias of tsconfig.json nor imports of
// .ts files without their extension; this resolve hook adds both, for
// modules under src/ only. Without module.registerHooks (Node before 22.15)
// nothing changes: the import fails and Astro loads the configuration with Vite.
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('../', import.meta.url));

/** The file a handbook module means by `specifier`, or undefined to leave it to Node. */
export function handbookModule(specifier, parentPath) {
	if (!parentPath.startsWith(SRC) || parentPath.includes('/node_modules/')) return undefined;
	const path = specifier.startsWith('~/')
		? SRC + specifier.slice(2)
		: /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]sx?$/.test(specifier)
			? fileURLToPath(new URL(specifier, pathToFileURL(parentPath)))
			: undefined;
	if (path === undefined) return undefined;
	return [path, `${path}.ts`, `${path}/index.ts`].find((file) => /\.[cm]?[jt]s$/.test(file) && existsSync(file));
}

nodeModule.registerHooks?.({
	resolve(specifier, context, nextResolve) {
		const parent = context.parentURL?.startsWith('file:') ? fileURLToPath(context.parentURL) : '';
		const file = parent && handbookModule(specifier, parent);
		return nextResolve(file ? pathToFileURL(file).href : specifier, context);
	},
});
