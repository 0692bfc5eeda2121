// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import RunwayCalculator from '../../../src/components/calculators/RunwayCalculator';
import { scalingPlanPreset } from '../../../src/lib/data/scalingPreset';
import { writeRunwayUrl } from '../../../src/lib/calculators/runway/urlState';
import { RUNWAY_DEFAULTS } from '../../../src/lib/calculators/runway/schema';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';

const result = (name: string) => document.querySelector(`[data-result="${name}"]`)?.textContent;
const presets = [{ id: 'scaling-plan', label: 'Week 10-13 scaling plan', note: 'test', inputs: scalingPlanPreset() }];

beforeEach(() => history.replaceState(null, '', '/calculators/runway/'));
afterEach(cleanup);

describe('RunwayCalculator', () => {
	it('shows the default model', () => {
		// Month 1: hire not started; other 20,000 + infrastructure 100 = 20,100 gross; MRR 10,000 → net 10,100.
		render(<RunwayCalculator />);
		expect(result('gross-burn-1')).toBe('$20,100');
		expect(result('net-burn-1')).toBe('$10,100');
	});

	it('loads the scaling-plan preset and reacts to a later CTO start', async () => {
		render(<RunwayCalculator presets={presets} />);
		fireEvent.click(screen.getByRole('button', { name: /Load preset/ }));
		// 34,666.67 + 8,333.33 + 430 + 45,000 = 88,430 gross; − 13,333 MRR = 75,097 net.
		await waitFor(() => expect(result('gross-burn-1')).toBe('$88,430'));
		expect(result('runway-months')).toBe('8 months');
		const start = screen.getAllByLabelText(/Start month/)[0] as HTMLInputElement;
		fireEvent.input(start, { target: { value: '12' } });
		await waitFor(() => expect(result('runway-months')).not.toBe('8 months'));
	});

	it('every hostile input in a field gives an error or a number, never NaN', async () => {
		render(<RunwayCalculator />);
		const cash = screen.getByLabelText(/Cash at the start/) as HTMLInputElement;
		for (const { input, expect: expected } of HOSTILE_INPUTS) {
			fireEvent.input(cash, { target: { value: input } });
			await waitFor(() => expect(cash.value).toBe(input));
			if (expected === 'error' || (typeof expected === 'object' && expected.value < 0)) {
				expect(cash.getAttribute('aria-invalid'), input.slice(0, 20)).toBe('true');
			}
			expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
			expect(result('runway')).toMatch(/runway|Cash/);
		}
	});

	it('round-trips a model through the share link', async () => {
		history.replaceState(
			null,
			'',
			`/calculators/runway/?${writeRunwayUrl({ ...RUNWAY_DEFAULTS, otherMonthly: 30_000 })}`,
		);
		render(<RunwayCalculator />);
		// 30,000 + 100 = 30,100 gross, net 20,100.
		await waitFor(() => expect(result('gross-burn-1')).toBe('$30,100'));
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
});
