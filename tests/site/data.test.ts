import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, requireDist, textOf } from './dist';
import { sourceNotes } from '../../src/lib/data/handbookData';

beforeAll(() => requireDist());

const page = (url: string) => {
	const found = htmlPages().find((p) => p.url === url);
	if (!found) throw new Error(`no page ${url}`);
	return found.html;
};

describe('figures rendered from content/data', () => {
	it('the Phase 2 module table shows the computed 2,464 beside the stated 2,564 and links the note', () => {
		const html = page('/plans/phase-2/');
		expect(textOf(html)).toMatch(/Total of the rows 2,464/);
		expect(textOf(html)).toMatch(/Total stated in the plan 2,564/);
		expect(html).toMatch(/data-total-check="mismatch" data-note="phase2-module-loc"/);
		expect(html).toMatch(/href="\/reference\/source-notes\/#phase2-module-loc"/);
	});

	it('the kickoff agenda totals 75 minutes against the 60 scheduled', () => {
		const text = textOf(page('/implementation/kickoff/'));
		expect(text).toMatch(/Agenda total \(computed\) 75/);
		expect(text).toMatch(/The planning document states 60 min/);
	});

	it('the Phase 2 budget total is computed from its lines', () => {
		expect(textOf(page('/plans/phase-2-budget-and-risks/'))).toMatch(/Total \(computed from the lines\) \$215,270/);
	});

	it('the sign-off tracker lists all 13 documents', () => {
		expect(textOf(page('/implementation/sign-off-tracker/'))).toMatch(/13 documents to sign off/);
	});

	it('every source note appears on the source-notes page, with both figures where computed', () => {
		const html = page('/reference/source-notes/');
		for (const note of sourceNotes.notes) {
			expect(html, note.id).toContain(`data-source-note="${note.id}"`);
			expect(html, note.id).toContain(`id="${note.id}"`);
		}
		const text = textOf(html);
		expect(text).toMatch(/Sum of the five modules 2,464 lines Stated total 2,564 lines/);
		expect(text).toMatch(/Sum of agenda blocks 75 minutes Scheduled length 60 minutes/);
		expect(text).toMatch(/Preset peak gross burn \(computed\) 121,763 dollars a month/);
	});

	it('every role has a generated page listing its pages in reading order', () => {
		const html = page('/roles/csm/');
		expect(html).toMatch(/id="read-runbooks"/);
		// Kickoff (sidebar order 2) is read before Baseline (order 3), whatever their titles.
		expect(html.indexOf('href="/implementation/kickoff/"')).toBeGreaterThan(0);
		expect(html.indexOf('href="/implementation/kickoff/"')).toBeLessThan(
			html.indexOf('href="/implementation/baseline/"'),
		);
		expect(html).toMatch(/href="\/implementation\/go-live\/"/);
		const boardMain = page('/roles/board/').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
		expect(textOf(boardMain)).toMatch(/Week 10-13 scaling plan/);
		expect(textOf(boardMain)).not.toMatch(/Sales qualification/);
	});
});
