/**
 * CSV for spreadsheets (RFC 4180 quoting). A cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @) is prefixed with an apostrophe,
 * unless it is a plain number.
 */
export type Cell = string | number;

export function csvCell(cell: Cell): string {
	let text = typeof cell === 'number' ? String(cell) : cell;
	if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?[0-9.]+$/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
