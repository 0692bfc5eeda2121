import { describe, expect, it } from 'vitest';
import {
	addDataFigures,
	addTextFigures,
	emptyFigures,
	fieldWords,
	groupedNumbersIn,
	leaksIn,
	moneyIn,
} from '~/config/figures';

describe('reading figures whatever their spelling', () => {
	it('reads dollars with separators, K and M suffixes and both ends of a range', () => {
		// $4K = 4 × 1,000; $1.2M = 1.2 × 1,000,000; "$2-3M" is 2,000,000 and 3,000,000.
		expect(moneyIn('$4,000 or $4K, then $1.2M and $2-3M')).toEqual([4_000, 4_000, 1_200_000, 2_000_000, 3_000_000]);
	});

	it('reads thousands groups, never code such as slice(0,100)', () => {
		expect(groupedNumbersIn('215,270 and 1,000,000')).toEqual([215_270, 1_000_000]);
		expect(groupedNumbersIn('v.slice(0,100) and f(0,250)')).toEqual([]);
	});

	it('names a field by what it holds, without its unit', () => {
		expect(fieldWords('mrrUsd')).toEqual(['mrr']);
		expect(fieldWords('weeklyRate')).toEqual(['weekly', 'rate']);
		expect(fieldWords('statedTotal')).toEqual([]);
	});
});

describe('finding internal figures in a public file', () => {
	const figures = emptyFigures();
	addDataFigures(figures, { statedTotal: 215_270, lines: [{ item: 'Contractors', amount: 40_000 }] }, 'budget.yaml');
	addDataFigures(figures, { revenue: { mrrUsd: 10_000 } }, 'week-10.yaml');
	addTextFigures(figures, 'The Series A raise is planned at $2-3M.', 'plans.mdx');

	it('finds a figure that is not round wherever it is written, and names its source', () => {
		const [leak] = leaksIn('a/index.html', '<p>We spend <b>$215,270</b> on it.</p>', figures);
		expect(leak).toMatchObject({ file: 'a/index.html', written: '$215,270', figure: { source: 'budget.yaml' } });
	});

	it('finds a round figure only beside words of its own row or field', () => {
		expect(leaksIn('a.html', '<p>Contractors cost $40,000.</p>', figures)).toHaveLength(1);
		expect(leaksIn('a.html', '<p>An example fee of $40,000.</p>', figures)).toHaveLength(0);
		// mrrUsd: 10000 has no words of its own; its field says it is MRR.
		expect(leaksIn('a.html', '<p>MRR reached $10K.</p>', figures)).toHaveLength(1);
		expect(leaksIn('a.html', '<p>Revenue lost per month $10,000</p>', figures)).toHaveLength(0);
	});

	it('reads figures in scripts and search fragments as written, and ranges from prose', () => {
		expect(leaksIn('x.js', 'const note="Series A: $3M"', figures).map((l) => l.figure.source)).toEqual(['plans.mdx']);
		expect(leaksIn('x.js', 'const fee="$3M"', figures)).toEqual([]);
	});
});
