import { describe, expect, it } from 'vitest';
import {
	countsByOwner,
	dueSoonest,
	recentlyReviewed,
	healthRows,
	readingPathForRole,
	READING_SECTIONS,
	type PageRecord,
} from '~/lib/handbook/pageIndex';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (slug: string, over: Partial<PageRecord>): PageRecord => ({
	slug,
	title: slug,
	kind: 'runbook',
	owner: 'ceo',
	audience: ['ceo'],
	reviewCadence: 'monthly',
	lastReviewed: d('2026-11-01'),
	...over,
});

const pages = [
	page('runbooks/a', { title: 'A runbook', audience: ['csm', 'ceo'], owner: 'csm', reviewCadence: 'weekly' }),
	page('plans/b', { title: 'B plan', kind: 'plan', audience: ['csm'], lastReviewed: d('2026-06-01') }),
	page('reference/c', { title: 'C reference', kind: 'reference', reviewCadence: 'as-needed', owner: 'cto' }),
	page('roles/csm', { title: 'For the CSM', kind: 'guide', audience: ['csm'] }),
];

describe('readingPathForRole', () => {
	it('lists pages whose audience includes the role, by sidebar section, without role pages', () => {
		expect(readingPathForRole(pages, 'csm')).toEqual([
			{ id: 'read-runbooks', label: 'Runbooks', pages: [pages[0]] },
			{ id: 'read-plans', label: 'Plans & operations', pages: [pages[1]] },
		]);
		expect(readingPathForRole(pages, 'board')).toEqual([]);
	});

	it('orders a section by sidebar order, not by title: Kickoff (order 2) before Baseline (order 3)', () => {
		const implementation = [
			page('implementation/baseline', { title: 'Baseline measurement (Days 4-7)', order: 3, audience: ['csm'] }),
			page('implementation/escalation', { title: 'Escalation paths', audience: ['csm'] }),
			page('implementation/kickoff', { title: 'Kickoff (Days 1-3)', order: 2, audience: ['csm'] }),
			page('implementation/overview', { title: 'Overview', order: 1, audience: ['csm'] }),
		];
		const [step] = readingPathForRole(implementation, 'csm');
		expect(step.pages.map((p) => p.slug)).toEqual([
			'implementation/overview',
			'implementation/kickoff',
			'implementation/baseline',
			'implementation/escalation',
		]);
	});

	it('walks the sections in the order the sidebar lists them', () => {
		const all = READING_SECTIONS.map((s) => page(`${s.dir}/x`, { audience: ['ceo'] })).reverse();
		expect(readingPathForRole(all, 'ceo').map((s) => s.label)).toEqual(READING_SECTIONS.map((s) => s.label));
	});
});

describe('healthRows', () => {
	it('puts the most overdue first and pages without a due date last', () => {
		// B: monthly from 2026-06-01 → due 2026-07-01 (overdue); A: weekly from 2026-11-01 → due 2026-11-08 (overdue); C: none.
		const rows = healthRows(pages, d('2026-11-24'));
		expect(rows.map((r) => r.slug)).toEqual(['plans/b', 'runbooks/a', 'roles/csm', 'reference/c']);
		expect(rows.map((r) => r.overdue)).toEqual([true, true, false, false]);
	});

	it('counts pages and overdue pages per owner', () => {
		const counts = countsByOwner(healthRows(pages, d('2026-11-24')));
		expect(counts).toEqual([
			{ owner: 'ceo', pages: 2, overdue: 1 },
			{ owner: 'csm', pages: 1, overdue: 1 },
			{ owner: 'cto', pages: 1, overdue: 0 },
		]);
	});
});

describe('READING_SECTIONS', () => {
	it('follows the sidebar of astro.config.mjs (role pages aside)', async () => {
		const { readFileSync } = await import('node:fs');
		const config = readFileSync(new URL('../../../../astro.config.mjs', import.meta.url), 'utf8');
		const sidebar = [...config.matchAll(/section\('([^']+)', '([^']+)'/g)]
			.map((m) => ({ dir: m[2], label: m[1] }))
			.filter((s) => s.dir !== 'roles');
		expect(sidebar).toEqual(READING_SECTIONS.map((s) => ({ dir: s.dir, label: s.label })));
	});
});

describe('home page lists', () => {
	it('recentlyReviewed: newest review first, then by title', () => {
		// A 2026-11-01, C 2026-11-01, B 2026-06-01, role page 2026-11-01: A, C and the role page tie on date.
		expect(recentlyReviewed(pages, 3).map((p) => p.title)).toEqual(['A runbook', 'C reference', 'For the CSM']);
	});
	it('dueSoonest: overdue first, never a page without a due date', () => {
		// Today 2026-11-20: B due 2026-07-01, A due 2026-11-08, For the CSM due 2026-12-01, C as-needed.
		const rows = dueSoonest(pages, d('2026-11-20'), 5);
		expect(rows.map((r) => [r.title, r.overdue])).toEqual([
			['B plan', true],
			['A runbook', true],
			['For the CSM', false],
		]);
	});
});
