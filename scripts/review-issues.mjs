#!/usr/bin/env node
// Opens (or updates) one issue per page owner on the git host listing the
// owner's pages that are overdue for review, from `npm run report:review
// -- --json`; closes an owner's issue once nothing of theirs is overdue.
// Run weekly by .github/workflows/review-reminders.yml.
//   usage: node scripts/review-issues.mjs [--today YYYY-MM-DD] [--dry-run]
//   env:   GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name), GITHUB_API_URL (default https://api.github.com),
//          HANDBOOK_SITE_URL (optional: links each page on the site)
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const LABEL = 'handbook-review';
const marker = (owner) => `<!-- handbook-review:${owner} -->`;

/** The issue for one owner: a title and a Markdown checklist of their overdue pages. */
export function issueFor(owner, pages, siteUrl = '') {
	const lines = pages.map((p) => {
		const link = siteUrl ? `[${p.title}](${siteUrl.replace(/\/$/, '')}/${p.slug}/)` : p.title;
		return `- [ ] ${link}: due ${p.due} (${p.daysOverdue} day${p.daysOverdue === 1 ? '' : 's'} overdue, reviewed ${p.lastReviewed}, ${p.cadence})`;
	});
	return {
		title: `Handbook review: ${pages.length} page${pages.length === 1 ? '' : 's'} overdue for ${owner.label}`,
		body: [
			marker(owner.id),
			`These handbook pages owned by **${owner.label}** are past their review date.`,
			'Open each one in the editor (/admin/), check it is still true, press **Today** under *Last reviewed* and save.',
			'',
			...lines,
		].join('\n'),
	};
}

async function api(base, token, method, path, body) {
	const res = await fetch(`${base}${path}`, {
		method,
		headers: {
			accept: 'application/vnd.github+json',
			authorization: `Bearer ${token}`,
			'content-type': 'application/json',
			'x-github-api-version': '2022-11-28',
		},
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
	return res.status === 204 ? null : res.json();
}

/** Brings the host's issues in line with the report: one open issue per owner with overdue pages. */
export async function syncIssues({ report, repo, token, apiUrl, siteUrl = '', log = console.log }) {
	const open = await api(apiUrl, token, 'GET', `/repos/${repo}/issues?state=open&labels=${LABEL}&per_page=100`);
	const byOwner = new Map();
	for (const issue of open) {
		const owner = /<!-- handbook-review:([\w-]+) -->/.exec(issue.body ?? '')?.[1];
		if (owner) byOwner.set(owner, issue);
	}
	const done = [];
	for (const group of report.owners) {
		const overdue = group.pages.filter((p) => p.daysOverdue > 0);
		if (overdue.length === 0) continue;
		const existing = byOwner.get(group.owner.id);
		byOwner.delete(group.owner.id);
		const { title, body } = issueFor(group.owner, overdue, siteUrl);
		if (existing) {
			await api(apiUrl, token, 'PATCH', `/repos/${repo}/issues/${existing.number}`, { title, body });
			done.push(`updated #${existing.number} for ${group.owner.label}`);
		} else {
			const created = await api(apiUrl, token, 'POST', `/repos/${repo}/issues`, { title, body, labels: [LABEL] });
			done.push(`opened #${created.number} for ${group.owner.label}`);
		}
	}
	// An owner with nothing overdue any more: their issue is closed.
	for (const [owner, issue] of byOwner) {
		await api(apiUrl, token, 'PATCH', `/repos/${repo}/issues/${issue.number}`, { state: 'closed' });
		done.push(`closed #${issue.number} (${owner}: nothing overdue)`);
	}
	done.forEach((line) => log(line));
	return done;
}

async function main() {
	const { values } = parseArgs({
		options: {
			today: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log('usage: node scripts/review-issues.mjs [--today YYYY-MM-DD] [--dry-run]');
		return;
	}
	const args = ['scripts/review-report.mjs', '--json', ...(values.today ? ['--today', values.today] : [])];
	const report = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
	if (values['dry-run']) {
		for (const group of report.owners) {
			const overdue = group.pages.filter((p) => p.daysOverdue > 0);
			if (overdue.length) console.log(`${issueFor(group.owner, overdue).title}\n`);
		}
		return;
	}
	const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repo } = process.env;
	if (!token || !repo) throw new Error('Set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name), or pass --dry-run.');
	await syncIssues({
		report,
		repo,
		token,
		apiUrl: (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
		siteUrl: process.env.HANDBOOK_SITE_URL ?? '',
	});
}

if (import.meta.url === `file://${process.argv[1]}`)
	main().catch((error) => {
		console.error(error.message);
		process.exit(1);
	});
