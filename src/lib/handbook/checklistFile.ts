/**
 * Checklist progress as a file: what Export writes and Import reads. An
 * import is checked field by field before anything is stored; a problem
 * comes back as a sentence (shown as text, never as markup). Loaded on
 * demand by WorkableChecklists.astro, so a checklist page does not pay for it.
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
	return { page, customers };
}
