import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addMonthsClamped,
	daysUntil,
	handbookToday,
	parseCalendarDate,
	reviewDateProblem,
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
	it('uses the clock when HANDBOOK_TODAY is unset', () => {
		const now = new Date('2026-11-24T15:00:00Z');
		expect(isoDay(handbookToday({}, now))).toBe('2026-11-24');
	});
	it('refuses a HANDBOOK_TODAY that is not a real date instead of guessing', () => {
		expect(() => handbookToday({ HANDBOOK_TODAY: 'tomorrow' })).toThrow(/not a real date/);
		expect(() => handbookToday({ HANDBOOK_TODAY: '2027-02-29' })).toThrow(/not a real date/);
	});
});

describe('calendar dates and review dates', () => {
	it('accepts real days only: 2028-02-29 is a leap day, 2026-02-30 and 2026-13-01 do not exist', () => {
		expect(parseCalendarDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
		expect(parseCalendarDate('2026-02-30')).toBeNull();
		expect(parseCalendarDate('2026-13-01')).toBeNull();
		expect(parseCalendarDate('2026-2-3')).toBeNull();
	});
	it('a last-reviewed date must be real and not after the build day', () => {
		const today = new Date('2026-11-24T00:00:00Z');
		expect(reviewDateProblem('2026-11-24', today)).toBeNull();
		expect(reviewDateProblem('2026-02-30', today)).toMatch(/not a real date/);
		expect(reviewDateProblem('2031-01-01', today)).toMatch(/after today \(2026-11-24\)/);
		expect(reviewDateProblem(new Date('2026-11-25T00:00:00Z'), today)).toMatch(/after today/);
	});
});
