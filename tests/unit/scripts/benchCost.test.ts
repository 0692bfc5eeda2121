// How the build-cost bench splits build times into a fixed cost and a cost per
// page (scripts/bench/cost.mjs), by hand.
import { describe, expect, it } from 'vitest';
import { meanRatio, pairedSplit, splitCost } from '../../../scripts/bench/cost.mjs';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe('splitCost', () => {
	it('takes the cost per page from the two sizes outside the sidebar, and the fixed cost from the line through them', () => {
		// 1,000 pages: 9 s; 3,000 pages: 21 s. Per page = (21 − 9) / 2,000 = 0.006 s;
		// fixed = 9 − 1,000 × 0.006 = 3 s. Inside: (15 − 3) / 1,000 = 0.012 s; (63 − 3) / 3,000 = 0.02 s.
		const cost = splitCost({ outside: { 1000: 9, 3000: 21 }, inside: { 1000: 15, 3000: 63 } }, [1000, 3000]);
		close(cost.perPage, 0.006);
		close(cost.fixed, 3);
		close(cost.inside[1000]!, 0.012);
		close(cost.inside[3000]!, 0.02);
	});
});

describe('meanRatio', () => {
	it('is the geometric mean, so that a ratio and its inverse average to 1', () => {
		close(meanRatio([1.1, 1 / 1.1]), 1);
		// √(1.21 × 1) = 1.1.
		close(meanRatio([1.21, 1]), 1.1);
		expect(() => meanRatio([])).toThrow();
	});
});

describe('pairedSplit', () => {
	const plain = { outside: { 1000: 9, 3000: 21 }, inside: { 1000: 15, 3000: 63 } };

	it('gives a ratio that is the same at every size to the fixed cost and the cost per page alike', () => {
		const rho = { outside: { 1000: 1.2, 3000: 1.2 }, inside: { 1000: 1.2, 3000: 1.2 } };
		const { ratios } = pairedSplit(rho, plain, [1000, 3000]);
		close(ratios.perPage, 1.2);
		close(ratios.fixed, 1.2);
		close(ratios.inside[1000]!, 1.2);
		close(ratios.inside[3000]!, 1.2);
	});

	it('splits a handbook whose fixed cost is higher and whose pages cost the same', () => {
		// Handbook: fixed 4.5 s, 0.006 s a page: 10.5 s at 1,000 pages and 22.5 s at 3,000, so
		// ρ = 10.5 / 9 and 22.5 / 21. Its split: per page (22.5 − 10.5) / 2,000 = 0.006 s (1×),
		// fixed 10.5 − 6 = 4.5 s against 3 s (1.5×). Inside at 1,000 pages, a build of 16.5 s
		// (ρ = 16.5 / 15): (16.5 − 4.5) / 1,000 = 0.012 s against 0.012 s (1×).
		const rho = { outside: { 1000: 10.5 / 9, 3000: 22.5 / 21 }, inside: { 1000: 16.5 / 15, 3000: 1 } };
		const { handbook, ratios } = pairedSplit(rho, plain, [1000, 3000]);
		close(handbook.fixed, 4.5);
		close(handbook.perPage, 0.006);
		close(ratios.fixed, 1.5);
		close(ratios.perPage, 1);
		close(ratios.inside[1000]!, 1);
		// Inside at 3,000 pages, ρ = 1: a build of 63 s, (63 − 4.5) / 3,000 = 0.0195 s against 0.02 s.
		close(ratios.inside[3000]!, 0.0195 / 0.02);
	});

	it('is unmoved when the machine ran every plain build at a different speed', () => {
		// The same ratios against plain times scaled by the same factor give the same split.
		const rho = { outside: { 1000: 1.1, 3000: 1.05 }, inside: { 1000: 1, 3000: 0.9 } };
		const slow = { outside: { 1000: 18, 3000: 42 }, inside: { 1000: 30, 3000: 126 } };
		const a = pairedSplit(rho, plain, [1000, 3000]).ratios;
		const b = pairedSplit(rho, slow, [1000, 3000]).ratios;
		close(a.fixed, b.fixed);
		close(a.perPage, b.perPage);
		close(a.inside[3000]!, b.inside[3000]!);
	});
});
