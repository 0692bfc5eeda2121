/**
 * Short free text typed into a calculator (a company, a person's name) or
 * read back from a link or storage. It is only ever rendered as text; a value
 * is refused, not trimmed into shape, when it is too long or carries control
 * characters, so tampering is noticed.
 */
const PLAIN_TEXT_MAX_LENGTH = 80;

// C0 and C1 controls, and the bidirectional overrides that can reorder a line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** An error in words, or null when the text can be used. */
export function plainTextError(text: string, max = PLAIN_TEXT_MAX_LENGTH): string | null {
	if (text.length > max) return `At most ${max} characters.`;
	if (CONTROL.test(text)) return 'Remove the control characters.';
	return null;
}
