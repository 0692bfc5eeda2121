/**
 * Stable ids for checklist items, so ticks saved in the browser survive small
 * edits: an id depends on the section and on the item's words only, ignoring
 * case, punctuation, spacing and Markdown formatting.
 */
export function normalizeItemText(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** FNV-1a, 32-bit, as 7 base-36 characters: short, deterministic, no dependencies. */
export function hashText(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36).padStart(7, '0');
}

export function checklistItemId(sectionId: string, itemText: string): string {
	return `${sectionId || 'top'}:${hashText(normalizeItemText(itemText))}`;
}

/** Reads saved ticks, tolerating anything a browser may have stored. */
export function parseSavedTicks(raw: string | null): Set<string> {
	if (!raw) return new Set();
	try {
		const value: unknown = JSON.parse(raw);
		return new Set(
			Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length < 200) : [],
		);
	} catch {
		return new Set();
	}
}

export type SectionProgress = { done: number; total: number };

export function progressText({ done, total }: SectionProgress): string {
	return `${done} of ${total} done`;
}
