import { describe, expect, it } from 'vitest';
import { dueByOwner, editPath } from '~/lib/cms/editLinks';
import type { HealthRow } from '~/lib/handbook/pageIndex';

const row = (slug: string, owner: HealthRow['owner'], daysLeft: number | null): HealthRow => ({
	slug,
	title: slug,
	kind: 'runbook',
	owner,
	audience: [owner],
	reviewCadence: 'weekly',
	lastReviewed: new Date('2026-11-01T00:00:00Z'),
	due: daysLeft === null ? null : new Date('2026-11-08T00:00:00Z'),
	overdue: daysLeft !== null && daysLeft < 0,
	daysLeft,
});

describe('edit links', () => {
	it('point at the page in the collection named after its folder', () => {
		expect(editPath('runbooks/incident-response')).toBe('/admin/#/collections/runbooks/entries/incident-response');
		expect(editPath('index')).toBeNull();
	});

	it('list overdue and soon-due pages per owner, most overdue first, nothing without a due date', () => {
		const groups = dueByOwner([
			row('a', 'csm', 3),
			row('b', 'csm', -10),
			row('c', 'ceo', 8),
			row('d', 'ceo', null),
			row('e', 'ceo', 7),
		]);
		expect(groups.map((g) => [g.owner, g.rows.map((r) => r.slug)])).toEqual([
			['ceo', ['e']],
			['csm', ['b', 'a']],
		]);
	});
});
