import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import rubricRaw from '../../../../content/data/bant-rubric.yaml';
import { bantRubricSchema, type BantRubric } from '../../../../src/lib/calculators/bant/schema';
import { DECISION_RANK, scoreLead } from '../../../../src/lib/calculators/bant/compute';
import { bantSummary } from '../../../../src/lib/calculators/bant/format';
import { readBantUrl, writeBantUrl } from '../../../../src/lib/calculators/bant/urlState';

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

	it('no timeline but everything else strong: 80, GO', () => {
		// 25 + 25 + 30 + 0 = 80
		expect(lead(3, 3, 3, 0)).toMatchObject({ score: 80, decision: 'go' });
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
		const scores = { budget: 3, authority: 3, need: 3, timeline: 0 };
		const text = bantSummary(rubric, scores, scoreLead(rubric, { scores, hardStops: [] }));
		expect(text).toContain('BANT score: 80/100 → GO');
		expect(text).toContain('Timeline (20%): 0/3 - No timeline.');
		expect(text).toContain('Follow up on: Timeline');
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
				expect(DECISION_RANK[after.decision]).toBeGreaterThanOrEqual(DECISION_RANK[before.decision]);
			}),
		);
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
