import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addMonthsClamped,
	daysUntil,
	handbookToday,
	isoDay,
	nextReviewDue,
	reviewStatus,
} from '../../../../src/lib/handbook/reviewDue';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const due = (iso: string, cadence: Parameters<typeof nextReviewDue>[1]) => {
	const result = nextReviewDue(d(iso), cadence);
	return result ? isoDay(result) : null;
};

describe('nextReviewDue', () => {
	it.each([
		['2026-11-24', 'weekly', '2026-12-01'],
		['2026-12-29', 'weekly', '2027-01-05'],
		['2026-11-24', 'monthly', '2026-12-24'],
		['2026-01-31', 'monthly', '2026-02-28'],
		['2028-01-31', 'monthly', '2028-02-29'],
		['2026-03-31', 'monthly', '2026-04-30'],
		['2026-12-15', 'monthly', '2027-01-15'],
		['2026-11-30', 'quarterly', '2027-02-28'],
		['2027-11-30', 'quarterly', '2028-02-29'],
		['2026-08-31', 'quarterly', '2026-11-30'],
		['2026-11-24', 'as-needed', null],
	] as const)('%s reviewed %s is due %s', (from, cadence, expected) => {
		expect(due(from, cadence)).toBe(expected);
	});

	it('ignores the time of day', () => {
		expect(isoDay(nextReviewDue(new Date('2026-11-24T23:59:59Z'), 'weekly')!)).toBe('2026-12-01');
	});

	it('a monthly due date is always 28-31 days later and never skips a month', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
				(date) => {
					const next = addMonthsClamped(
						new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())),
						1,
					);
					const days = daysUntil(next, date);
					const months = (next.getUTCFullYear() - date.getUTCFullYear()) * 12 + next.getUTCMonth() - date.getUTCMonth();
					return days >= 28 && days <= 31 && months === 1;
				},
			),
		);
	});
});

describe('reviewStatus', () => {
	it('is overdue the day after it is due, not on the day', () => {
		expect(reviewStatus(d('2026-11-01'), 'weekly', d('2026-11-08'))).toMatchObject({ overdue: false, daysLeft: 0 });
		expect(reviewStatus(d('2026-11-01'), 'weekly', d('2026-11-09'))).toMatchObject({ overdue: true, daysLeft: -1 });
	});

	it('as-needed pages are never overdue', () => {
		expect(reviewStatus(d('2000-01-01'), 'as-needed', d('2026-11-24'))).toEqual({
			due: null,
			overdue: false,
			daysLeft: null,
		});
	});
});

describe('handbookToday', () => {
	it('uses HANDBOOK_TODAY when it is a valid date', () => {
		expect(isoDay(handbookToday({ HANDBOOK_TODAY: '2027-03-01' }))).toBe('2027-03-01');
	});
	it('falls back to the given clock otherwise', () => {
		const now = new Date('2026-11-24T15:00:00Z');
		expect(isoDay(handbookToday({ HANDBOOK_TODAY: 'tomorrow' }, now))).toBe('2026-11-24');
		expect(isoDay(handbookToday({}, now))).toBe('2026-11-24');
	});
});
