// The living handbook's internal extras: the change feed at /rss.xml, and
// the browser editor at /admin/, internal build only: the Decap CMS bundle
// copied from node_modules (served from our own origin, never a CDN), a
// config.yml generated from the handbook's schemas (src/lib/cms), and a page
// with its own content security policy, written after the site-wide one.
// Decap validates its configuration with generated code ('unsafe-eval') and
// styles itself with injected <style> elements ('unsafe-inline'); only this
// page gets those.
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import type { SiteOptions } from '~/lib/site/options';
import { adminPolicy, adminPage, cmsSections, dataFileForms } from '~/lib/cms/adminPage';
import { decapConfig } from '~/lib/cms/decapConfig';
import { weeklyMetricsSchema } from '~/lib/data/metrics';

const require = createRequire(import.meta.url);

export function adminIntegration(options: SiteOptions): AstroIntegration {
	return {
		name: 'handbook-admin',
		hooks: {
			// The change feed lists internal pages and commit messages: internal build only.
			'astro:config:setup': ({ injectRoute }) => {
				if (options.audience === 'public') return;
				injectRoute({ pattern: '/rss.xml', entrypoint: './src/routes/rss.xml.ts', prerender: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (options.audience === 'public') return;
				const out = join(fileURLToPath(dir), 'admin');
				await mkdir(out, { recursive: true });
				const bundleDir = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
				const bundle = (await readdir(bundleDir)).filter((f) => f.endsWith('decap-cms.js') || f.endsWith('.wasm'));
				await Promise.all(bundle.map((f) => copyFile(join(bundleDir, f), join(out, f))));
				const config = decapConfig({
					backend: { name: options.cms.backend, repo: options.cms.repo, branch: options.cms.branch },
					localBackendUrl: options.cms.localBackendUrl,
					sections: cmsSections(join(process.cwd(), 'content/docs')),
					dataFiles: dataFileForms(),
					weeklyMetrics: weeklyMetricsSchema,
					siteUrl: options.site + options.base.replace(/\/$/, ''),
				});
				await writeFile(
					join(out, 'config.yml'),
					'# Generated at build time from src/lib/cms/decapConfig.ts; do not edit.\n' +
						dump(config, { noRefs: true, lineWidth: -1 }),
				);
				await writeFile(join(out, 'index.html'), adminPage(adminPolicy(options.cms)));
				logger.info(`browser editor written to /admin/ (${bundle.length} files)`);
			},
		},
	};
}
