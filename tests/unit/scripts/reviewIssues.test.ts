// The weekly reminder against a stand-in of the GitHub issues API: a tiny
// HTTP server in the test that keeps issues in memory and records each call.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { issueFor, syncIssues } from '../../../scripts/review-issues.mjs';

type Issue = { number: number; title: string; body: string; state: string; labels: string[] };

function standIn(initial: Issue[] = []) {
	const issues = [...initial];
	const calls: string[] = [];
	const server: Server = createServer((req, res) => {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			calls.push(`${req.method} ${req.url}`);
			if (req.headers.authorization !== 'Bearer t0ken') {
				res.writeHead(401).end('{"message":"Bad credentials"}');
				return;
			}
			const body = raw ? JSON.parse(raw) : {};
			const url = new URL(req.url ?? '/', 'http://x');
			const one = /^\/repos\/tai\/handbook\/issues\/(\d+)$/.exec(url.pathname);
			if (req.method === 'GET' && url.pathname === '/repos/tai/handbook/issues') {
				const label = url.searchParams.get('labels');
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify(issues.filter((i) => i.state === 'open' && (!label || i.labels.includes(label)))));
			} else if (req.method === 'POST' && url.pathname === '/repos/tai/handbook/issues') {
				const issue = { number: issues.length + 1, state: 'open', labels: [], ...body };
				issues.push(issue);
				res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(issue));
			} else if (req.method === 'PATCH' && one) {
				const issue = issues.find((i) => i.number === Number(one[1]))!;
				Object.assign(issue, body);
				res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(issue));
			} else res.writeHead(404).end('{}');
		});
	});
	return new Promise<{ url: string; issues: Issue[]; calls: string[]; close: () => void }>((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
				issues,
				calls,
				close: () => server.close(),
			}),
		),
	);
}

const report = (today: string) =>
	JSON.parse(
		execFileSync(
			process.execPath,
			[join(import.meta.dirname, '../../../scripts/review-report.mjs'), '--json', '--today', today],
			{
				encoding: 'utf8',
			},
		),
	);

let close = () => {};
afterEach(() => close());

// Each report bundles the site's TypeScript with esbuild (about a second): allow for a loaded machine.
describe('weekly review reminders on the git host', { timeout: 30_000 }, () => {
	it('opens one issue per owner with overdue pages, listing each page with its due date', async () => {
		const api = await standIn();
		close = api.close;
		// Weekly pages reviewed on 2026-11-24 are due on 2026-12-01: on 2026-12-03 they are 2 days overdue.
		const data = report('2026-12-03');
		const owners = data.owners.filter((o: { pages: { daysOverdue: number }[] }) =>
			o.pages.some((p) => p.daysOverdue > 0),
		);
		expect(owners.length).toBeGreaterThan(0);
		await syncIssues({ report: data, repo: 'tai/handbook', token: 't0ken', apiUrl: api.url, log: () => {} });
		expect(api.issues).toHaveLength(owners.length);
		const product = api.issues.find((i) => i.title.endsWith('overdue for VP Product'));
		expect(product?.labels).toEqual(['handbook-review']);
		expect(product?.body).toContain(
			'- [ ] Customer feedback: due 2026-12-01 (2 days overdue, reviewed 2026-11-24, weekly)',
		);
		// Pages not yet due are not listed.
		expect(api.issues.map((i) => i.body).join('\n')).not.toMatch(/\(0 days overdue/);
	});

	it('updates the same issue the next week instead of opening another, and closes it once nothing is overdue', async () => {
		const api = await standIn();
		close = api.close;
		await syncIssues({
			report: report('2026-12-03'),
			repo: 'tai/handbook',
			token: 't0ken',
			apiUrl: api.url,
			log: () => {},
		});
		const count = api.issues.length;
		await syncIssues({
			report: report('2026-12-10'),
			repo: 'tai/handbook',
			token: 't0ken',
			apiUrl: api.url,
			log: () => {},
		});
		expect(api.issues).toHaveLength(count);
		expect(api.issues.find((i) => i.title.endsWith('VP Product'))?.body).toContain('(9 days overdue');
		// On 2026-11-24, the day every page was reviewed, nothing is overdue, so every reminder closes.
		const done = await syncIssues({
			report: report('2026-11-24'),
			repo: 'tai/handbook',
			token: 't0ken',
			apiUrl: api.url,
			log: () => {},
		});
		expect(api.issues.every((i) => i.state === 'closed')).toBe(true);
		expect(done.every((line: string) => line.startsWith('closed #'))).toBe(true);
	});

	it('stops with the host’s answer when the token is refused', async () => {
		const api = await standIn();
		close = api.close;
		await expect(
			syncIssues({
				report: report('2026-12-03'),
				repo: 'tai/handbook',
				token: 'wrong',
				apiUrl: api.url,
				log: () => {},
			}),
		).rejects.toThrow(/401 .*Bad credentials/);
	});

	it('an issue links each page on the site when its address is given', () => {
		const { title, body } = issueFor(
			{ id: 'csm', label: 'Customer Success Manager' },
			[
				{
					slug: 'runbooks/customer-onboarding',
					title: 'Customer onboarding',
					due: '2026-12-24',
					daysOverdue: 1,
					lastReviewed: '2026-11-24',
					cadence: 'monthly',
				},
			],
			'https://handbook.example.com',
		);
		expect(title).toBe('Handbook review: 1 page overdue for Customer Success Manager');
		expect(body).toContain(
			'- [ ] [Customer onboarding](https://handbook.example.com/runbooks/customer-onboarding/): due 2026-12-24 (1 day overdue',
		);
	});
});
