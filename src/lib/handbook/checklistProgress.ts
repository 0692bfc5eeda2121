/**
 * One customer's progress on one checklist, for the progress view
 * (CustomerProgress.astro); kept apart from checklistStore.ts so that a
 * checklist page does not load it. Reads the same stored progress.
 */
import { itemDone, type Progress } from './checklistStore';

/**
 * The day an item is due in the 21-day implementation, from the nearest
 * heading that names one ("Day 4 (Thursday)…", "Days 5-6…": the last day of a
 * range), else the page title ("Kickoff (Days 1-3)"); null when none does.
 */
export function dueDay(headings: readonly string[]): number | null {
	for (const text of headings) {
		const m = /\bDays?\s+(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?/.exec(text);
		if (m) return Number(m[2] ?? m[1]);
	}
	return null;
}

/** An item as the progress view counts it: its id, whether it is a sign-off, and its due day. */
export type ChecklistItem = { id: string; signOff: boolean; due: number | null };
export type PageProgress = {
	done: number;
	total: number;
	/** Sign-offs without a name and a date yet. */
	openSignOffs: number;
	/** The earliest day among the items not done yet, or null. */
	nextDue: number | null;
};

export function pageProgress(items: readonly ChecklistItem[], progress: Progress): PageProgress {
	let done = 0;
	let openSignOffs = 0;
	let nextDue: number | null = null;
	for (const item of items) {
		if (itemDone(progress, item.id, item.signOff)) {
			done++;
			continue;
		}
		if (item.signOff) openSignOffs++;
		if (item.due !== null && (nextDue === null || item.due < nextDue)) nextDue = item.due;
	}
	return { done, total: items.length, openSignOffs, nextDue };
}
