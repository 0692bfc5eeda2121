// The calculators' islands are Preact. @astrojs/preact compiles their JSX
// with Babel, whose import alone costs about half a second of CPU a build
// (@preact/preset-vite loads it whether or not it is used); Vite's own
// transform (oxc) compiles the same automatic-runtime JSX natively. So a build
// registers Preact's renderer and the JSX options itself, and only `astro dev`
// runs the full integration, for its fast refresh while editing an island.
import type { AstroIntegration } from 'astro';
import { getRenderer } from '@astrojs/preact/container-renderer';
import type { Plugin } from 'vite';

/** The islands: every .tsx and .jsx file; other modules are not Preact's (as `include` for @astrojs/preact). */
const ISLANDS = /\.[jt]sx$/;

/**
 * The options module Preact's server renderer imports (`astro:preact:opts`,
 * as @astrojs/preact writes it): which components it may render.
 */
function rendererOptions(): Plugin {
	const id = 'astro:preact:opts';
	return {
		name: 'handbook-preact-options',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) => (resolved === `\0${id}` ? `export default { include: [${ISLANDS}] };` : undefined),
	};
}

export function preactIslands(): AstroIntegration {
	return {
		name: 'handbook-preact-islands',
		hooks: {
			'astro:config:setup': async (setup) => {
				if (setup.command === 'dev') {
					const { default: preact } = await import('@astrojs/preact');
					return preact({ include: [ISLANDS] }).hooks['astro:config:setup']?.(setup);
				}
				setup.addRenderer(getRenderer(false));
				setup.updateConfig({
					vite: {
						oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
						plugins: [rendererOptions()],
					},
				});
			},
		},
	};
}
