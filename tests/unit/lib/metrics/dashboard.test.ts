import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellsFor, kpiTiles, misses, statusOf } from '~/lib/metrics/dashboard';
import { firstNumber, targetsForWeek, type TargetSources } from '~/lib/metrics/targets';
import { parseWeeklyMetrics, type WeeklyMetrics } from '~/lib/data/metrics';
import { signOffsByCustomer, unknownSignOffs } from '~/lib/metrics/signOffs';

const sources: TargetSources = {
	mrrWeeks: [
		{ week: 10, mrr: 10000, live: 1 },
		{ week: 11, mrr: 13333, live: 2 },
		{ week: 13, mrr: 10417, live: 3 },
	],
	headcount: [
		{ when: 'Week 10', fte: 5.5 },
		{ when: 'Week 13', fte: 8 },
	],
	hiresPlanned: 3,
	slo: [
		{ metric: 'Availability', target: '99.5%' },
		{ metric: 'Latency (p95)', target: '<500ms' },
	],
	npsMin: 7,
	bugsP0Max: 0,
};

const week = (n: number, extra: Partial<WeeklyMetrics> = {}): WeeklyMetrics => ({ week: n, source: 'test', ...extra });

describe('targets', () => {
	it('reads numbers written as text in the service level objectives', () => {
		expect(firstNumber('99.5%')).toBe(99.5);
		expect(firstNumber('<500ms')).toBe(500);
		expect(firstNumber('$1,250/month')).toBe(1250);
		expect(firstNumber('none')).toBeNull();
	});

	it('takes week 11 targets from MRR by week, headcount and the SLOs', () => {
		expect(targetsForWeek(11, sources)).toEqual({
			mrrUsd: { bound: 'min', value: 13333 },
			customersLive: { bound: 'min', value: 2 },
			uptimePct: { bound: 'min', value: 99.5 },
			p95Ms: { bound: 'max', value: 500 },
			nps: { bound: 'min', value: 7 },
			bugsP0: { bound: 'max', value: 0 },
		});
	});

	it('expects every planned hire and 8 FTE in the last plan week', () => {
		const t = targetsForWeek(13, sources);
		expect(t.hires).toEqual({ bound: 'min', value: 3 });
		expect(t.fte).toEqual({ bound: 'min', value: 8 });
	});

	it('fails naming kpis.yaml when an SLO is missing', () => {
		expect(() => targetsForWeek(10, { ...sources, slo: [] })).toThrow(/kpis\.yaml.*Availability/);
	});
});

describe('miss logic', () => {
	it('a floor is missed below it and met at it; a ceiling is missed above it', () => {
		expect(statusOf(13332, { bound: 'min', value: 13333 })).toBe('missed');
		expect(statusOf(13333, { bound: 'min', value: 13333 })).toBe('met');
		expect(statusOf(501, { bound: 'max', value: 500 })).toBe('missed');
		expect(statusOf(500, { bound: 'max', value: 500 })).toBe('met');
		expect(statusOf(null, { bound: 'min', value: 1 })).toBe('not recorded');
		expect(statusOf(4, null)).toBe('no target');
	});

	it('week 11 at $12,000 MRR, 2 live, 99.4% uptime and 1 P0 bug misses MRR, uptime and P0', () => {
		const w11 = week(11, {
			revenue: { mrrUsd: 12000, customersLive: 2 },
			quality: { uptimePct: 99.4, p95Ms: 180, bugsP0: 1 },
			customerHealth: { nps: 8 },
		});
		// MRR: 12,000 < 13,333 → miss by $1,333. Customers live: 2 ≥ 2 → met.
		// Uptime: 99.4 < 99.5 → miss. p95: 180 ≤ 500 → met. NPS: 8 ≥ 7 → met. P0: 1 > 0 → miss.
		const found = misses([week(10), w11], sources).map((m) => `${m.week} ${m.metric} ${m.actual}`);
		expect(found).toEqual(['11 MRR 12000', '11 Uptime 99.4', '11 Open P0 bugs 1']);
	});

	it('a week that records nothing has no misses', () => {
		expect(misses([week(10), week(11)], sources)).toEqual([]);
	});

	it('property: an actual equal to its target is never a miss, one unit past it always is', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('min', 'max' as const), (value, bound) => {
				const target = { bound, value } as const;
				expect(statusOf(value, target)).toBe('met');
				expect(statusOf(bound === 'min' ? value - 1 : value + 1, target)).toBe('missed');
			}),
		);
	});

	it('cells follow the weeks in order, one per recorded week', () => {
		const cells = cellsFor('mrrUsd', [week(10, { revenue: { mrrUsd: 10000 } }), week(11)], sources);
		expect(cells.map((c) => [c.week, c.actual, c.status])).toEqual([
			[10, 10000, 'met'],
			[11, null, 'not recorded'],
		]);
	});
});

describe('weekly metrics files', () => {
	it('rejects an unknown key, naming the file and the field', () => {
		expect(() =>
			parseWeeklyMetrics({ 'week-12.yaml': { visibility: 'internal', week: 12, source: 's', revenue: { mrr: 1 } } }),
		).toThrow(/week-12\.yaml: revenue: .*mrr/i);
	});

	it('rejects the same week recorded twice', () => {
		expect(() =>
			parseWeeklyMetrics({
				'a.yaml': { visibility: 'internal', week: 12, source: 's' },
				'b.yaml': { visibility: 'internal', week: 12, source: 's' },
			}),
		).toThrow(/b\.yaml: week 12 is already recorded in a\.yaml/);
	});

	it('a week file that does not say it is internal is refused', () => {
		expect(() => parseWeeklyMetrics({ 'w9.yaml': { week: 9, source: 's' } })).toThrow(
			/w9\.yaml: visibility must be internal/,
		);
	});

	it('treats blank form fields as not recorded, and sorts by week', () => {
		const weeks = parseWeeklyMetrics({
			'w11.yaml': {
				visibility: 'internal',
				week: 11,
				source: 's',
				revenue: { mrrUsd: '', customersLive: 2 },
				quality: { p95Ms: null },
			},
			'w10.yaml': { visibility: 'internal', week: 10, source: 's' },
		});
		expect(weeks.map((w) => w.week)).toEqual([10, 11]);
		expect(weeks[1]?.revenue).toEqual({ customersLive: 2 });
	});
});

describe('plan figures and the opening tiles', () => {
	const plan10 = week(10, { basis: 'plan', revenue: { mrrUsd: 10000, customersLive: 1 } });
	const week11 = week(11, { revenue: { mrrUsd: 12000, customersLive: 2 }, quality: { uptimePct: 99.7 } });

	it('a week of plan figures is labelled plan, never met or missed, and counts no miss', () => {
		// Plan MRR for week 10 is $10,000; even a plan figure below target is not a miss.
		const below = week(10, { basis: 'plan', revenue: { mrrUsd: 9000 } });
		expect(cellsFor('mrrUsd', [below], sources)[0]).toMatchObject({ status: 'plan figure', actual: 9000 });
		expect(misses([below], sources)).toEqual([]);
	});

	it('open on the latest measured week, with its target, status and the change since the week before', () => {
		const opening = kpiTiles([plan10, week11], sources)!;
		expect(opening.week.week).toBe(11);
		const mrr = opening.tiles.find((t) => t.id === 'mrrUsd')!;
		// Week 11: $12,000 against at least $13,333 → missed; $12,000 − $10,000 (week 10, plan) = +$2,000.
		expect(mrr.cell).toMatchObject({ actual: 12000, target: { bound: 'min', value: 13333 }, status: 'missed' });
		expect(mrr.trend).toEqual({ previousWeek: 10, previous: 10000, previousIsPlan: true, change: 2000 });
		const live = opening.tiles.find((t) => t.id === 'customersLive')!;
		expect(live.cell.status).toBe('met');
		const uptime = opening.tiles.find((t) => t.id === 'uptimePct')!;
		expect(uptime.trend).toBeNull();
		expect(opening.tiles.find((t) => t.id === 'nps')!.cell.status).toBe('not recorded');
	});

	it('before any week is measured, open on the latest week, labelled plan', () => {
		expect(kpiTiles([plan10], sources)!.week.basis).toBe('plan');
		expect(kpiTiles([], sources)).toBeNull();
	});
});

describe('customer health from checklist sign-offs', () => {
	const tracker = [
		{ document: 'Customer readiness checklist', day: 1 },
		{ document: 'Kickoff meeting notes', day: 3 },
		{ document: 'Go-live readiness sign-off (PDF)', day: 18 },
	];
	const signOff = (customer: string, document: string, date: string) => ({ customer, document, signedBy: 'CSM', date });
	const weeks = [
		week(11, { customerHealth: { signOffs: [signOff('Customer #2', 'Customer readiness checklist', '2026-12-01')] } }),
		week(12, {
			customerHealth: {
				signOffs: [
					signOff('Customer #2', 'Kickoff meeting notes', '2026-12-08'),
					signOff('Customer #3', 'Customer readiness checklist', '2026-12-09'),
					// Signed twice: counted once.
					signOff('Customer #2', 'Customer readiness checklist', '2026-12-02'),
				],
			},
		}),
	];

	it('counts each customer’s documents signed against the tracker and names the next one due', () => {
		expect(signOffsByCustomer(weeks, tracker)).toEqual([
			{
				customer: 'Customer #2',
				signed: 2,
				total: 3,
				latest: { document: 'Kickoff meeting notes', signedBy: 'CSM', date: '2026-12-08', week: 12 },
				next: { document: 'Go-live readiness sign-off (PDF)', day: 18 },
			},
			{
				customer: 'Customer #3',
				signed: 1,
				total: 3,
				latest: { document: 'Customer readiness checklist', signedBy: 'CSM', date: '2026-12-09', week: 12 },
				next: { document: 'Kickoff meeting notes', day: 3 },
			},
		]);
	});

	it('names a sign-off of a document the tracker does not list', () => {
		expect(
			unknownSignOffs([week(11, { customerHealth: { signOffs: [signOff('X', 'Napkin', '2026-12-01')] } })], tracker),
		).toEqual(['week 11: "Napkin" is not a document of the sign-off tracker (signoffs.yaml)']);
		expect(unknownSignOffs(weeks, tracker)).toEqual([]);
	});
});
