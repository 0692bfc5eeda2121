// A Vite plugin for astro.config.mjs.
/**
 * Astro's compiled pages open with a "use astro:head-inject" directive that the
 * bundler warns about once per page (57 boxes a build); it is Astro's own
 * marker, not a problem in this project. Set per environment, where Astro's
 * build configuration keeps it.
 * @returns {import('vite').Plugin}
 */
export const quietDirectiveWarnings = () => ({
	name: 'handbook-quiet-directive-warnings',
	configEnvironment: () => ({
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	}),
});
