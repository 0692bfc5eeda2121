import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from '../../../../src/lib/calculators/shared/parseNumber';
import { HOSTILE_INPUTS } from '../../../fixtures/hostileInputs';

describe('parseNumber', () => {
	it.each(HOSTILE_INPUTS)('handles %j as documented', ({ input, expect: expected }) => {
		const parsed = parseNumber(input);
		if (expected === 'error') {
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.error).toMatch(/[A-Za-z]{3,}/);
		} else {
			expect(parsed).toEqual({ ok: true, value: expected.value });
			if (parsed.ok) expect(Object.is(parsed.value, -0)).toBe(false);
		}
	});

	it('reads plain decimals', () => {
		expect(parseNumber(' 12.5 ')).toEqual({ ok: true, value: 12.5 });
		expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
		expect(parseNumber('1,234,567.89')).toEqual({ ok: true, value: 1234567.89 });
	});

	it('refuses badly grouped thousands', () => {
		expect(parseNumber('1,00').ok).toBe(false);
		expect(parseNumber('12,34,567').ok).toBe(false);
	});

	it('never returns a non-finite number, whatever the text', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (text) => {
				const parsed = parseNumber(text);
				return parsed.ok ? Number.isFinite(parsed.value) : parsed.error.length > 0;
			}),
			{ numRuns: 2000 },
		);
	});

	it('round-trips every finite number it formats plainly', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
				const text = n.toFixed(2);
				const parsed = parseNumber(text);
				return parsed.ok && Math.abs(parsed.value - Number(text)) < 1e-9;
			}),
		);
	});
});
