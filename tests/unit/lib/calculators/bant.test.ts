import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import rubricRaw from '../../../../content/data/bant-rubric.yaml';
import { bantRubricSchema, type BantRubric } from '../../../../src/lib/calculators/bant/schema';
import { DECISION_RANK, scoreLead } from '../../../../src/lib/calculators/bant/compute';
import { bantSummary } from '../../../../src/lib/calculators/bant/format';
import { readBantUrl, writeBantUrl } from '../../../../src/lib/calculators/bant/urlState';
import { parseLeads, removeLead, serializeLeads, upsertLead, type Lead } from '~/lib/calculators/bant/leads';
import { leadsCsvRows } from '~/lib/calculators/bant/format';
import { toCsv } from '~/lib/calculators/shared/csv';

const rubric: BantRubric = bantRubricSchema.parse(rubricRaw);
const lead = (budget: number, authority: number, need: number, timeline: number, hardStops: string[] = []) =>
	scoreLead(rubric, { scores: { budget, authority, need, timeline }, hardStops });

describe('the rubric data file', () => {
	it('parses, and its weights add up to 100', () => {
		expect(rubric.criteria.map((c) => c.weight)).toEqual([25, 25, 30, 20]);
		expect(rubric.thresholds).toEqual({ go: 70, nurture: 40 });
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

	it('all 2s: 66.67, NURTURE', () => {
		// (25 + 25 + 30 + 20) × 2/3 = 66.67
		const r = lead(2, 2, 2, 2);
		expect(r.score).toBeCloseTo(66.667, 2);
		expect(r.decision).toBe('nurture');
		expect(r.reasons[0]).toBe('Score 67 is between the NURTURE threshold (40) and the GO threshold (70).');
	});

	it('need 2, the rest 1: 43.33, NURTURE with three weak criteria', () => {
		// 25/3 + 25/3 + 30 × 2/3 + 20/3 = 8.33 + 8.33 + 20 + 6.67 = 43.33
		const r = lead(1, 1, 2, 1);
		expect(r.score).toBeCloseTo(43.333, 2);
		expect(r.decision).toBe('nurture');
		expect(r.weak.map((w) => w.id)).toEqual(['budget', 'authority', 'timeline']);
	});

	it('all 1s: 33.33, NO-GO', () => {
		expect(lead(1, 1, 1, 1)).toMatchObject({ decision: 'no-go' });
	});

	it('a hard stop is NO-GO even at 100', () => {
		const r = lead(3, 3, 3, 3, ['no-decision-maker-path']);
		expect(r.score).toBe(100);
		expect(r.decision).toBe('no-go');
		expect(r.reasons).toEqual(['Hard stop: No path to a decision maker.']);
	});

	it('the CRM summary names score, decision and next step', () => {
		const scores = { budget: 3, authority: 3, need: 3, timeline: 1 };
		const text = bantSummary(rubric, scores, scoreLead(rubric, { scores, hardStops: [] }), {
			name: 'Sam Ortiz',
			company: 'Acme',
		});
		// 25 + 25 + 30 + 20/3 = 86.67 → 87, GO
		expect(text).toContain('Lead: Sam Ortiz, Acme');
		expect(text).toContain('BANT score: 87/100 → GO');
		expect(text).toContain('Timeline (20%): 1/3 - Sometime in the next year.');
		expect(text).toContain('Follow up on: Timeline');
		expect(text).toContain('24-hour SLO');
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

describe('BANT URL state', () => {
	it('round-trips scores and hard stops', () => {
		const search = '?' + writeBantUrl({ budget: 2, authority: 3, need: 1, timeline: 0 }, ['no-fit']);
		expect(readBantUrl(search, rubric)).toEqual({
			scores: { budget: 2, authority: 3, need: 1, timeline: 0 },
			hardStops: ['no-fit'],
			rejected: [],
		});
	});

	it.each([
		['?budget=<script>alert(1)</script>', 'Budget'],
		['?need=4', 'Need'],
		['?timeline=-1', 'Timeline'],
		['?authority=1e308', 'Authority'],
		['?stops=launch-missiles', 'hard stops'],
		[`?budget=${'9'.repeat(3000)}`, 'the link is too long'],
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
	])('ignore stored data with %s, with a message', (_, json) => {
		const r = parseLeads(json);
		expect(r.leads).toEqual([]);
		expect(r.error).toMatch(/saved leads/);
	});

	it('export as CSV with spreadsheet formulas neutralised and the decision per lead', () => {
		const csv = toCsv(leadsCsvRows(rubric, [sample]));
		// 25 + 25 + 0 + 20 = 70, but Need 0 is a stop: NO-GO.
		expect(csv).toContain(`Sam Ortiz,"'=HYPERLINK(""http://x"")",2026-11-24T10:00:00.000Z,3,3,0,3,70,NO-GO,`);
	});
});
