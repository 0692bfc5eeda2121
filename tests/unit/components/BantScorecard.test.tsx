// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import rubricRaw from '../../../content/data/bant-rubric.yaml';
import { bantRubricSchema } from '../../../src/lib/calculators/bant/schema';
import BantScorecard from '../../../src/components/calculators/BantScorecard';

const rubric = bantRubricSchema.parse(rubricRaw);
const result = (name: string) => document.querySelector(`[data-result="${name}"]`)?.textContent;
const pick = (criterion: string, level: number) =>
	fireEvent.click(document.querySelector(`input[name="bant-${criterion}"][value="${level}"]`)!);

beforeEach(() => history.replaceState(null, '', '/calculators/bant/'));
afterEach(cleanup);

describe('BantScorecard', () => {
	it('starts at 0: NO-GO, every criterion to follow up', () => {
		render(<BantScorecard rubric={rubric} />);
		expect(result('score')).toBe('0');
		expect(result('decision')).toBe('NO-GO');
		expect(screen.getByText('Ask on the follow-up')).toBeTruthy();
	});

	it('scores a lead as the levels are picked', async () => {
		render(<BantScorecard rubric={rubric} />);
		// 25 + 25 + 30 = 80 → GO
		pick('budget', 3);
		pick('authority', 3);
		pick('need', 3);
		await waitFor(() => expect(result('decision')).toBe('GO'));
		expect(result('score')).toBe('80');
		expect(result('next-step')).toMatch(/24-hour SLO/);
	});

	it('a hard stop turns GO into NO-GO with the reason', async () => {
		render(<BantScorecard rubric={rubric} />);
		for (const c of ['budget', 'authority', 'need', 'timeline']) pick(c, 3);
		fireEvent.click(screen.getByLabelText('The problem is not one TAI solves'));
		await waitFor(() => expect(result('decision')).toBe('NO-GO'));
		expect(screen.getByText('Hard stop: The problem is not one TAI solves.')).toBeTruthy();
	});

	it('reads a shared link and refuses a hostile one', async () => {
		history.replaceState(null, '', '/calculators/bant/?budget=2&authority=2&need=2&timeline=2');
		const first = render(<BantScorecard rubric={rubric} />);
		await waitFor(() => expect(result('decision')).toBe('NURTURE'));
		first.unmount();
		history.replaceState(null, '', '/calculators/bant/?budget=%3Cscript%3Ealert(1)%3C/script%3E&need=3');
		render(<BantScorecard rubric={rubric} />);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Budget'));
		expect(result('score')).toBe('0');
		expect(document.querySelector('script')).toBeNull();
	});
});
