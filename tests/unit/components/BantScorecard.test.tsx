// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import rubricRaw from '../../../content/data/bant-rubric.yaml';
import { bantRubricSchema } from '../../../src/lib/calculators/bant/schema';
import BantScorecard from '../../../src/components/calculators/bant/BantScorecard';
// Parts that load on use, loaded ahead so that a test never waits on the module loader.
import '../../../src/components/calculators/bant/SavedLeads';
import '../../../src/components/calculators/bant/BantSummary';

const rubric = bantRubricSchema.parse(rubricRaw);
/** Renders the scorecard and waits for its parts below the form (they load on use; without a server, at once). */
async function renderScorecard() {
	const view = render(<BantScorecard rubric={rubric} roiHref="/calculators/roi/" />);
	await waitFor(() => expect(document.querySelector('[data-result="decision"]')).not.toBeNull());
	return view;
}
const result = (name: string) => document.querySelector(`[data-result="${name}"]`)?.textContent;
const pick = (criterion: string, level: number) =>
	fireEvent.click(document.querySelector(`input[name="bant-${criterion}"][value="${level}"]`)!);

beforeEach(() => {
	history.replaceState(null, '', '/calculators/bant/');
	localStorage.clear();
});
afterEach(cleanup);

describe('BantScorecard', () => {
	it('starts as "Not scored yet", with no decision and nothing to follow up', async () => {
		await renderScorecard();
		expect(result('decision')).toBe('Not scored yet');
		expect(document.body.textContent).not.toContain('NO-GO:');
		expect(screen.queryByText('Ask on the follow-up')).toBeNull();
	});

	it('Need 0 with everything else at 3 is NO-GO, never a proposal', async () => {
		await renderScorecard();
		// 25 + 25 + 0 + 20 = 70 would be GO, but "No problem TAI solves" is a stop.
		for (const c of ['budget', 'authority', 'timeline']) pick(c, 3);
		pick('need', 0);
		await waitFor(() => expect(result('decision')).toBe('NO-GO'));
		expect(result('score')).toBe('70');
		expect(document.body.textContent).not.toMatch(/24-hour SLO/);
		expect(document.querySelector('[data-result="open-roi"]')).toBeNull();
	});

	it('a GO lead links to the ROI calculator with its company, and is saved, edited and deleted', async () => {
		await renderScorecard();
		fireEvent.input(screen.getByLabelText('Lead name'), { target: { value: 'Sam Ortiz' } });
		fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Acme & Co' } });
		for (const c of ['budget', 'authority', 'need', 'timeline']) pick(c, 3);
		await waitFor(() => expect(result('decision')).toBe('GO'));
		const link = document.querySelector<HTMLAnchorElement>('[data-result="open-roi"]')!;
		expect(link.getAttribute('href')).toBe('/calculators/roi/?company=Acme+%26+Co');
		fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));
		await waitFor(() => expect(screen.getByRole('row', { name: /Sam Ortiz, Acme & Co/ })).toBeTruthy());
		expect(JSON.parse(localStorage.getItem('tai-bant-leads-v1')!)).toHaveLength(1);
		fireEvent.click(screen.getByRole('button', { name: 'New lead' }));
		await waitFor(() => expect(result('decision')).toBe('Not scored yet'));
		fireEvent.click(screen.getByRole('button', { name: 'Edit Sam Ortiz, Acme & Co' }));
		await waitFor(() => expect(result('decision')).toBe('GO'));
		fireEvent.click(screen.getByRole('button', { name: 'Delete Sam Ortiz, Acme & Co' }));
		await waitFor(() => expect(screen.getByText('No leads saved yet.')).toBeTruthy());
		expect(JSON.parse(localStorage.getItem('tai-bant-leads-v1')!)).toEqual([]);
	});

	it('says so when stored leads are unreadable, and shows none', async () => {
		localStorage.setItem('tai-bant-leads-v1', '[{"id":"x","name":"<b>"}]');
		await renderScorecard();
		await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not in the expected form'));
	});

	it('scores a lead as the levels are picked: a high score with Timeline below its minimum is NURTURE, not a proposal', async () => {
		await renderScorecard();
		pick('budget', 3);
		pick('authority', 3);
		pick('need', 3);
		pick('timeline', 1);
		// 25 + 25 + 30 + 20/3 = 86.67 → 87, but Timeline 1 is below its GO minimum of 2 → NURTURE
		await waitFor(() => expect(result('decision')).toBe('NURTURE'));
		expect(result('score')).toBe('87');
		expect(result('why')).toBe('Timeline is below its GO minimum');
		expect(result('next-step')).not.toMatch(/24-hour SLO/);
		expect(result('gaps')).toContain(rubric.criteria[3]!.gate.nextStep);
		expect(document.querySelector('[data-result="open-roi"]')).toBeNull();
		pick('timeline', 2);
		await waitFor(() => expect(result('decision')).toBe('GO'));
		expect(result('next-step')).toMatch(/24-hour SLO/);
		expect(result('clock')).toMatch(/^Proposal due in 2[34] h/);
	});

	it("shows each criterion's GO minimum and who set it", async () => {
		await renderScorecard();
		expect(document.querySelector('[data-gate="budget"]')?.textContent).toBe(
			'GO needs level 2 or above (set by the VP Sales)',
		);
	});

	it('keeps the lead in progress across a reload', async () => {
		const first = await renderScorecard();
		fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Half Done Ltd' } });
		pick('budget', 2);
		pick('need', 3);
		await waitFor(() => expect(localStorage.getItem('tai-bant-draft-v1')).toContain('Half Done Ltd'));
		first.unmount();
		await renderScorecard();
		await waitFor(() => expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Half Done Ltd'));
		expect(document.querySelector<HTMLInputElement>('input[name="bant-budget"][value="2"]')!.checked).toBe(true);
		expect(result('decision')).toBe('No decision yet');
		fireEvent.click(screen.getByRole('button', { name: 'New lead' }));
		await waitFor(() => expect(localStorage.getItem('tai-bant-draft-v1')).toBeNull());
	});

	it('a full score with a hard stop says which stop, beside NO-GO', async () => {
		await renderScorecard();
		for (const c of ['budget', 'authority', 'need', 'timeline']) pick(c, 3);
		fireEvent.click(screen.getByLabelText('No path to a decision maker'));
		await waitFor(() => expect(result('decision')).toBe('NO-GO'));
		expect(result('why')).toBe('Hard stop: No path to a decision maker');
		expect(document.querySelector('.hb-headline')?.textContent).toBe('NO-GO: Hard stop: No path to a decision maker');
		expect(document.querySelector('.hb-score-line')?.textContent).toContain('does not count: a stop decides');
	});

	it('a hard stop turns GO into NO-GO with the reason', async () => {
		await renderScorecard();
		for (const c of ['budget', 'authority', 'need', 'timeline']) pick(c, 3);
		fireEvent.click(screen.getByLabelText('The problem is not one TAI solves'));
		await waitFor(() => expect(result('decision')).toBe('NO-GO'));
		expect(screen.getByText('Hard stop: The problem is not one TAI solves.')).toBeTruthy();
	});

	it('reads a shared link and refuses a hostile one', async () => {
		history.replaceState(null, '', '/calculators/bant/?budget=1&authority=2&need=2&timeline=2');
		const first = await renderScorecard();
		// Budget 1 is below its GO minimum of 2; 25/3 + (25 + 30 + 20) × 2/3 = 58.33 ≥ 40 → NURTURE
		await waitFor(() => expect(result('decision')).toBe('NURTURE'));
		first.unmount();
		history.replaceState(null, '', '/calculators/bant/?budget=%3Cscript%3Ealert(1)%3C/script%3E&need=3');
		await renderScorecard();
		await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Budget'));
		expect(result('decision')).toBe('Not scored yet');
		expect(document.querySelector('script')).toBeNull();
	});

	it('says so when the browser refuses to store a lead, and keeps the lead on screen', async () => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		try {
			await renderScorecard();
			fireEvent.input(screen.getByLabelText('Lead name'), { target: { value: 'Sam' } });
			pick('need', 2);
			fireEvent.click(screen.getByRole('button', { name: 'Save lead' }));
			await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('could not be saved'));
			expect((screen.getByLabelText('Lead name') as HTMLInputElement).value).toBe('Sam');
		} finally {
			Storage.prototype.setItem = setItem;
		}
	});
});
