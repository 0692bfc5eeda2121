/**
 * Turns what a person types into a number, or says in words why it cannot.
 *
 * Accepted, and normalised: surrounding spaces, thousands separators
 * ("1,000"), a leading "$" and a trailing "%" (both ignored: the field's unit
 * says what the number means), Arabic-Indic and Eastern Arabic-Indic digits
 * (converted to 0-9). Refused with a message: empty input, letters, "NaN",
 * "Infinity", exponents ("1e308"), more than one decimal point, and anything
 * longer than 40 characters.
 */
type ParsedNumber = { ok: true; value: number } | { ok: false; error: string };

const MAX_LENGTH = 40;

function westernDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
		const code = d.charCodeAt(0);
		return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
	});
}

export function parseNumber(input: string): ParsedNumber {
	const trimmed = input.trim();
	if (trimmed === '') return { ok: false, error: 'Enter a number.' };
	if (trimmed.length > MAX_LENGTH) return { ok: false, error: 'That is too long to be a number.' };
	let text = westernDigits(trimmed).replace(/\s+/g, '');
	let negative = false;
	if (text.startsWith('-') || text.startsWith('\u2212')) {
		negative = true;
		text = text.slice(1);
	}
	text = text.replace(/^\$/, '').replace(/%$/, '');
	if (/^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/.test(text)) text = text.replace(/,/g, '');
	if (!/^([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(text)) {
		if (/e/i.test(text) && /^[0-9.]+e[+-]?[0-9]+$/i.test(text)) {
			return { ok: false, error: 'Write the number in plain digits, without an exponent.' };
		}
		return { ok: false, error: 'Use digits only, such as 1200 or 1,200.50.' };
	}
	const value = Number(text);
	if (!Number.isFinite(value)) return { ok: false, error: 'That number is too large.' };
	const signed = negative ? -value : value;
	return { ok: true, value: Object.is(signed, -0) ? 0 : signed };
}
