// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { yamlPlugin } from './src/config/yamlPlugin.mjs';
import { quietDirectiveWarnings } from './src/config/quietDirectiveWarnings.mjs';
// Node, not Vite, loads this file: the hook lets it resolve the handbook's
// TypeScript imports, which therefore come after it.
import './src/config/nodeImports.mjs';
const {
	adminIntegration,
	adminPolicy,
	editionIntegration,
	isPublicBuild,
	builtPages,
	calculatorChunks,
	cspIntegration,
	handbookSearch,
	handbookToc,
	markdownIntegration,
	pageChecksIntegration,
	preactIslands,
	prospectRoutes,
	publicLeakCheck,
	siteOptions,
} = await import('./src/config/integrations.ts');

const options = siteOptions();
// One read of every built page, for the search index and the content security policy.
const pages = builtPages();
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
	// depends on the edition: keep one cache per edition.
	cacheDir: `./node_modules/.astro/${options.edition}`,
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
			disable404Route: isPublicBuild(options),
			// The first paint waits until the page's content is parsed (the marker after it, rendered by
			// src/components/starlight/MarkdownContent.astro), so a slow device never paints half a header or
			// half a table that then moves as the rest arrives: no layout shift while a page streams in.
			head: [{ tag: 'link', attrs: { rel: 'expect', href: '#hb-content-end', blocking: 'render' } }],
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
			plugins: [handbookSearch(pages), handbookToc()],
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
				...(isPublicBuild(options) ? [] : [{ label: 'Weekly metrics', link: '/metrics/' }]),
			],
		}),
		// The calculators' islands (Preact).
		preactIslands(),
		markdownIntegration({ base: options.base }),
		pageChecksIntegration('./content/docs', options.today),
		editionIntegration(options),
		prospectRoutes(options),
		cspIntegration({
			pages,
			adminPolicy: isPublicBuild(options)
				? undefined
				: adminPolicy({ name: options.cms.backend, repo: options.cms.repo }),
		}),
		// The walk itself: after every integration that renders pages.
		pages.integration,
		// After the CSP pass: /admin/ carries its own policy.
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
