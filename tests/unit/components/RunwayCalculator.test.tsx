// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import RunwayCalculator from '../../../src/components/calculators/runway/RunwayCalculator';
import { scalingPlanPreset } from '../../../src/lib/data/scalingPreset';
import { writeRunwayHash } from '../../../src/lib/calculators/runway/urlState';
import { readRunwayUrl } from '../../../src/lib/calculators/runway/model';
import { RUNWAY_DEFAULTS } from '../../../src/lib/calculators/runway/schema';
import { STORAGE_KEY } from '../../../src/lib/calculators/runway/scenarios';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';
// Parts that load on use, loaded ahead so that a test never waits on the module loader.
import '../../../src/components/calculators/runway/RunwayReport';
import '../../../src/components/calculators/runway/RunwayFormRest';

const result = (name: string) => document.querySelector(`[data-result="${name}"]`)?.textContent;
const presets = [{ id: 'scaling-plan', label: 'Week 10-13 scaling plan', note: 'test', inputs: scalingPlanPreset() }];
const hireRow = (role: string) =>
	[...document.querySelectorAll<HTMLElement>('[data-row="hires"]')].find((r) => r.getAttribute('aria-label') === role)!;

beforeEach(() => {
	history.replaceState(null, '', '/calculators/runway/');
	localStorage.clear();
});
afterEach(cleanup);

describe('RunwayCalculator', () => {
	it('shows the default model, its verdict and calendar months', async () => {
		// Month 1: hire not started; other 20,000 + infrastructure 100 = 20,100 gross; MRR 10,000 → net 10,100.
		render(<RunwayCalculator />);
		// The board summary below the form loads on use; rendered without a server, at once.
		await waitFor(() => expect(result('gross-burn-1')).toBe('$20,100'));
		expect(result('net-burn-1')).toBe('$10,100');
		// Break-even in month 26 of a model starting January 2027 (see runway.test.ts).
		expect(result('verdict')).toMatch(/^Default alive: expenses covered from February 2029/);
		expect(result('break-even')).toBe('Feb 2029');
		// A plain visit keeps a plain address; the model goes into it on the first edit.
		expect(location.hash).toBe('');
	});

	it('loads the scaling-plan preset; a later CTO start adds runway and says so next to the verdict', async () => {
		render(<RunwayCalculator presets={presets} />);
		fireEvent.click(screen.getByRole('button', { name: /Load preset/ }));
		// 34,666.67 + 8,333.33 + 430 + 45,000 = 88,430 gross; − 13,333 MRR = 75,097 net.
		await waitFor(() => expect(result('gross-burn-1')).toBe('$88,430'));
		expect(result('runway-months')).toBe('7 months');
		const start = within(hireRow('CTO / VP Engineering')).getByLabelText(/Start month/) as HTMLInputElement;
		fireEvent.input(start, { target: { value: '12' } });
		await waitFor(() => expect(result('change')).toMatch(/^Runway \+[0-9]+ months? \(was 7 months\)\.$/));
		expect(within(hireRow('CTO / VP Engineering')).getByText('Dec 2027')).toBeTruthy();
		// The address follows the model.
		await waitFor(() => expect(readRunwayUrl(location.search, location.hash)?.value?.hires[0]?.startMonth).toBe(12));
	});

	it('every hostile input in a field gives an error or a number, never NaN', async () => {
		render(<RunwayCalculator />);
		const cash = screen.getByLabelText(/Cash at the start/) as HTMLInputElement;
		await waitFor(() => expect(result('runway')).toMatch(/runway|Cash/));
		for (const { input, expect: expected } of HOSTILE_INPUTS) {
			fireEvent.input(cash, { target: { value: input } });
			await waitFor(() => expect(cash.value).toBe(input));
			// Negative starting cash is allowed (an overdrawn company); everything else refused stays refused.
			expect(cash.getAttribute('aria-invalid'), input.slice(0, 20)).toBe(expected === 'error' ? 'true' : 'false');
			expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
			expect(result('runway')).toMatch(/runway|Cash/);
		}
	});

	it('opens a model from its share link', async () => {
		history.replaceState(
			null,
			'',
			`/calculators/runway/#${writeRunwayHash({ ...RUNWAY_DEFAULTS, otherMonthly: 30_000 })}`,
		);
		render(<RunwayCalculator />);
		// 30,000 + 100 = 30,100 gross, net 20,100.
		await waitFor(() => expect(result('gross-burn-1')).toBe('$30,100'));
		expect(result('change')).toBe('');
	});

	it('refuses a hostile model link with a notice', async () => {
		history.replaceState(
			null,
			'',
			`/calculators/runway/?model=${encodeURIComponent('{"startingCash":"<script>alert(1)</script>"}')}`,
		);
		render(<RunwayCalculator />);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Cash at the start'));
		expect(document.querySelector('script')).toBeNull();
		expect(result('gross-burn-1')).toBe('$20,100');
	});

	it('saves a scenario and compares it with the current model', async () => {
		render(<RunwayCalculator />);
		fireEvent.click(await screen.findByRole('button', { name: 'Save scenario' }));
		await waitFor(() => expect(screen.getByText('Saved “Base” in this browser.')).toBeTruthy());
		expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toHaveLength(1);
		fireEvent.input(screen.getByLabelText(/Cash at the start/), { target: { value: '100000' } });
		const table = await waitFor(() => document.querySelector('[data-result="comparison"]')!);
		expect(table.textContent).toContain('Base (A) and Current model (B)');
		expect(table.textContent).toContain('−$400,000');
	});

	it('stops adding hires at what a link carries, and says so', async () => {
		render(<RunwayCalculator />);
		const add = (await screen.findByRole('button', { name: 'Add hire' })) as HTMLButtonElement;
		for (let n = 0; n < 49; n++) fireEvent.click(add);
		await waitFor(() => expect(add.disabled).toBe(true));
		expect(screen.getByText(/50 is the most a share link carries/)).toBeTruthy();
	});
});
