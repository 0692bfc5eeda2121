/**
 * Who an ROI estimate is for and who prepared it, as typed or as read from a
 * shared link. These are plain text: the islands render them as text nodes,
 * never as HTML. A value is refused (not trimmed into shape) when it is too
 * long or carries control characters, so a tampered link is noticed.
 */
export type ProspectDetails = { company: string; preparedBy: string; date: string };

export const PROSPECT_LABELS: Record<keyof ProspectDetails, string> = {
	company: 'Prospect company',
	preparedBy: 'Prepared by',
	date: 'Date',
};

export const PROSPECT_MAX_LENGTH = 80;

export const EMPTY_PROSPECT: ProspectDetails = { company: '', preparedBy: '', date: '' };

// C0 and C1 controls, and the bidirectional overrides that can reorder a line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** An error in words, or null when the text can be used for that detail. */
export function prospectError(key: keyof ProspectDetails, text: string): string | null {
	if (text.length > PROSPECT_MAX_LENGTH) return `At most ${PROSPECT_MAX_LENGTH} characters.`;
	if (CONTROL.test(text)) return 'Remove the control characters.';
	if (key === 'date' && text !== '' && !ISO_DAY.test(text)) return 'Use a date such as 2026-11-24.';
	return null;
}

/** "Prepared for Acme by Dana Lee, 2026-11-24", leaving out what is blank. */
export function preparedLine(d: ProspectDetails): string {
	const company = d.company.trim();
	const by = d.preparedBy.trim();
	const date = d.date.trim();
	if (!company && !by && !date) return '';
	let line = `Prepared for ${company || 'the prospect'}`;
	if (by) line += ` by ${by}`;
	if (date) line += `, ${date}`;
	return line;
}
