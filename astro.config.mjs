// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { yamlPlugin } from './src/build/yamlPlugin.mjs';
import { remarkBaseLinks } from './src/build/remarkBaseLinks.mjs';
import { cspIntegration } from './src/build/cspIntegration.mjs';
import { rehypeFocusableTables } from './src/build/rehypeFocusableTables.mjs';
import { remarkRejectScripts } from './src/build/remarkRejectScripts.ts';
import { audienceIntegration } from './src/build/audienceIntegration.ts';
import { pageChecksIntegration } from './src/build/pageChecks.ts';
import { prospectRoutes } from './src/build/prospectRoutes.ts';
import { siteOptions } from './src/lib/site/options.ts';
import { adminIntegration } from './src/build/adminIntegration.ts';
import { handbookSearch } from './src/build/handbookSearch.ts';
import { handbookToc } from './src/build/handbookToc.ts';
import { quietDirectiveWarnings } from './src/build/quietDirectiveWarnings.mjs';

const options = siteOptions();
/** @param {string} label @param {string} directory */
const section = (label, directory, collapsed = false) => ({
	label,
	collapsed,
	items: [{ autogenerate: { directory } }],
});

export default defineConfig({
	// Starlight reads <srcDir>/content/docs; the repository keeps content/ at the top level.
	srcDir: options.srcDir,
	site: options.site,
	base: options.base,
	outDir: options.outDir,
	// The content cache holds parsed frontmatter, and whether a page is a draft
	// depends on the audience: keep one cache per audience.
	cacheDir: `./node_modules/.astro/${options.audience}`,
	trailingSlash: 'always',
	markdown: {
		processor: unified({
			remarkPlugins: [remarkRejectScripts, [remarkBaseLinks, { base: options.base }]],
			rehypePlugins: [rehypeFocusableTables],
		}),
	},
	integrations: [
		starlight({
			title: 'TAI Autonomics Handbook',
			description:
				'Playbooks, runbooks, plans, checklists and calculators for running TAI Autonomics from one customer to three.',
			lastUpdated: true,
			// Wrapped code blocks never need sideways scrolling on a phone.
			expressiveCode: { defaultProps: { wrap: true } },
			...(options.editUrl ? { editLink: { baseUrl: options.editUrl } } : {}),
			customCss: options.plain ? [] : ['./src/styles/handbook.css'],
			components: options.plain
				? {}
				: {
						PageTitle: './src/components/starlight/PageTitle.astro',
						Header: './src/components/starlight/Header.astro',
						MarkdownContent: './src/components/starlight/MarkdownContent.astro',
					},
			// Links and anchors are checked in the built HTML by tests/site/pages.test.ts,
			// which also sees headings rendered by components; starlight-links-validator
			// did the same at about 1 ms a page (it re-renders all content each build).
			plugins: options.plain ? [] : [handbookSearch(), handbookToc()],
			sidebar: [
				section('Start here', 'start'),
				section('Runbooks', 'runbooks'),
				section('Customer implementation', 'implementation'),
				section('Playbooks', 'playbooks', true),
				section('Plans & operations', 'plans'),
				section('Execution log', 'execution-log', true),
				section('Calculators', 'calculators'),
				section('Reference', 'reference'),
				section('Roles', 'roles', true),
				section('About this handbook', 'handbook', true),
				// Internal only: the page is a draft in the public build.
				...(options.audience === 'internal' ? [{ label: 'Weekly metrics', link: '/metrics/' }] : []),
			],
		}),
		preact(),
		pageChecksIntegration(`${options.srcDir}/content/docs`, options.today),
		audienceIntegration(options),
		prospectRoutes(options),
		...(options.plain ? [] : [cspIntegration()]),
		// After the CSP integration: /admin/ carries its own policy.
		adminIntegration(options),
	],
	vite: { plugins: [yamlPlugin(), quietDirectiveWarnings()] },
});
