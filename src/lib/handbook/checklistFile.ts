/**
 * Checklist progress as a file: what Export writes and Import reads. A file
 * over MAX_IMPORT_BYTES is refused on its size, before any of it is read; an
 * import is checked field by field before anything is stored; storing says
 * which customers were kept and which the browser refused. A problem comes
 * back as a sentence (shown as text, never as markup). Loaded on demand by
 * WorkableChecklists.astro, so a checklist page does not pay for it.
 */
import { customerName, type Progress } from './checklistStore';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[\w-]{0,80}:[0-9a-z]{7}$/;
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

/** Checks one customer's progress; returns the first problem in words, or the progress. */
export function checkProgress(value: unknown): Progress | string {
	if (!isObject(value) || !isObject(value.t) || !isObject(value.s)) return 'it is not a checklist progress file';
	for (const [id, v] of Object.entries(value.t))
		if (!ID.test(id) || !Array.isArray(v) || v.length !== 2 || (v[0] !== 0 && v[0] !== 1) || typeof v[1] !== 'number')
			return `the tick "${id.slice(0, 40)}" is not valid`;
	for (const [id, v] of Object.entries(value.s))
		if (
			!ID.test(id) ||
			!Array.isArray(v) ||
			v.length !== 3 ||
			typeof v[0] !== 'string' ||
			v[0].length > 100 ||
			typeof v[1] !== 'string' ||
			!DATE.test(v[1]) ||
			typeof v[2] !== 'number'
		)
			return `the sign-off "${id.slice(0, 40)}" is not valid`;
	return value as Progress;
}

export function exportJson(page: string, customers: Record<string, Progress>): string {
	return JSON.stringify({ page, customers }, null, 1);
}

export type ExportFile = { page: string; customers: Record<string, Progress> };

/**
 * The largest file Import reads: 1 MB. An export holds about 80 bytes per
 * ticked item and customer, so the longest checklist (48 items, go-live) for
 * 100 customers stays well under it; a larger file is not an export of ours
 * and would block the page while it is read and parsed.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Why a file of `bytes` is not read, or null when its size is fine. */
export function importSizeProblem(bytes: number): string | null {
	if (bytes <= MAX_IMPORT_BYTES) return null;
	const size = bytes >= 10_000_000 ? Math.round(bytes / 1_000_000) : Math.round(bytes / 100_000) / 10;
	return `The file is ${size} MB; a checklist export is at most 1 MB.`;
}

/** Reads an exported file; a problem comes back as a sentence, never as markup. */
export function parseImport(text: string, page: string): ExportFile | string {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return 'The file is not JSON exported from a checklist.';
	}
	if (!isObject(value) || typeof value.page !== 'string' || !isObject(value.customers))
		return 'The file is not a checklist export.';
	if (value.page !== page) return `The file holds progress for another page (${value.page.slice(0, 80)}).`;
	const customers: Record<string, Progress> = {};
	for (const [name, progress] of Object.entries(value.customers)) {
		const clean = customerName(name);
		if (!clean) return 'A customer in the file has no name.';
		const checked = checkProgress(progress);
		if (typeof checked === 'string') return `Progress for ${clean}: ${checked}.`;
		customers[clean] = checked;
	}
	if (Object.keys(customers).length === 0) return 'The file holds no customer progress.';
	return { page, customers };
}

export type ImportOutcome = { saved: string[]; notSaved: string[] };

/**
 * Stores each imported customer through `store`, which throws when the
 * browser refuses to keep it (storage full or turned off), and says who was
 * kept and who was not.
 */
export function storeImport(
	customers: Record<string, Progress>,
	store: (name: string, progress: Progress) => void,
): ImportOutcome {
	const outcome: ImportOutcome = { saved: [], notSaved: [] };
	for (const [name, progress] of Object.entries(customers)) {
		try {
			store(name, progress);
			outcome.saved.push(name);
		} catch {
			outcome.notSaved.push(name);
		}
	}
	return outcome;
}

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');
const customersCount = (n: number) => `${n} customer${n === 1 ? '' : 's'}`;

/** What Import tells the reader: every customer by name, and which ones the browser did not keep. */
export function importMessage({ saved, notSaved }: ImportOutcome): string {
	const refused = `this browser refused to store more (its storage is full or turned off)`;
	if (saved.length === 0)
		return `Nothing imported: ${refused}, so progress for ${quoted(notSaved)} was not saved. Free some space, then import the file again.`;
	const imported = `Imported progress for ${customersCount(saved.length)}: ${quoted(saved)}.`;
	if (notSaved.length === 0) return imported;
	return `${imported} Not saved, because ${refused}: ${quoted(notSaved)}. Free some space, then import the file again.`;
}
