import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RUNWAY_DEFAULTS, LIMITS, type RunwayInputs } from '../../../../src/lib/calculators/runway/schema';
import { MONEY_MAX } from '../../../../src/lib/calculators/shared/fields';
import { MAX_LINK_CHARS } from '../../../../src/lib/calculators/shared/urlState';
import { writeRunwayHash } from '../../../../src/lib/calculators/runway/urlState';
import { readRunwayUrl } from '../../../../src/lib/calculators/runway/model';
import { addFormRow, formFromInputs, inputsFromForm, updateFormRow } from '../../../../src/lib/calculators/runway/form';
import {
	compareScenarios,
	exportScenario,
	storeScenarios,
	withScenario,
	STORAGE_KEY,
} from '../../../../src/lib/calculators/runway/scenarios';
import { importScenario, loadScenarios } from '../../../../src/lib/calculators/runway/savedScenarios';
import { arbitraryAnyModel, flat } from './runwayArbitraries';

const hashOf = (i: RunwayInputs) => `#${writeRunwayHash(i)}`;

describe('runway links', () => {
	it('round-trips the defaults through a short fragment', () => {
		const hash = hashOf(RUNWAY_DEFAULTS);
		expect(hash.length).toBeLessThan(200);
		expect(readRunwayUrl('', hash)).toEqual({ value: RUNWAY_DEFAULTS, rejected: [] });
	});

	it('every model the schema accepts round-trips within the length limit', () => {
		fc.assert(
			fc.property(arbitraryAnyModel, (i) => {
				const hash = hashOf(i);
				expect(hash.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
				expect(readRunwayUrl('', hash)).toEqual({ value: i, rejected: [] });
			}),
			{ numRuns: 60 },
		);
	});

	it('the longest model the form accepts still fits: every row at its limit, names of 3-byte characters', () => {
		// 80 × "€" is 240 bytes of UTF-8; numbers like −0.000012345678901234567 are the longest JSON numbers in range.
		const name = '€'.repeat(LIMITS.name);
		const n = -MONEY_MAX + 0.123456789;
		const m = 1.2345678901234567e-7;
		const worst: RunwayInputs = {
			...RUNWAY_DEFAULTS,
			startingCash: n,
			hires: Array.from({ length: LIMITS.hires }, () => ({
				role: name,
				annualSalary: m,
				startMonth: 120,
				loadPct: 99.99999999999,
			})),
			customers: Array.from({ length: LIMITS.customers }, () => ({ name, mrr: m, startMonth: 120, deposit: m })),
			contractors: Array.from({ length: LIMITS.contractors }, () => ({
				label: name,
				count: 1000,
				weeklyRate: m,
				startMonth: 120,
				months: 120,
			})),
			infraSteps: Array.from({ length: LIMITS.infraSteps }, () => ({ fromCustomers: 10_000, monthly: m })),
		};
		const hash = hashOf(worst);
		expect(hash.length).toBeLessThan(MAX_LINK_CHARS);
		expect(readRunwayUrl('', hash)?.value).toEqual(worst);
	});

	it.each([
		['not base64 JSON', '#model=%%%', 'the model is not readable'],
		['an unknown version', `#model=${btoa('[9]')}`, 'the model is not readable'],
		['a very long link', `#model=${'A'.repeat(MAX_LINK_CHARS + 1)}`, 'the link is too long'],
	])('refuses %s and says why', (_label, hash, named) => {
		expect(readRunwayUrl('', hash)?.rejected).toContain(named);
	});

	it('names the field of a hostile value in a link', () => {
		// The defaults packed by hand in the link's field order (see packRunwayModel), with two hostile values.
		const packed = [
			1,
			'<script>alert(1)</script>',
			24,
			'2027-01',
			10000,
			5,
			20000,
			0,
			0,
			6,
			0,
			0,
			0,
			[],
			[['First hire', 120000, 500, 25]],
			[],
			[[0, 100]],
		];
		const base64url = btoa(JSON.stringify(packed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		const hash = `#model=${base64url}`;
		expect(readRunwayUrl('', hash)?.rejected).toEqual(['Cash at the start', 'Hires row 1 (Start month)']);
	});

	it('still opens links from before the compact encoding, deposits as extra cash', () => {
		const { firstMonth, fundraiseLeadMonths, depositMode, collection, ...old } = RUNWAY_DEFAULTS;
		void [firstMonth, fundraiseLeadMonths, depositMode, collection];
		const state = readRunwayUrl(`?model=${encodeURIComponent(JSON.stringify({ ...old, otherMonthly: 30_000 }))}`);
		expect(state?.value).toEqual({ ...RUNWAY_DEFAULTS, otherMonthly: 30_000, depositMode: 'cash' });
		expect(readRunwayUrl('?model=%7B%7D')?.rejected).toContain('Cash at the start');
		expect(readRunwayUrl('?model=%7Bnope')?.rejected).toEqual(['the model is not readable']);
	});

	it('ignores an address without a model', () => {
		expect(readRunwayUrl('?utm_source=mail', '#how-this-is-calculated')).toBeNull();
	});
});

describe('runway form', () => {
	it('turns the form back into the model it came from', () => {
		expect(inputsFromForm(formFromInputs(RUNWAY_DEFAULTS))).toEqual({ values: RUNWAY_DEFAULTS, errors: {} });
	});

	it('names the row and field of an error, and refuses names a link cannot carry', () => {
		let form = formFromInputs(RUNWAY_DEFAULTS);
		form = updateFormRow(form, 'hires', 0, { field: 'startMonth', text: '121' });
		form = updateFormRow(form, 'hires', 0, { name: 'a\u0000b' });
		form = { ...form, top: { ...form.top, startingCash: '-250,000' }, firstMonth: '2027-13' };
		const { values, errors } = inputsFromForm(form);
		expect(values).toBeNull();
		expect(errors).toEqual({
			firstMonth: 'Pick a month between January 2000 and December 2099.',
			'hires.0.startMonth': 'Must be 120 or less.',
			'hires.0.name': 'Use letters, digits and punctuation only (no control characters).',
		});
	});

	it('accepts negative starting cash', () => {
		const form = formFromInputs(RUNWAY_DEFAULTS);
		expect(inputsFromForm({ ...form, top: { ...form.top, startingCash: '-250,000' } }).values?.startingCash).toBe(
			-250_000,
		);
	});

	it('stops adding rows at what a link carries', () => {
		let form = formFromInputs({ ...RUNWAY_DEFAULTS, hires: [] });
		for (let n = 0; n < LIMITS.hires + 5; n++) form = addFormRow(form, 'hires');
		expect(form.hires).toHaveLength(LIMITS.hires);
		expect(inputsFromForm(form).values?.hires).toHaveLength(LIMITS.hires);
	});
});

function memoryStorage(): Storage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
	} as unknown as Storage & { data: Map<string, string> };
}

describe('runway scenarios', () => {
	it('saves, replaces by name and loads back', () => {
		const storage = memoryStorage();
		let list = withScenario([], { name: 'Base', inputs: RUNWAY_DEFAULTS }).scenarios;
		list = withScenario(list, { name: 'Lean', inputs: { ...RUNWAY_DEFAULTS, otherMonthly: 15_000 } }).scenarios;
		list = withScenario(list, { name: 'Base', inputs: { ...RUNWAY_DEFAULTS, startingCash: 1 } }).scenarios;
		expect(storeScenarios(storage, list)).toBeNull();
		expect(loadScenarios(storage)).toEqual({ scenarios: list });
		expect(list.map((s) => s.name)).toEqual(['Lean', 'Base']);
	});

	it('says so when storage is off or full, and sets aside what it cannot read', () => {
		const full = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(storeScenarios(full, [])).toMatch(/full or switched off/);
		expect(loadScenarios(null).error).toMatch(/not available/);
		const blocked = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {},
		};
		expect(loadScenarios(blocked).error).toMatch(/not available/);
		const storage = memoryStorage();
		storage.data.set(
			STORAGE_KEY,
			JSON.stringify([
				{ name: 'ok', model: RUNWAY_DEFAULTS },
				{ name: 'bad', model: {} },
			]),
		);
		expect(loadScenarios(storage)).toEqual({
			scenarios: [{ name: 'ok', inputs: RUNWAY_DEFAULTS }],
			error: '1 saved scenario(s) could not be read and were left out.',
		});
	});

	it('exports and imports a scenario as JSON, refusing hostile files in words', () => {
		const scenario = { name: 'Base <b>plan</b>', inputs: RUNWAY_DEFAULTS };
		expect(importScenario(exportScenario(scenario))).toEqual({ scenario });
		expect(importScenario('<script>alert(1)</script>')).toEqual({ error: 'The file is not JSON.' });
		expect(importScenario('{"kind":"other"}')).toEqual({ error: 'This is not a runway scenario file.' });
		const hostile = JSON.stringify({
			kind: 'tai-runway-scenario',
			name: 'x',
			model: { ...RUNWAY_DEFAULTS, startingCash: '<img src=x onerror=alert(1)>' },
		});
		expect(importScenario(hostile)).toEqual({
			error: 'The scenario has values that could not be used: Cash at the start.',
		});
	});

	it('compares two scenarios side by side', () => {
		// A: 100,000 at 10,000 a month → 10 months, cash 0 after 12 → no, −20,000 (month 12 = 100,000 − 120,000).
		// B: 160,000 → 16 months; cash after 12 = 40,000; after 24 = −80,000 against A's −140,000.
		const rows = compareScenarios(flat({}), flat({ startingCash: 160_000 }));
		expect(rows).toEqual([
			{
				label: 'Verdict',
				a: 'Dead: cash out Nov 2027',
				b: 'Dead: cash out May 2028',
				difference: 'same verdict, other month',
			},
			{ label: 'Runway', a: '10 months', b: '16 months', difference: '+6 months' },
			{ label: 'Break-even', a: 'not within ten years', b: 'not within ten years', difference: 'same' },
			{ label: 'Cash after 12 months', a: '-$20,000', b: '$40,000', difference: '+$60,000' },
			{ label: 'Cash after 24 months', a: '-$140,000', b: '-$80,000', difference: '+$60,000' },
		]);
	});
});
