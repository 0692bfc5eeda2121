// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import RoiCalculator from '../../../src/components/calculators/RoiCalculator';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const result = (name: string) => document.querySelector(`[data-result="${name}"]`)?.textContent;

beforeEach(() => history.replaceState(null, '', '/calculators/roi/'));
afterEach(cleanup);

describe('RoiCalculator', () => {
	it('shows the default prospect: NPV $384,797, ROI 333%, payback 1.5 months', () => {
		render(<RoiCalculator />);
		expect(result('npv')).toBe('$384,797');
		expect(result('roi')).toBe('333%');
		expect(result('payback')).toBe('1.5 months');
	});

	it('labels every field with its unit', () => {
		render(<RoiCalculator />);
		for (const input of document.querySelectorAll('input[type="text"]')) {
			const label = document.querySelector(`label[for="${input.id}"]`);
			expect(label?.textContent, input.id).toMatch(/\((US\$|%|hours|count|months|years|weeks)\)/);
		}
	});

	it('a bad value shows a message next to the field, keeps the others and never shows NaN', async () => {
		render(<RoiCalculator />);
		const cost = field(/Loaded hourly cost/);
		fireEvent.input(cost, { target: { value: 'abc' } });
		await waitFor(() => expect(screen.getByText('Use digits only, such as 1200 or 1,200.50.')).toBeTruthy());
		expect(cost.getAttribute('aria-invalid')).toBe('true');
		expect(cost.getAttribute('aria-describedby')).toContain('roi-hourlyCost-error');
		expect(field(/Hours per month today/).value).toBe('160');
		expect(result('npv')).toBe('$384,797');
		expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
	});

	it('updates results as you type', async () => {
		render(<RoiCalculator />);
		// Subscription 0: PV costs = 16,000 only; NPV = 500,270.85 − 16,000 = 484,270.85.
		fireEvent.input(field(/Annual subscription/), { target: { value: '0' } });
		await waitFor(() => expect(result('npv')).toBe('$484,271'));
	});

	it('no field shows NaN, Infinity or a blank result for any hostile input', async () => {
		render(<RoiCalculator />);
		const inputs = [...document.querySelectorAll<HTMLInputElement>('form input[type="text"]')];
		for (const input of inputs) {
			for (const { input: text } of HOSTILE_INPUTS) {
				fireEvent.input(input, { target: { value: text } });
				const npv = result('npv');
				expect(npv, `${input.id} ← ${text.slice(0, 20)}`).toMatch(/^-?\$[0-9,]+$/);
				expect(document.querySelector('script')).toBeNull();
			}
			fireEvent.input(input, { target: { value: '1' } });
		}
		expect(document.body.textContent).not.toMatch(/NaN|Infinity|-\$0(?![0-9,])/);
	});

	it('loads values from a shared link', async () => {
		history.replaceState(null, '', '/calculators/roi/?hourlyCost=90&years=5');
		render(<RoiCalculator />);
		await waitFor(() => expect(field(/Loaded hourly cost/).value).toBe('90'));
		expect(field(/Horizon/).value).toBe('5');
	});

	it.each([['<script>alert(1)</script>'], ['1e308'], ['-5'], [''], ['9'.repeat(400)]])(
		'falls back to the defaults with a visible notice for hourlyCost=%j',
		async (value) => {
			history.replaceState(
				null,
				'',
				`/calculators/roi/?${new URLSearchParams({ hourlyCost: value, hoursBefore: '1' })}`,
			);
			render(<RoiCalculator />);
			await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Loaded hourly cost'));
			expect(field(/Hours per month today/).value).toBe('160');
			expect(document.querySelector('script')).toBeNull();
			expect(result('npv')).toBe('$384,797');
		},
	);

	it('switches to the value report mode', async () => {
		render(<RoiCalculator allowModeSwitch />);
		fireEvent.click(screen.getByLabelText(/Week-1 value report/));
		// 90,000 + 48,000 + 62,400 + 104,000 = 304,400 with the report's example values.
		await waitFor(() => expect(result('report-total')).toBe('$304,400'));
	});
});
