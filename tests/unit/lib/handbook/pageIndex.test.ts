import { describe, expect, it } from 'vitest';
import { countsByOwner, healthRows, pagesForRole, type PageRecord } from '../../../../src/lib/handbook/pageIndex';

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

describe('pagesForRole', () => {
	it('lists pages whose audience includes the role, grouped by kind, without role pages', () => {
		expect(pagesForRole(pages, 'csm')).toEqual([
			{ kind: 'runbook', pages: [pages[0]] },
			{ kind: 'plan', pages: [pages[1]] },
		]);
		expect(pagesForRole(pages, 'board')).toEqual([]);
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
