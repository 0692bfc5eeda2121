/**
 * Pagefind reads a page's text as the browser would join it. It ends a data
 * cell (td) with a stop of its own but runs header cells (th) together: a
 * header row "Week | Actual | Target" indexes as "WeekActualTarget", which
 * neither reads in an excerpt nor matches its words. Before a page is indexed
 * (src/config/searchIndex.ts, never the page served), each header cell is
 * followed by " · " (or, last in its row, a full stop), so an excerpt reads
 * "Week · Actual · Target. 10 · 5.5. 8."
 */
export function separateTableCells(html: string): string {
	return html.replace(/<\/th>(\s*)(?=<(?:td|th)\b)/gi, '</th> · ').replace(/<\/th>(\s*)(?=<\/tr>)/gi, '</th>. ');
}
