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

/*
 * Where the progress lives in the browser (localStorage), read the same way by
 * the checklists (WorkableChecklists.astro) and by the customer progress view
 * (CustomerProgress.astro): one key per page and customer, the customers added
 * by name, and the customer last worked on.
 */
export const CUSTOMERS_KEY = 'hb-checklist-customers';
export const CURRENT_CUSTOMER_KEY = 'hb-checklist-customer';
/** A task list that is not customer work is the reader's own: one list, kept under this name. */
export const PERSONAL_LIST = 'Your list';
export const PERSONAL_LISTS_KEY = 'hb-checklist-personal-lists';

export function checklistKey(page: string, customer: string): string {
	return `hb-checklist:${page}:${customer}`;
}

/** The default customers, then those added by name (as stored under CUSTOMERS_KEY), each once. */
export function customerList(storedAdded: string | null): string[] {
	let added: unknown = [];
	try {
		added = JSON.parse(storedAdded ?? '[]');
	} catch {
		added = [];
	}
	const names = Array.isArray(added) ? added.map(String).map(customerName) : [];
	return [...new Set([...DEFAULT_CUSTOMERS, ...names])].filter(Boolean);
}

/**
 * Customer work has one checklist per customer: the implementation pages (weeks 7-9).
 * Every other task list (a reading list, a runbook's steps) is the reader's own.
 */
export function isCustomerChecklistPage(path: string, base = '/'): boolean {
	const prefix = base.replace(/\/+$/, '');
	const local = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
	return /^\/implementation\/[^/]+\/$/.test(local);
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether an item is done for the customer: a tick for an ordinary item; for a
 * sign-off, a name and a date recorded (ticking the box alone does not sign).
 */
export function itemDone(progress: Progress, id: string, signOff: boolean): boolean {
	if (!signOff) return progress.t[id]?.[0] === 1;
	const entry = progress.s[id];
	return Array.isArray(entry) && typeof entry[0] === 'string' && entry[0].trim() !== '' && DAY.test(String(entry[1]));
}
