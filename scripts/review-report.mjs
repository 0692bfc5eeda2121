#!/usr/bin/env node
// Prints every handbook page with its owner, cadence and next review due,
// overdue first, and counts per owner: the same list as the handbook health
// page, for the terminal and for CI.
//   usage: npm run report:review [-- --fail-on-overdue] [--today YYYY-MM-DD] [--json]
// Exit code 1 with --fail-on-overdue when any page is overdue. --json prints
// the pages per owner for scripts (scripts/review-issues.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { parse } from 'yaml';

const { values } = parseArgs({
	options: {
		'fail-on-overdue': { type: 'boolean', default: false },
		today: { type: 'string' },
		json: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
});
if (values.help) {
	console.log('usage: npm run report:review [-- --fail-on-overdue] [--today YYYY-MM-DD] [--json]');
	process.exit(0);
}

const ROOT = new URL('..', import.meta.url).pathname;

// The review arithmetic is the site's own TypeScript, bundled on the fly.
async function loadLib() {
	const out = await build({
		stdin: {
			contents: `export * from './src/lib/handbook/pageIndex'; export * from './src/lib/handbook/reviewDue'; export * from './src/lib/handbook/roles'; export { handbookPageSchema } from './src/lib/handbook/pageSchema';`,
			resolveDir: ROOT,
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		write: false,
		logLevel: 'silent',
	});
	return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const lib = await loadLib();
const docs = join(ROOT, 'content/docs');
const pages = [];
const problems = [];
for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))) {
	const frontmatter = parse(readFileSync(join(docs, file), 'utf8').split(/^---$/m)[1] ?? '');
	const result = lib.handbookPageSchema.safeParse(frontmatter);
	if (!result.success) {
		problems.push(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		continue;
	}
	pages.push({ slug: file.replace(/\.mdx?$/, ''), title: frontmatter.title, ...result.data });
}
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(2);
}

const today = lib.handbookToday({ HANDBOOK_TODAY: values.today ?? process.env.HANDBOOK_TODAY });
const rows = lib.healthRows(pages, today);
const overdue = rows.filter((r) => r.overdue);
if (values.json) {
	const dayMs = 86_400_000;
	const owners = lib.countsByOwner(rows).map((o) => ({
		owner: { id: o.owner, label: lib.roleLabel(o.owner) },
		pages: rows
			.filter((r) => r.owner === o.owner && r.due)
			.map((r) => ({
				slug: r.slug,
				title: r.title,
				cadence: r.reviewCadence,
				lastReviewed: lib.isoDay(r.lastReviewed),
				due: lib.isoDay(r.due),
				daysOverdue: Math.max(0, Math.round((today.getTime() - r.due.getTime()) / dayMs)),
			})),
	}));
	console.log(JSON.stringify({ today: lib.isoDay(today), owners }, null, 2));
	process.exit(values['fail-on-overdue'] && overdue.length > 0 ? 1 : 0);
}
console.log(`Handbook review report, ${lib.isoDay(today)}: ${rows.length} pages, ${overdue.length} overdue.\n`);
console.table(
	rows.map((r) => ({
		status: r.overdue ? 'OVERDUE' : r.due ? 'ok' : 'as needed',
		page: r.title,
		owner: lib.roleLabel(r.owner),
		cadence: r.reviewCadence,
		'last reviewed': lib.isoDay(r.lastReviewed),
		'next due': r.due ? lib.isoDay(r.due) : '—',
	})),
);
console.log('\nPer owner');
console.table(
	lib.countsByOwner(rows).map((o) => ({ owner: lib.roleLabel(o.owner), pages: o.pages, overdue: o.overdue })),
);
if (values['fail-on-overdue'] && overdue.length > 0) {
	console.error(`\n${overdue.length} page(s) overdue for review.`);
	process.exit(1);
}
