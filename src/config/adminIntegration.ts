// The living handbook's internal extras: the change feed at /rss.xml, and
// the browser editor at /admin/, internal build only: the Sveltia CMS bundle
// copied from node_modules (served from our own origin, never a CDN: the
// fonts its stylesheet would fetch from a CDN are copied from the @fontsource
// packages and its URLs pointed at them), the handbook's own script
// (src/admin/editor.ts: file formats, preview, help), a config.yml generated
// from the handbook's schemas (src/lib/cms), and a page with its own content
// security policy, written after the site-wide one.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { isPublicBuild, type SiteOptions } from '~/lib/site/options';
import { installedPackage as installedPackageFrom } from './installedPackage';
import { adminPolicy, adminPage } from '~/lib/cms/adminPage';
import { cmsSections, dataFileForms, signOffDocuments } from '~/lib/cms/collections-fs';
import { cmsConfig } from '~/lib/cms/cmsConfig';
import { PUBLISH_MINUTES } from '~/lib/cms/publishing';
import { weeklyMetricsSchema } from '~/lib/data/metrics';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** An installed package's folder, looked up from the project's own folder. */
const installedPackage = (name: string) => installedPackageFrom(name, ROOT);

/** `https://cdn.jsdelivr.net/fontsource/fonts/<family>[:vf]@<version>/<file>.woff2` in the editor's stylesheet. */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;

/** The font files the editor asks for, from the @fontsource packages; a URL without a local file stops the build. */
export function selfHostFonts(bundle: string): { code: string; fonts: { name: string; from: string }[] } {
	const fonts = new Map<string, string>();
	const code = bundle.replace(FONT_URL, (url, family: string, variable: string | undefined, file: string) => {
		const name = `${family}-${file}`;
		const from = join(
			installedPackage(`${variable ? '@fontsource-variable' : '@fontsource'}/${family}`),
			'files',
			name,
		);
		if (!existsSync(from))
			throw new Error(`The editor's stylesheet loads ${url}, and ${from} is missing: add the @fontsource package.`);
		fonts.set(name, from);
		return `fonts/${name}`;
	});
	if (fonts.size === 0) throw new Error('The editor bundle names no fonts any more: check selfHostFonts against it.');
	return { code, fonts: [...fonts].map(([name, from]) => ({ name, from })) };
}

/** The editor imports a few modules from a CDN by `https://unpkg.com/<name>@<version>/…`; they are served from /admin/vendor/. */
const CDN_MODULE_BASE = '`https://unpkg.com/${e}`';
/** The modules it imports that the handbook's configuration uses: Immutable, for the entry a preview template reads. */
const VENDORED = [{ name: 'immutable', file: 'dist/immutable.es.js' }];

export function selfHostModules(bundle: string): string {
	const parts = bundle.split(CDN_MODULE_BASE);
	if (parts.length !== 2)
		throw new Error(
			`The editor bundle no longer imports modules by ${CDN_MODULE_BASE}: check selfHostModules against it.`,
		);
	// A relative import() in a classic script resolves against the script's own URL: /admin/vendor/…
	return parts.join('`./vendor/${e}`');
}

/** The stylesheets a built page links (not its print sheet), for the editor's preview. */
export function siteStyles(html: string): string[] {
	return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")[^>]*>/g)].map((m) => m[1]!);
}

export function adminIntegration(options: SiteOptions): AstroIntegration {
	return {
		name: 'handbook-admin',
		hooks: {
			// The change feed lists internal pages: internal build only.
			'astro:config:setup': ({ injectRoute }) => {
				if (isPublicBuild(options)) return;
				injectRoute({ pattern: '/rss.xml', entrypoint: './src/routes/rss.xml.ts', prerender: true });
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (isPublicBuild(options)) return;
				const dist = fileURLToPath(dir);
				const out = join(dist, 'admin');
				await mkdir(join(out, 'chunks'), { recursive: true });
				await mkdir(join(out, 'fonts'), { recursive: true });

				// The package's exports name only its entry point; the bundle and its chunks are read from its folder.
				const bundleDir = join(installedPackage('@sveltia/cms'), 'dist');
				const { code, fonts } = selfHostFonts(await readFile(join(bundleDir, 'sveltia-cms.js'), 'utf8'));
				await writeFile(join(out, 'sveltia-cms.js'), selfHostModules(code));
				const editorPackage = JSON.parse(await readFile(join(bundleDir, '../package.json'), 'utf8')) as {
					dependencies: Record<string, string>;
				};
				for (const module of VENDORED) {
					const version = editorPackage.dependencies[module.name]!.replace(/^\D/, '');
					// The editor's own copy of the module if npm nested it there, else the one installed beside it.
					const nested = join(bundleDir, '../node_modules', module.name);
					const from = existsSync(join(nested, module.file)) ? nested : installedPackage(module.name);
					const to = join(out, 'vendor', `${module.name}@${version}`, module.file);
					await mkdir(join(to, '..'), { recursive: true });
					await copyFile(join(from, module.file), to);
				}
				const chunks = (await readdir(join(bundleDir, 'chunks'))).filter((f) => f.endsWith('.js'));
				await Promise.all([
					...chunks.map((f) => copyFile(join(bundleDir, 'chunks', f), join(out, 'chunks', f))),
					...fonts.map((f) => copyFile(f.from, join(out, 'fonts', f.name))),
					copyFile(join(ROOT, 'src/admin/editor.css'), join(out, 'editor.css')),
					copyFile(join(ROOT, 'src/admin/preview.css'), join(out, 'preview.css')),
				]);
				await build({
					entryPoints: [join(ROOT, 'src/admin/editor.ts')],
					outfile: join(out, 'editor.js'),
					bundle: true,
					minify: true,
					format: 'iife',
					target: 'es2022',
					// acorn-jsx requires acorn's CommonJS build where the MDX parser imports its ES module:
					// one copy (the ES module) instead of two, a fifth of the bundle.
					alias: { '~': join(ROOT, 'src'), acorn: join(installedPackage('acorn'), 'dist/acorn.mjs') },
					logLevel: 'warning',
				});

				const sections = cmsSections(join(process.cwd(), 'content/docs'));
				const siteUrl = options.site + options.base.replace(/\/$/, '');
				const config = cmsConfig({
					backend: { name: options.cms.backend, repo: options.cms.repo, branch: options.cms.branch },
					sections,
					dataFiles: dataFileForms(),
					weeklyMetrics: weeklyMetricsSchema,
					signOffDocuments: signOffDocuments(),
					siteUrl,
				});
				await writeFile(
					join(out, 'config.yml'),
					'# Generated at build time from src/lib/cms/cmsConfig.ts; do not edit.\n' +
						stringify(config, { aliasDuplicateObjects: false }),
				);
				const styles = siteStyles(await readFile(join(dist, 'index.html'), 'utf8'));
				await writeFile(
					join(out, 'index.html'),
					adminPage({
						policy: adminPolicy({ name: options.cms.backend, repo: options.cms.repo }),
						backend: { name: options.cms.backend, repo: options.cms.repo, branch: options.cms.branch },
						publishMinutes: PUBLISH_MINUTES,
						siteIsLocal: options.siteIsLocal,
						base: options.base,
						styles: [...styles, `${options.base.replace(/\/$/, '')}/admin/preview.css`],
						collections: sections.map((s) => s.folder),
					}),
				);
				logger.info(`browser editor written to /admin/ (Sveltia CMS, ${chunks.length} chunks, ${fonts.length} fonts)`);
			},
		},
	};
}
