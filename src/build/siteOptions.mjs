// Build switches read from the environment, in one place, so that the config,
// the tests and the scripts agree on them.
export function siteOptions(env = process.env) {
	const audience = env.HANDBOOK_AUDIENCE === 'public' ? 'public' : 'internal';
	const rawBase = (env.BASE_PATH ?? '').trim();
	const base = rawBase && rawBase !== '/' ? '/' + rawBase.replace(/^\/+|\/+$/g, '') : '/';
	return {
		audience,
		site: env.SITE_URL || 'http://127.0.0.1:4321',
		base,
		editUrl: env.EDIT_URL_BASE || '',
		outDir: env.OUT_DIR || (audience === 'public' ? './dist-public' : './dist'),
		// For the benchmark only: another source folder (generated pages), and a
		// "plain Starlight" build without the handbook's overrides, CSS and CSP.
		srcDir: env.HANDBOOK_SRC_DIR || '.',
		plain: env.HANDBOOK_PLAIN === '1',
	};
}
