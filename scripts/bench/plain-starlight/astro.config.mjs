// @ts-check
// A plain Starlight site, copied by the bench into each generated project
// (scripts/bench/projects.mjs): Starlight's defaults, the handbook's title and
// sidebar sections, and nothing else of the handbook (no integrations,
// component overrides, CSS or Markdown processor). Its content cache lives in
// the generated project, like the handbook's.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

/** @param {string} label @param {string} directory */
const section = (label, directory, collapsed = false) => ({
	label,
	collapsed,
	items: [{ autogenerate: { directory } }],
});

export default defineConfig({
	site: 'http://127.0.0.1:4321',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'TAI Autonomics Handbook',
			lastUpdated: true,
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
			],
		}),
	],
});
