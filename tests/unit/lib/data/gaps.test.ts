import { describe, expect, it } from 'vitest';
import { parseDataFile, readData } from '~/lib/data/registry';
import { gapsSchema, hiringSchema, type Gap } from '~/lib/data/schemas';
import { allGaps, datedGap, gap, gapsByOwner } from '~/lib/data/gaps';
import { contractorCount, onCallDuties } from '~/lib/data/onCall';
import { parseCalendarDate } from '~/lib/handbook/reviewDue';

const day = (text: string) => parseCalendarDate(text)!;
const sample = (over: Partial<Gap>): Gap => ({
	id: 'x',
	title: 'X',
	missing: 'What is missing.',
	owner: 'cto',
	due: '2026-12-11',
	wouldGo: '/runbooks/incident-response/',
	page: '/runbooks/incident-response/',
	sources: ['000_b1b8c92185dfa288.txt'],
	documentsSay: 'A quote.',
	...over,
});

describe('gaps.yaml', () => {
	it('parses, and every gap the incident runbook needs is owed', () => {
		const ids = allGaps().map((g) => g.id);
		for (const id of [
			'on-call-rota',
			'monitoring-dashboards',
			'rollback-commands',
			'restore-from-backup',
			'alert-thresholds',
		])
			expect(ids).toContain(id);
		// The missing commands and dashboards are the CTO's.
		for (const id of ['monitoring-dashboards', 'rollback-commands', 'restore-from-backup', 'diagnosis-commands'])
			expect(gap(id).owner).toBe('cto');
	});

	it('an unknown gap id fails, naming the file', () => {
		expect(() => gap('no-such-gap')).toThrow(/content\/data\/gaps\.yaml has no gap "no-such-gap"/);
	});

	it('rejects a gap without an owner role, with an impossible due date, a duplicate id or a bad path', () => {
		const bad = (g: object) => () => parseDataFile(gapsSchema, { visibility: 'public', gaps: [g] }, 'gaps.yaml');
		expect(bad({ ...sample({}), owner: 'head-of-vibes' })).toThrow(/gaps\.0\.owner: unknown role "head-of-vibes"/);
		expect(bad(sample({ due: '2026-02-30' }))).toThrow(/due must be a real date/);
		expect(bad(sample({ wouldGo: 'runbooks/x' }))).toThrow(/gaps\.0\.wouldGo/);
		expect(bad({ ...sample({}), extra: 1 })).toThrow(/extra/);
		expect(() =>
			parseDataFile(gapsSchema, { visibility: 'public', gaps: [sample({}), sample({})] }, 'gaps.yaml'),
		).toThrow(/duplicate gap id "x"/);
	});
});

describe('gapsByOwner', () => {
	it('groups by owner in the roles order, soonest due first, and counts the overdue', () => {
		const gaps = [
			sample({ id: 'a', owner: 'cto', due: '2026-12-18', title: 'A' }),
			sample({ id: 'b', owner: 'ceo', due: '2026-12-11', title: 'B' }),
			sample({ id: 'c', owner: 'cto', due: '2026-12-01', title: 'C' }),
		];
		// Today 2026-12-06: c (due 12-01) is overdue, a and b are not.
		const groups = gapsByOwner(gaps, day('2026-12-06'));
		expect(groups.map((g) => g.owner)).toEqual(['ceo', 'cto']);
		expect(groups[1]!.gaps.map((g) => g.id)).toEqual(['c', 'a']);
		expect(groups.map((g) => g.overdue)).toEqual([0, 1]);
	});

	it('a gap is due through its due date and overdue the day after', () => {
		expect(datedGap(sample({ due: '2026-12-11' }), day('2026-12-11')).overdue).toBe(false);
		expect(datedGap(sample({ due: '2026-12-11' }), day('2026-12-12')).overdue).toBe(true);
	});
});

describe('who is on call', () => {
	const hiring = readData('hiring-plan');
	const withStart = (roleId: string, startedOn: string) =>
		hiringSchema.parse({ ...hiring, roles: hiring.roles.map((r) => (r.roleId === roleId ? { ...r, startedOn } : r)) });

	it('the CEO leads incidents and talks to customers while no start date is recorded', () => {
		const { incidentLead, customerContact } = onCallDuties(hiring, day('2026-12-06'));
		expect(incidentLead).toMatchObject({ planned: 'cto', holder: 'ceo', startedOn: null, startsLater: false });
		expect(incidentLead.plannedStart).toMatch(/week 14/);
		expect(customerContact).toMatchObject({ planned: 'csm', holder: 'ceo' });
		// Two backend contractors at $4K a week each (hiring plan).
		expect(contractorCount(hiring)).toBe(2);
	});

	it('hands incidents to the CTO from the recorded first day, not before', () => {
		const planned = withStart('cto', '2027-01-04');
		expect(onCallDuties(planned, day('2027-01-03')).incidentLead).toMatchObject({ holder: 'ceo', startsLater: true });
		expect(onCallDuties(planned, day('2027-01-04')).incidentLead).toMatchObject({ holder: 'cto', startsLater: false });
		expect(onCallDuties(planned, day('2027-01-04')).customerContact.holder).toBe('ceo');
	});

	it('a start date that is not a real day is refused', () => {
		expect(() => withStart('cto', '2027-02-30')).toThrow(/startedOn must be a real date/);
	});
});
