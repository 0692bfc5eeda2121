/**
 * Review-due arithmetic. Dates are calendar days in UTC: a page reviewed on
 * 31 January with a monthly cadence is due on the last day of February (28 or
 * 29), never in March. "as-needed" pages have no due date.
 */
import type { Cadence } from './kinds';

const MONTHS_BY_CADENCE: Partial<Record<Cadence, number>> = { monthly: 1, quarterly: 3 };

function utcDay(date: Date): Date {
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addMonthsClamped(date: Date, months: number): Date {
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth() + months;
	const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTarget)));
}

export function nextReviewDue(lastReviewed: Date, cadence: Cadence): Date | null {
	const start = utcDay(lastReviewed);
	if (cadence === 'weekly') return new Date(start.getTime() + 7 * 86_400_000);
	const months = MONTHS_BY_CADENCE[cadence];
	return months === undefined ? null : addMonthsClamped(start, months);
}

/** Whole days from `today` until `due`; negative once the due date has passed. */
export function daysUntil(due: Date, today: Date): number {
	return Math.round((utcDay(due).getTime() - utcDay(today).getTime()) / 86_400_000);
}

export type ReviewStatus = { due: Date | null; overdue: boolean; daysLeft: number | null };

export function reviewStatus(lastReviewed: Date, cadence: Cadence, today: Date): ReviewStatus {
	const due = nextReviewDue(lastReviewed, cadence);
	if (!due) return { due: null, overdue: false, daysLeft: null };
	const daysLeft = daysUntil(due, today);
	return { due, overdue: daysLeft < 0, daysLeft };
}

export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The day the site treats as today. HANDBOOK_TODAY (YYYY-MM-DD) pins it so
 * that builds and tests are reproducible; otherwise the build date.
 */
/** A YYYY-MM-DD calendar day in UTC, or null when the text is not a real date (2026-02-30). */
export function parseCalendarDate(text: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real ? date : null;
}

/** The day the build counts as today: HANDBOOK_TODAY when set (it must be a real date), else the clock's UTC day. */
export function handbookToday(env: Record<string, string | undefined>, now = new Date()): Date {
	const pinned = env.HANDBOOK_TODAY;
	if (pinned === undefined || pinned === '') return utcDay(now);
	const date = parseCalendarDate(pinned);
	if (!date) throw new Error(`HANDBOOK_TODAY=${JSON.stringify(pinned)} is not a real date; use YYYY-MM-DD`);
	return date;
}

/** Why a last-reviewed date cannot be used, or null when it can: it must be a real day, not after today. */
export function reviewDateProblem(value: unknown, today: Date): string | null {
	const date =
		typeof value === 'string'
			? parseCalendarDate(value)
			: value instanceof Date && !Number.isNaN(value.getTime())
				? value
				: null;
	if (!date) return `lastReviewed ${JSON.stringify(value)} is not a real date (YYYY-MM-DD)`;
	if (utcDay(date).getTime() > utcDay(today).getTime())
		return `lastReviewed ${isoDay(date)} is after today (${isoDay(today)}); a review cannot be dated in the future`;
	return null;
}
