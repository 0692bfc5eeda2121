/**
 * What a worked checklist keeps, per page and per customer: each tick and
 * each sign-off (name and date) with the time it was last changed. Two tabs
 * on one checklist merge item by item, the later change winning, so neither
 * overwrites the other. Export and import live in checklistFile.ts, loaded
 * only when a reader uses them.
 */
export const DEFAULT_CUSTOMERS = ['Customer #1', 'Customer #2', 'Customer #3'];

/** [ticked 1/0, changed at ms]; [name, date YYYY-MM-DD, changed at ms]. */
export type Progress = { t: Record<string, [number, number]>; s: Record<string, [string, string, number]> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Saved progress as this browser stored it; anything unreadable counts as
 * none. Entries are read defensively where they are used (a tick counts only
 * when it is exactly 1), so a damaged entry can never tick a box.
 */
export function readProgress(raw: string | null): Progress {
	try {
		const v: unknown = JSON.parse(raw ?? '');
		if (isObject(v) && isObject(v.t) && isObject(v.s)) return v as Progress;
	} catch {
		// fall through: nothing saved, or not ours
	}
	return { t: {}, s: {} };
}

function mergeRecord<T extends unknown[]>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
	const out = { ...a };
	for (const [id, v] of Object.entries(b)) {
		const mine = out[id];
		if (!mine || (v.at(-1) as number) > (mine.at(-1) as number)) out[id] = v;
	}
	return out;
}

/** Item by item, the later change wins; equal times keep `a`. */
export function mergeProgress(a: Progress, b: Progress): Progress {
	return { t: mergeRecord(a.t, b.t), s: mergeRecord(a.s, b.s) };
}

export const customerName = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, 60);

/** Sign-off sections are those whose heading (or its parent heading) speaks of signing or approval. */
export function isSignOffSection(headingIds: string[]): boolean {
	return headingIds.some((id) => /sign|approv/.test(id));
}
