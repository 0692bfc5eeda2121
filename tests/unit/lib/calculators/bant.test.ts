import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import rubricRaw from '../../../../content/data/bant-rubric.yaml';
import { bantRubricSchema, type BantRubric } from '../../../../src/lib/calculators/bant/schema';
import { DECISION_RANK, decisionWhy, listWords, scoreLead } from '../../../../src/lib/calculators/bant/compute';
import { decisionLine } from '../../../../src/lib/calculators/bant/format';
import { bantSummary, leadsCsvRows } from '../../../../src/lib/calculators/bant/export';
import { hoursMinutes, nextGoAt, proposalClock } from '../../../../src/lib/calculators/bant/proposalClock';
import { readBantUrl, writeBantUrl } from '../../../../src/lib/calculators/bant/urlState';
import { MAX_LINK_CHARS } from '../../../../src/lib/calculators/shared/urlState';
import {
	isBlankDraft,
	parseDraft,
	parseLeads,
	removeLead,
	serializeDraft,
	serializeLeads,
	upsertLead,
	type Lead,
} from '~/lib/calculators/bant/leads';
import { toCsv } from '~/lib/calculators/shared/csv';

const rubric: BantRubric = bantRubricSchema.parse(rubricRaw);
const lead = (budget: number, authority: number, need: number, timeline: number, hardStops: string[] = []) =>
	scoreLead(rubric, { scores: { budget, authority, need, timeline }, hardStops });

describe('the rubric data file', () => {
	it('parses, and its weights add up to 100', () => {
		expect(rubric.criteria.map((c) => c.weight)).toEqual([25, 25, 30, 20]);
		expect(rubric.thresholds).toEqual({ nurture: 40 });
		expect(rubric.proposalSloHours).toBe(24);
	});

	it('keeps a GO minimum per criterion with its owner and next step', () => {
		for (const c of rubric.criteria) {
			expect(c.gate.minimum, c.id).toBe(2);
			expect(c.gate.owner, c.id).toBe('vp-sales');
			expect(c.gate.nextStep.length, c.id).toBeGreaterThan(20);
		}
	});

	it('is rejected when a disqualifying level would also qualify for GO', () => {
		const bad = {
			...rubric,
			criteria: rubric.criteria.map((c, i) => (i === 0 ? { ...c, disqualifying: [0, 2] } : c)),
		};
		const result = z.safeParse(bantRubricSchema, bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe(
			'a disqualifying level must lie below the GO minimum of its criterion',
		);
	});

	it('is rejected when weights do not add up to 100', () => {
		const bad = { ...rubric, criteria: rubric.criteria.map((c, i) => (i === 0 ? { ...c, weight: 26 } : c)) };
		const result = z.safeParse(bantRubricSchema, bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('criterion weights must add up to 100');
	});
});

describe('scoreLead: known answers (weights 25/25/30/20, GO ≥ 70, NURTURE ≥ 40)', () => {
	it('all 3s score 100: GO, proposal within 24 hours', () => {
		// 25 + 25 + 30 + 20 = 100
		const r = lead(3, 3, 3, 3);
		expect(r.score).toBe(100);
		expect(r.decision).toBe('go');
		expect(r.nextStep).toMatch(/24-hour/);
		expect(r.weak).toEqual([]);
	});

	it('all 0s score 0: NO-GO, every criterion weak', () => {
		const r = lead(0, 0, 0, 0);
		expect(r.score).toBe(0);
		expect(r.decision).toBe('no-go');
		expect(r.weak.map((w) => w.id)).toEqual(['budget', 'authority', 'need', 'timeline']);
	});

	it('no timeline but everything else strong: 80, yet NO-GO, because "No timeline" is a stop', () => {
		// 25 + 25 + 30 + 0 = 80 would pass the GO threshold.
		const r = lead(3, 3, 3, 0);
		expect(r).toMatchObject({ score: 80, decision: 'no-go' });
		expect(r.reasons).toEqual(['Timeline 0: No timeline.']);
		expect(r.nextStep).not.toMatch(/proposal/);
	});

	it.each([
		{ zero: 'need', levels: [3, 3, 0, 3], score: 70 },
		{ zero: 'authority', levels: [3, 0, 3, 3], score: 75 },
		{ zero: 'budget', levels: [0, 3, 3, 3], score: 75 },
	])('$zero 0 with the other three at 3 scores $score but is NO-GO', ({ levels, score }) => {
		// need: 25 + 25 + 0 + 20 = 70; authority or budget: 0 + 25 + 30 + 20 = 75.
		const [b, a, n, t] = levels;
		const r = lead(b, a, n, t);
		expect(Math.round(r.score)).toBe(score);
		expect(r.decision).toBe('no-go');
		expect(r.stops).toHaveLength(1);
	});

	it('nothing scored: no decision, no next step, nothing weak', () => {
		const r = scoreLead(rubric, { scores: {}, hardStops: [] });
		expect(r).toMatchObject({ score: 0, decision: null, nextStep: null, weak: [] });
		expect(r.unscored).toEqual(['Budget', 'Authority', 'Need', 'Timeline']);
	});

	it('partly scored: no decision until every criterion is scored, unless a stop is already hit', () => {
		// Budget 3, Authority 3, Need 3: 80 so far, Timeline not scored → no decision yet.
		expect(scoreLead(rubric, { scores: { budget: 3, authority: 3, need: 3 }, hardStops: [] })).toMatchObject({
			decision: null,
			reasons: ['Score Timeline to get a decision.'],
		});
		expect(scoreLead(rubric, { scores: { need: 0 }, hardStops: [] }).decision).toBe('no-go');
	});

	it('all 2s: 66.67, GO, because every criterion meets its minimum of 2 (the score alone never decides GO)', () => {
		// (25 + 25 + 30 + 20) × 2/3 = 66.67
		const r = lead(2, 2, 2, 2);
		expect(r.score).toBeCloseTo(66.667, 2);
		expect(r.decision).toBe('go');
		expect(r.reasons[0]).toBe('Every criterion meets its GO minimum and no stop applies.');
	});

	it.each([
		// Budget 1: 25/3 + 25 + 30 + 20 = 83.33; Authority 1: the same; Need 1: 25 + 25 + 10 + 20 = 80;
		// Timeline 1: 25 + 25 + 30 + 20/3 = 86.67. Each was GO as a weighted average; each is below its minimum of 2.
		{
			one: 'budget',
			label: 'Budget',
			levels: [1, 3, 3, 3],
			score: 83,
			wording: 'Interested, but no budget identified.',
		},
		{ one: 'authority', label: 'Authority', levels: [3, 1, 3, 3], score: 83, wording: 'Talking to an influencer' },
		{ one: 'need', label: 'Need', levels: [3, 3, 1, 3], score: 80, wording: 'A problem, but not one they measure' },
		{ one: 'timeline', label: 'Timeline', levels: [3, 3, 3, 1], score: 87, wording: 'Sometime in the next year.' },
	])('$one 1 with the other three at 3 scores $score but is NURTURE, naming $label and its next step', (c) => {
		const [b, a, n, t] = c.levels;
		const r = lead(b!, a!, n!, t!);
		expect(Math.round(r.score)).toBe(c.score);
		expect(r.decision).toBe('nurture');
		expect(r.nextStep).not.toMatch(/proposal/i);
		expect(r.gaps).toHaveLength(1);
		expect(r.gaps[0]).toMatchObject({ id: c.one, level: 1, minimum: 2 });
		expect(r.gaps[0]!.nextStep).toBe(rubric.criteria.find((x) => x.id === c.one)!.gate.nextStep);
		expect(r.reasons[0]).toContain(`${c.label} 1 is below its GO minimum of 2: ${c.wording}`);
		expect(decisionWhy(r)).toBe(`${c.label} is below its GO minimum`);
	});

	it('budget 1 and timeline 1: 70, NURTURE naming both, each with its step', () => {
		// 25/3 + 25 + 30 + 20/3 = 8.33 + 25 + 30 + 6.67 = 70
		const r = lead(1, 3, 3, 1);
		expect(r.score).toBeCloseTo(70, 6);
		expect(r.decision).toBe('nurture');
		expect(r.gaps.map((g) => g.id)).toEqual(['budget', 'timeline']);
		expect(decisionLine(r)).toBe('NURTURE: Budget and Timeline are below their GO minimums');
	});

	it('need 2, the rest 1: 43.33, NURTURE with three weak criteria', () => {
		// 25/3 + 25/3 + 30 × 2/3 + 20/3 = 8.33 + 8.33 + 20 + 6.67 = 43.33
		const r = lead(1, 1, 2, 1);
		expect(r.score).toBeCloseTo(43.333, 2);
		expect(r.decision).toBe('nurture');
		expect(r.weak.map((w) => w.id)).toEqual(['budget', 'authority', 'timeline']);
	});

	it('all 1s: 33.33, NO-GO: every criterion below its minimum and the score under the NURTURE floor', () => {
		// (25 + 25 + 30 + 20) / 3 = 33.33 < 40
		const r = lead(1, 1, 1, 1);
		expect(r).toMatchObject({ decision: 'no-go' });
		expect(r.gaps).toHaveLength(4);
		expect(r.reasons.at(-1)).toBe('Score 33 is below the NURTURE floor of 40: too little is qualified to follow up.');
		expect(decisionLine(r)).toBe(
			'NO-GO: Budget, Authority, Need and Timeline are below their GO minimums and the score is under the NURTURE floor',
		);
	});

	it('a hard stop is NO-GO even at 100, and the headline names the stop', () => {
		const r = lead(3, 3, 3, 3, ['no-decision-maker-path']);
		expect(r.score).toBe(100);
		expect(r.decision).toBe('no-go');
		expect(r.reasons).toEqual(['Hard stop: No path to a decision maker.']);
		expect(decisionLine(r)).toBe('NO-GO: Hard stop: No path to a decision maker');
		expect(decisionWhy(lead(3, 3, 0, 3, ['no-fit', 'no-data-access']))).toBe(
			'Hard stop: The problem is not one TAI solves (and 2 more stops)',
		);
	});

	it('the CRM summary names score, decision and next step', () => {
		const scores = { budget: 3, authority: 3, need: 3, timeline: 1 };
		const text = bantSummary(rubric, scores, scoreLead(rubric, { scores, hardStops: [] }), {
			name: 'Sam Ortiz',
			company: 'Acme',
		});
		// 25 + 25 + 30 + 20/3 = 86.67 → 87, but Timeline 1 is below its minimum of 2: NURTURE
		expect(text).toContain('Lead: Sam Ortiz, Acme');
		expect(text).toContain('BANT decision: NURTURE: Timeline is below its GO minimum');
		expect(text).toContain('BANT score: 87/100 → NURTURE');
		expect(text).toContain('Timeline (20%): 1/3 - Sometime in the next year.');
		expect(text).toContain(`To qualify Timeline: ${rubric.criteria[3]!.gate.nextStep}`);
		expect(text).toContain('Follow up on: Timeline');
		expect(text).not.toContain('24-hour SLO');
		const go = { ...scores, timeline: 3 };
		const goNote = bantSummary(rubric, go, scoreLead(rubric, { scores: go, hardStops: [] }), {
			goAt: '2026-11-24T10:00:00.000Z',
		});
		expect(goNote).toContain('24-hour SLO');
		// 10:00 + 24 h = 10:00 the next day
		expect(goNote).toContain('proposal due by 2026-11-25T10:00:00.000Z');
		const stopped = { ...scores, need: 0 };
		const note = bantSummary(rubric, stopped, scoreLead(rubric, { scores: stopped, hardStops: [] }));
		expect(note).toContain('→ NO-GO');
		expect(note).not.toContain('24-hour SLO');
	});
});

describe('scoreLead: properties', () => {
	const level = fc.integer({ min: 0, max: 3 });
	it('raising any criterion never lowers the decision or the score', () => {
		fc.assert(
			fc.property(fc.tuple(level, level, level, level), fc.integer({ min: 0, max: 3 }), (levels, which) => {
				const before = lead(...levels);
				const raised = [...levels] as [number, number, number, number];
				raised[which] = Math.min(3, raised[which]! + 1);
				const after = lead(...raised);
				expect(after.score).toBeGreaterThanOrEqual(before.score);
				expect(DECISION_RANK[after.decision!]).toBeGreaterThanOrEqual(DECISION_RANK[before.decision!]);
			}),
		);
	});

	it('no lead with a disqualifying level or a hard stop ever scores GO, whatever else is scored', () => {
		const maybeLevel = fc.option(level, { nil: undefined });
		const stopIds = rubric.hardStops.map((s) => s.id);
		fc.assert(
			fc.property(
				fc.tuple(maybeLevel, maybeLevel, maybeLevel, maybeLevel),
				fc.subarray(stopIds),
				(levels, hardStops) => {
					const scores: Record<string, number> = {};
					rubric.criteria.forEach((c, i) => {
						if (levels[i] !== undefined) scores[c.id] = levels[i];
					});
					const stopped =
						hardStops.length > 0 || rubric.criteria.some((c) => c.disqualifying.includes(scores[c.id] ?? -1));
					const r = scoreLead(rubric, { scores, hardStops });
					if (stopped) {
						expect(r.decision).toBe('no-go');
						expect(r.nextStep).not.toMatch(/proposal/i);
					}
					if (r.decision === 'go') expect(stopped).toBe(false);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('any criterion below its GO minimum never yields GO; every criterion at its minimum without a stop always does', () => {
		const maybeLevel = fc.option(level, { nil: undefined });
		const stopIds = rubric.hardStops.map((s) => s.id);
		fc.assert(
			fc.property(
				fc.tuple(maybeLevel, maybeLevel, maybeLevel, maybeLevel),
				fc.subarray(stopIds),
				(levels, hardStops) => {
					const scores: Record<string, number> = {};
					rubric.criteria.forEach((c, i) => {
						if (levels[i] !== undefined) scores[c.id] = levels[i];
					});
					const r = scoreLead(rubric, { scores, hardStops });
					const below = rubric.criteria.filter((c) => scores[c.id] !== undefined && scores[c.id]! < c.gate.minimum);
					if (below.length > 0) expect(r.decision).not.toBe('go');
					const qualified = rubric.criteria.every((c) => (scores[c.id] ?? -1) >= c.gate.minimum);
					expect(r.decision === 'go').toBe(qualified && hardStops.length === 0);
					// Whatever is below its minimum is named, either as a stop or as a gap with its next step.
					for (const c of below) expect([...r.stops, ...r.gaps.map((g) => g.label)].join(' ')).toContain(c.label);
					// A decided lead always says why, and never pairs a score with NO-GO without its stop or gap.
					if (r.decision) expect(decisionWhy(r).length).toBeGreaterThan(5);
					if (r.decision === 'no-go') expect(r.stops.length + r.gaps.length).toBeGreaterThan(0);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('the rubric marks exactly the "no …" levels as disqualifying', () => {
		for (const c of rubric.criteria) {
			expect(c.disqualifying, c.id).toEqual([0]);
			expect(c.levels[0], c.id).toMatch(/^(No |We don't know)/);
			expect(c.counterpart, c.id).toMatch(/^MEDDPICC: .+ · SPICED: .+/);
		}
	});

	it('the score stays within 0-100', () => {
		fc.assert(
			fc.property(
				level,
				level,
				level,
				level,
				(b, a, n, t) => lead(b, a, n, t).score >= 0 && lead(b, a, n, t).score <= 100,
			),
		);
	});
});

describe('listWords', () => {
	it('joins labels as a sentence would', () => {
		expect(listWords([])).toBe('');
		expect(listWords(['Budget'])).toBe('Budget');
		expect(listWords(['Budget', 'Need'])).toBe('Budget and Need');
		expect(listWords(['Budget', 'Need', 'Timeline'])).toBe('Budget, Need and Timeline');
	});
});

describe('the proposal clock (24-hour SLO from the moment the lead became GO)', () => {
	const goAt = '2026-11-24T10:00:00.000Z';
	it('counts down, then overdue, rounding toward the deadline', () => {
		// 10:00 + 24 h = 25 Nov 10:00. At 24 Nov 10:30:30 there are 23 h 29 min 30 s left: shown as 23 h 29 min.
		expect(proposalClock(goAt, 24, new Date('2026-11-24T10:30:30Z'))).toEqual({
			state: 'open',
			dueAt: '2026-11-25T10:00:00.000Z',
			minutesLeft: 23 * 60 + 29,
		});
		// 25 Nov 10:00:01 is 1 s late: shown as 1 min overdue, never 0.
		expect(proposalClock(goAt, 24, new Date('2026-11-25T10:00:01Z'))).toMatchObject({
			state: 'overdue',
			minutesOver: 1,
		});
		expect(proposalClock(goAt, 24, new Date('2026-11-30T00:00:00Z'), '2026-11-25T09:00:00.000Z')).toMatchObject({
			state: 'sent',
			onTime: true,
		});
		expect(hoursMinutes(23 * 60 + 5)).toBe('23 h 05 min');
		expect(hoursMinutes(45)).toBe('45 min');
	});

	it('starts when the lead turns GO, keeps its start while GO, and stops when it is no longer GO', () => {
		const now = new Date('2026-11-24T12:00:00Z');
		expect(nextGoAt(undefined, 'go', now)).toBe('2026-11-24T12:00:00.000Z');
		expect(nextGoAt(goAt, 'go', now)).toBe(goAt);
		expect(nextGoAt(goAt, 'nurture', now)).toBeUndefined();
		expect(nextGoAt(goAt, null, now)).toBeUndefined();
	});
});

describe('BANT URL state', () => {
	it('round-trips scores and hard stops', () => {
		const lead = {
			name: '',
			company: '',
			scores: { budget: 2, authority: 3, need: 1, timeline: 0 },
			hardStops: ['no-fit'],
		};
		expect(readBantUrl('?' + writeBantUrl(lead), rubric)).toEqual({ value: lead, rejected: [] });
	});

	it('carries the lead being scored: its name and company as plain text, read back as written', () => {
		const lead = { name: 'Dana <b>Lee</b>', company: 'Acme & Sons', scores: { need: 3 }, hardStops: [] };
		const search = '?' + writeBantUrl(lead);
		expect(new URLSearchParams(search).get('company')).toBe('Acme & Sons');
		expect(readBantUrl(search, rubric)).toEqual({ value: lead, rejected: [] });
		// A link that carries none of the scorecard's parameters opens nothing and names nothing.
		expect(readBantUrl('?utm_source=mail', rubric)).toBeNull();
	});

	it.each([
		['?budget=<script>alert(1)</script>', 'Budget'],
		['?need=4', 'Need'],
		['?timeline=-1', 'Timeline'],
		['?authority=1e308', 'Authority'],
		['?stops=launch-missiles', 'hard stops'],
		['?name=a%00b', 'Lead name'],
		[`?company=${'x'.repeat(81)}`, 'Company'],
		[`?budget=${'9'.repeat(MAX_LINK_CHARS)}`, 'the link is too long'],
	])('rejects %s', (search, named) => {
		expect(readBantUrl(search, rubric)?.rejected).toContain(named);
	});
});

describe('saved leads', () => {
	const sample: Lead = {
		id: 'abc-1',
		name: 'Sam Ortiz',
		company: '=HYPERLINK("http://x")',
		scores: { budget: 3, authority: 3, need: 0, timeline: 3 },
		hardStops: [],
		savedAt: '2026-11-24T10:00:00.000Z',
	};

	it('round-trip through storage, and add, replace and remove by id', () => {
		expect(parseLeads(serializeLeads([sample]))).toEqual({ leads: [sample], error: null });
		const go = { ...sample, goAt: '2026-11-24T10:00:00.000Z', proposalSentAt: '2026-11-24T12:00:00.000Z' };
		expect(parseLeads(serializeLeads([go]))).toEqual({ leads: [go], error: null });
		const two = upsertLead([sample], { ...sample, id: 'abc-2', name: 'Ana' });
		expect(two.map((l) => l.id)).toEqual(['abc-2', 'abc-1']);
		expect(upsertLead(two, { ...sample, name: 'Sam O.' }).map((l) => l.name)).toEqual(['Sam O.', 'Ana']);
		expect(removeLead(two, 'abc-2')).toEqual([sample]);
	});

	it.each([
		['not JSON', '{'],
		['not a list', '{"a":1}'],
		['a level out of range', JSON.stringify([{ ...sample, scores: { need: 7 } }])],
		['a control character', JSON.stringify([{ ...sample, name: 'a\u0007b' }])],
		['a name too long', JSON.stringify([{ ...sample, name: 'x'.repeat(81) }])],
		['a GO time that is not a time', JSON.stringify([{ ...sample, goAt: '<script>' }])],
		['a sent time that is not a time', JSON.stringify([{ ...sample, proposalSentAt: 5 }])],
	])('ignore stored data with %s, with a message', (_, json) => {
		const r = parseLeads(json);
		expect(r.leads).toEqual([]);
		expect(r.error).toMatch(/saved leads/);
	});

	it('keep the lead in progress as a draft, and refuse a tampered one', () => {
		const draft = { name: 'Sam', company: 'Acme', scores: { budget: 1 }, hardStops: [], editing: null };
		expect(parseDraft(serializeDraft(draft))).toEqual(draft);
		expect(parseDraft('{')).toBeNull();
		expect(parseDraft(JSON.stringify({ ...draft, scores: { budget: 9 } }))).toBeNull();
		expect(parseDraft(JSON.stringify({ ...draft, goAt: 'yesterday' }))).toBeNull();
		expect(parseDraft(JSON.stringify({ ...draft, editing: '<b>' }))).toBeNull();
		const editing = { ...draft, editing: 'abc-1', goAt: '2026-11-24T09:00:00.000Z' };
		expect(parseDraft(serializeDraft(editing))).toEqual(editing);
		expect(isBlankDraft({ name: ' ', company: '', scores: {}, hardStops: [], editing: null })).toBe(true);
		expect(isBlankDraft(draft)).toBe(false);
	});

	it('export GO leads with when they became GO and when the proposal is due', () => {
		const go: Lead = {
			...sample,
			scores: { budget: 2, authority: 2, need: 2, timeline: 2 },
			goAt: '2026-11-24T09:00:00.000Z',
		};
		const csv = toCsv(leadsCsvRows(rubric, [go]));
		expect(csv.split('\n')[0]).toContain('Next step,Became GO,Proposal due,Proposal sent');
		// Became GO 09:00; + 24 h = 25 Nov 09:00.
		expect(csv).toContain(',2026-11-24T09:00:00.000Z,2026-11-25T09:00:00.000Z,');
	});

	it('export as CSV with spreadsheet formulas neutralised and the decision per lead', () => {
		const csv = toCsv(leadsCsvRows(rubric, [sample]));
		// 25 + 25 + 0 + 20 = 70, but Need 0 is a stop: NO-GO.
		expect(csv).toContain(`Sam Ortiz,"'=HYPERLINK(""http://x"")",2026-11-24T10:00:00.000Z,3,3,0,3,70,NO-GO,`);
	});
});
