// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import RoiCalculator from '../../../src/components/calculators/roi/RoiCalculator';
import { HOSTILE_INPUTS } from '../../fixtures/hostileInputs';
// Parts that load on use, loaded ahead so that a test never waits on the module loader.
import '../../../src/components/calculators/roi/RoiResults';
import '../../../src/components/calculators/roi/ValueReport';

const SHARE = 'https://handbook.example.com/calculators/roi/';
const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const result = (name: string) => document.querySelector(`[data-result="${name}"]`)?.textContent;

beforeEach(() => history.replaceState(null, '', '/calculators/roi/'));
afterEach(cleanup);

describe('RoiCalculator', () => {
	it('shows the default prospect: NPV $285,721, ROI 246%, payback 7 months (tests/unit/lib/calculators/roi.test.ts, go-live on Day 19)', async () => {
		render(<RoiCalculator shareBase={SHARE} />);
		expect(result('npv')).toBe('$285,721');
		expect(result('roi')).toBe('246%');
		expect(result('payback')).toBe('7 months');
		expect(result('annual-benefit')).toBe('$172,800');
		// 142,080 + 2 × 172,800 − 17,600 − 3 × 39,600 = 351,280 (year 1 with go-live on Day 19).
		expect(result('net-benefit')).toBe('$351,280');
		// The tables below the form load on use; rendered without a server, at once.
		await waitFor(() => expect(document.querySelectorAll('[data-scenario]')).toHaveLength(4));
	});

	it('prospect details head the estimate as text, never as markup', async () => {
		render(<RoiCalculator shareBase={SHARE} />);
		fireEvent.input(field(/Prospect company/), { target: { value: '<img src=x onerror=alert(1)>' } });
		fireEvent.input(field(/Prepared by/), { target: { value: 'Dana Lee' } });
		fireEvent.input(field(/^Date/), { target: { value: '2026-11-24' } });
		await waitFor(() =>
			expect(result('prepared')).toBe('Prepared for <img src=x onerror=alert(1)> by Dana Lee, 2026-11-24'),
		);
		expect(document.querySelector('img')).toBeNull();
	});

	it('the URL follows the form, and Reset restores the defaults', async () => {
		render(<RoiCalculator shareBase={SHARE} />);
		fireEvent.input(field(/Loaded hourly cost/), { target: { value: '90' } });
		fireEvent.input(field(/Prospect company/), { target: { value: 'Acme' } });
		await waitFor(() => expect(location.search).toContain('hourlyCost=90'), { timeout: 2000 });
		expect(new URLSearchParams(location.search).get('company')).toBe('Acme');
		fireEvent.click(screen.getByRole('button', { name: 'Reset to the defaults' }));
		await waitFor(() => expect(field(/Loaded hourly cost/).value).toBe('75'));
		expect(field(/Prospect company/).value).toBe('');
		expect(result('npv')).toBe('$285,721');
	});

	it('the share link points at the public prospect view', async () => {
		let copied = '';
		Object.defineProperty(navigator, 'clipboard', {
			configurable: true,
			value: { writeText: async (t: string) => void (copied = t) },
		});
		render(<RoiCalculator shareBase={SHARE} />);
		fireEvent.input(field(/Prospect company/), { target: { value: 'Acme' } });
		fireEvent.click(await screen.findByRole('button', { name: 'Copy share link' }));
		await waitFor(() => expect(copied).toMatch(/^https:\/\/handbook\.example\.com\/calculators\/roi\/\?/));
		expect(copied).toContain('company=Acme');
		expect(copied).toContain('billing=annual');
	});

	it('labels every field with its unit', () => {
		render(<RoiCalculator shareBase={SHARE} />);
		for (const input of document.querySelectorAll('fieldset:not(.hb-prospect) input[type="text"]')) {
			const label = document.querySelector(`label[for="${input.id}"]`);
			expect(label?.textContent, input.id).toMatch(/\((US\$|%|hours|count|months|years|weeks|days)\)/);
		}
	});

	it('a bad value shows a message next to the field, keeps the others and never shows NaN', async () => {
		render(<RoiCalculator shareBase={SHARE} />);
		const cost = field(/Loaded hourly cost/);
		fireEvent.input(cost, { target: { value: 'abc' } });
		await waitFor(() => expect(screen.getByText('Use digits only, such as 1200 or 1,200.50.')).toBeTruthy());
		expect(cost.getAttribute('aria-invalid')).toBe('true');
		expect(cost.getAttribute('aria-describedby')).toContain('roi-hourlyCost-error');
		expect(field(/Hours per month today/).value).toBe('160');
		expect(result('npv')).toBe('$285,721');
		expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
	});

	it('updates results as you type', async () => {
		render(<RoiCalculator shareBase={SHARE} />);
		// Subscription 0: PV costs = 17,600 only; NPV = 401,800.76 − 17,600 = 384,200.76 (go-live on Day 19).
		fireEvent.input(field(/Annual subscription/), { target: { value: '0' } });
		await waitFor(() => expect(result('npv')).toBe('$384,201'));
	});

	it('no field shows NaN, Infinity or a blank result for any hostile input', async () => {
		render(<RoiCalculator shareBase={SHARE} />);
		const inputs = [
			...document.querySelectorAll<HTMLInputElement>('form fieldset:not(.hb-prospect) input[type="text"]'),
		];
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
		render(<RoiCalculator shareBase={SHARE} />);
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
			render(<RoiCalculator shareBase={SHARE} />);
			await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Loaded hourly cost'));
			expect(field(/Hours per month today/).value).toBe('160');
			expect(document.querySelector('script')).toBeNull();
			expect(result('npv')).toBe('$285,721');
		},
	);

	it('switches to the value report mode', async () => {
		render(<RoiCalculator allowModeSwitch shareBase={SHARE} />);
		fireEvent.click(screen.getByLabelText(/Week-1 value report/));
		// 90,000 + 48,000 + 62,400 + 104,000 = 304,400 with the report's example values.
		await waitFor(() => expect(result('report-total')).toBe('$304,400'));
		expect(screen.getByRole('region', { name: 'Week-1 value report' })).toBeTruthy();
		expect(screen.queryByRole('region', { name: 'ROI results' })).toBeNull();
		expect(document.querySelector('[data-result="npv"]')).toBeNull();
		const ids = [...document.querySelectorAll('input[id]')].map((i) => i.id);
		expect(ids.filter((id) => id.startsWith('roi-report-'))).toHaveLength(12);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
