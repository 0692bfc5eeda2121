import { describe, expect, it } from 'vitest';
import { toCsv, csvCell } from '../../../../src/lib/calculators/shared/csv';
import { MAX_LINK_CHARS, writeQuery } from '../../../../src/lib/calculators/shared/urlState';
import { readFieldsUrl } from '../../../../src/lib/calculators/shared/fieldParams';
import { validateField, validateFields } from '../../../../src/lib/calculators/shared/validate';
import { ROI_DEFAULTS, ROI_FIELDS } from '../../../../src/lib/calculators/roi/schema';
import { formatDollars, formatNumber, formatPercent } from '../../../../src/lib/format';
import { HOSTILE_INPUTS } from '../../../fixtures/hostileInputs';

const defaults = Object.fromEntries(Object.entries(ROI_DEFAULTS).map(([k, v]) => [k, String(v)])) as Record<
	keyof typeof ROI_FIELDS,
	string
>;

describe('field validation', () => {
	it('says what is wrong in words', () => {
		expect(validateField(ROI_FIELDS.hourlyCost, '-5')).toEqual({ error: 'Must be $0 or more.' });
		expect(validateField(ROI_FIELDS.years, '6')).toEqual({ error: 'Must be 5 or less.' });
		expect(validateField(ROI_FIELDS.years, '2.5')).toEqual({ error: 'Enter a whole number.' });
		expect(validateField(ROI_FIELDS.recoveredPct, '101%')).toEqual({ error: 'Must be 100 or less.' });
		expect(validateField(ROI_FIELDS.annualSubscription, '9'.repeat(13))).toEqual({
			error: 'Must be $999,999,999,999 or less.',
		});
		expect(validateField(ROI_FIELDS.annualSubscription, '$40,000')).toEqual({ value: 40_000 });
	});

	it('every hostile input gives a field error or its documented value, on every ROI field', () => {
		for (const [key, spec] of Object.entries(ROI_FIELDS)) {
			for (const { input, expect: expected } of HOSTILE_INPUTS) {
				const result = validateField(spec, input);
				if (result.error !== undefined) {
					expect(result.error, `${key} ← ${JSON.stringify(input)}`).toMatch(/^[A-Z][^<>]*\.$/);
				} else {
					expect(expected, `${key} ← ${JSON.stringify(input)}`).not.toBe('error');
					expect(Number.isFinite(result.value)).toBe(true);
				}
			}
		}
	});

	it('keeps the other fields when one is wrong', () => {
		const { values, errors } = validateFields(ROI_FIELDS, { ...defaults, hourlyCost: 'abc' });
		expect(Object.keys(errors)).toEqual(['hourlyCost']);
		expect(values.hoursBefore).toBe(160);
		expect(values.hourlyCost).toBeUndefined();
	});
});

describe('URL state', () => {
	it('round-trips values', () => {
		const search = '?' + writeQuery({ ...ROI_DEFAULTS, hourlyCost: 90 });
		const state = readFieldsUrl(search, ROI_FIELDS, defaults);
		expect(state?.rejected).toEqual([]);
		expect(state?.value?.hourlyCost).toBe('90');
		expect(readFieldsUrl('?utm_source=mail', ROI_FIELDS, defaults)).toBeNull();
	});

	it.each([
		['<script>alert(1)</script>', 'Loaded hourly cost'],
		['1e308', 'Loaded hourly cost'],
		['-1', 'Loaded hourly cost'],
		['', 'Loaded hourly cost'],
		['x'.repeat(500), 'Loaded hourly cost'],
	])('opens nothing (the defaults stay) for hourlyCost=%j and names the field', (value, label) => {
		const state = readFieldsUrl(
			'?' + new URLSearchParams({ hoursBefore: '999', hourlyCost: value }),
			ROI_FIELDS,
			defaults,
		);
		expect(state?.rejected).toEqual([label]);
		expect(state?.value).toBeNull();
	});

	it('ignores an oversized query', () => {
		expect(readFieldsUrl('?' + 'a'.repeat(MAX_LINK_CHARS), ROI_FIELDS, defaults)?.rejected).toEqual([
			'the link is too long',
		]);
	});
});

describe('CSV', () => {
	it('quotes commas and quotes, and defuses formulas', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvCell('-5')).toBe('-5');
		expect(csvCell(-5)).toBe('-5');
		expect(
			toCsv([
				['Year', 'Net'],
				[1, 2],
			]),
		).toBe('Year,Net\r\n1,2\r\n');
	});
});

describe('formatting', () => {
	it('never prints negative zero, NaN or Infinity', () => {
		expect(formatDollars(-0)).toBe('$0');
		expect(formatDollars(-0.0001)).toBe('$0');
		expect(formatNumber(-0.04, 1)).toBe('0');
		expect(formatDollars(1234.5)).toBe('$1,235');
		expect(formatDollars(-1234)).toBe('-$1,234');
		expect(formatPercent(33.333)).toBe('33.3%');
		expect(() => formatDollars(Number.NaN)).toThrow(RangeError);
		expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});
