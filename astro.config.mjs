// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { yamlPlugin } from './src/config/yamlPlugin.mjs';
import { cspIntegration } from './src/config/cspIntegration.ts';
import { adminPolicy } from './src/lib/cms/adminPage.ts';
import { markdownIntegration } from './src/config/markdown.ts';
import { audienceIntegration } from './src/config/audienceIntegration.ts';
import { pageChecksIntegration } from './src/config/pageChecks.ts';
import { prospectRoutes } from './src/config/prospectRoutes.ts';
import { publicLeakCheck } from './src/config/publicLeaks.ts';
import { siteOptions } from './src/lib/site/options.ts';
import { adminIntegration } from './src/config/adminIntegration.ts';
import { handbookSearch } from './src/config/handbookSearch.ts';
import { handbookToc } from './src/config/handbookToc.ts';
import { quietDirectiveWarnings } from './src/config/quietDirectiveWarnings.mjs';
import { calculatorChunks } from './src/config/calculatorChunks.ts';

const options = siteOptions();
/** @param {string} label @param {string} directory */
const section = (label, directory, collapsed = false) => ({
	label,
	collapsed,
	items: [{ autogenerate: { directory } }],
});

export default defineConfig({
	// Starlight reads <srcDir>/content/docs; the repository keeps content/ at the top level.
	srcDir: '.',
	site: options.site,
	base: options.base,
	outDir: options.outDir,
	// The content cache holds parsed frontmatter, and whether a page is a draft
	// depends on the audience: keep one cache per audience.
	cacheDir: `./node_modules/.astro/${options.audience}`,
	trailingSlash: 'always',
	// Markdown and MDX use Astro's default processor (Sätteri); the handbook's
	// plugins (author-content guard, base links, focusable tables) are added
	// by markdownIntegration below.
	integrations: [
		starlight({
			title: 'TAI Autonomics Handbook',
			description:
				'Playbooks, runbooks, plans, checklists and calculators for running TAI Autonomics from one customer to three.',
			lastUpdated: true,
			// The public build has a 404 page of its own (src/config/prospectRoutes.ts).
			disable404Route: options.audience === 'public',
			// Wrapped code blocks never need sideways scrolling on a phone.
			expressiveCode: { defaultProps: { wrap: true } },
			...(options.editUrl ? { editLink: { baseUrl: options.editUrl } } : {}),
			customCss: ['./src/styles/handbook.css'],
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				Header: './src/components/starlight/Header.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			// Links and anchors are checked in the built HTML by tests/site/pages.test.ts,
			// which also sees headings rendered by components; starlight-links-validator
			// did the same at about 1 ms a page (it re-renders all content each build).
			plugins: [handbookSearch(), handbookToc()],
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
		// Islands are .tsx; Preact's Babel pass on every other module of the build would change nothing.
		preact({ include: [/\.[jt]sx$/] }),
		markdownIntegration({ base: options.base }),
		pageChecksIntegration('./content/docs', options.today),
		audienceIntegration(options),
		prospectRoutes(options),
		cspIntegration({
			adminPolicy:
				options.audience === 'internal'
					? adminPolicy({ name: options.cms.backend, repo: options.cms.repo })
					: undefined,
		}),
		// After the CSP integration: /admin/ carries its own policy.
		adminIntegration(options),
		// Last: reads the public output as it will be served, search index included.
		publicLeakCheck(options),
	],
	vite: {
		plugins: [yamlPlugin(), quietDirectiveWarnings()],
		// Browser code only: the calculators' chunks (src/config/calculatorChunks.ts).
		environments: { client: { build: { rolldownOptions: { output: { codeSplitting: calculatorChunks } } } } },
	},
});
