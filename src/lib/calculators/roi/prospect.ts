/**
 * Who an ROI estimate is for and who prepared it, as typed or as read from a
 * shared link. These are plain text: the islands render them as text nodes,
 * never as HTML. A value is refused (not trimmed into shape) when it is too
 * long or carries control characters, so a tampered link is noticed.
 */
import { plainTextError } from '~/lib/calculators/shared/plainText';

export type ProspectDetails = { company: string; preparedBy: string; date: string };

export const PROSPECT_LABELS: Record<keyof ProspectDetails, string> = {
	company: 'Prospect company',
	preparedBy: 'Prepared by',
	date: 'Date',
};

export const EMPTY_PROSPECT: ProspectDetails = { company: '', preparedBy: '', date: '' };

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** An error in words, or null when the text can be used for that detail. */
export function prospectError(key: keyof ProspectDetails, text: string): string | null {
	const error = plainTextError(text);
	if (error) return error;
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

/**
 * The page's title while an estimate is open, which a browser also gives the
 * printed PDF: "ROI estimate for Acme, prepared by Dana Lee | TAI Autonomics".
 * Null when neither the prospect nor the preparer is named (the page keeps its own title).
 */
export function estimateDocumentTitle(d: ProspectDetails): string | null {
	const company = d.company.trim();
	const by = d.preparedBy.trim();
	if (!company && !by) return null;
	let title = `ROI estimate for ${company || 'you'}`;
	if (by) title += `, prepared by ${by}`;
	return `${title} | TAI Autonomics`;
}
