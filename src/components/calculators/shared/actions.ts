/**
 * What a result action does in the browser: copy text to the clipboard,
 * download a file. Both report failure instead of throwing, so the island can
 * say in words what to do instead.
 */
import type { Cell } from '~/lib/calculators/shared/csv';

/**
 * Copies text; a promise is for text still being prepared (a summary whose
 * module loads on the click): it is handed to the clipboard within the click,
 * as Safari requires, where the browser supports that.
 */
export async function copyText(text: string | Promise<string>): Promise<boolean> {
	try {
		if (typeof text !== 'string' && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
			const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
			await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
		} else {
			await navigator.clipboard.writeText(await text);
		}
		return true;
	} catch {
		return false;
	}
}

/** Saves text as a file named `name`, through a link the browser clicks. */
export function downloadFile(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rows as a CSV file; the CSV writer loads with the first download. */
export async function downloadCsv(name: string, rows: readonly (readonly Cell[])[]): Promise<void> {
	const { toCsv } = await import('~/lib/calculators/shared/csv');
	downloadFile(name, toCsv(rows), 'text/csv;charset=utf-8');
}
