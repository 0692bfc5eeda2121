/**
 * The proposal clock: the planning documents' 24-hour SLO for proposals
 * ("Performance target: Sent within 24 hours", 000_b1b8c92185dfa288.txt),
 * counted from the moment the lead became GO. Times are ISO strings in UTC;
 * durations are shown in whole minutes, rounded toward the deadline's side
 * that keeps the rep safe: time left rounds down, time overdue rounds up.
 */
import type { Decision } from './compute';

const MINUTE_MS = 60_000;

export type ProposalClock =
	| { state: 'open'; dueAt: string; minutesLeft: number }
	| { state: 'overdue'; dueAt: string; minutesOver: number }
	| { state: 'sent'; dueAt: string; onTime: boolean };

/** When the lead became GO: kept while it stays GO, set now when it turns GO, dropped when it stops being GO. */
export function nextGoAt(previous: string | undefined, decision: Decision | null, now: Date): string | undefined {
	if (decision !== 'go') return undefined;
	return previous ?? now.toISOString();
}

export function proposalClock(goAt: string, sloHours: number, now: Date, sentAt?: string): ProposalClock {
	const due = Date.parse(goAt) + sloHours * 60 * MINUTE_MS;
	const dueAt = new Date(due).toISOString();
	if (sentAt) return { state: 'sent', dueAt, onTime: Date.parse(sentAt) <= due };
	const left = due - now.getTime();
	return left >= 0
		? { state: 'open', dueAt, minutesLeft: Math.floor(left / MINUTE_MS) }
		: { state: 'overdue', dueAt, minutesOver: Math.ceil(-left / MINUTE_MS) };
}

/** "23 h 05 min", "45 min". */
export function hoursMinutes(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

export function proposalClockText(clock: ProposalClock, formatTime: (iso: string) => string): string {
	switch (clock.state) {
		case 'open':
			return `Proposal due in ${hoursMinutes(clock.minutesLeft)} (by ${formatTime(clock.dueAt)})`;
		case 'overdue':
			return `Proposal overdue by ${hoursMinutes(clock.minutesOver)} (was due ${formatTime(clock.dueAt)})`;
		case 'sent':
			return clock.onTime ? 'Proposal sent within the SLO' : 'Proposal sent after the SLO';
	}
}

const timeFormat = new Intl.DateTimeFormat('en-US', {
	weekday: 'short',
	month: 'short',
	day: 'numeric',
	hour: 'numeric',
	minute: '2-digit',
});

/** "Tue, Nov 24, 9:00 AM": a clock time in the reader's own time zone. */
export const formatClockTime = (iso: string): string => timeFormat.format(new Date(iso));
