import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	customerName,
	isSignOffSection,
	mergeProgress,
	readProgress,
	type Progress,
} from '~/lib/handbook/checklistStore';
import { checkProgress, exportJson, parseImport } from '~/lib/handbook/checklistFile';
import { HOSTILE_INPUTS } from '../../../fixtures/hostileInputs';

const hostileStrings = [
	...HOSTILE_INPUTS.map((h) => h.input),
	'<img src=x onerror=alert(1)>',
	'__proto__',
	'a'.repeat(500),
];

const A = 'system-health:0abc123';
const B = 'system-health:1def456';

describe('merging two tabs', () => {
	it("keeps both tabs' ticks, and the later change to the same item", () => {
		const tab1: Progress = { t: { [A]: [1, 100] }, s: {} };
		const tab2: Progress = { t: { [B]: [1, 110], [A]: [0, 120] }, s: { [B]: ['Sam', '2026-11-20', 110] } };
		expect(mergeProgress(tab1, tab2)).toEqual({
			t: { [A]: [0, 120], [B]: [1, 110] },
			s: { [B]: ['Sam', '2026-11-20', 110] },
		});
	});

	it('property: merging is order-independent when times differ, and idempotent', () => {
		const entry = fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 1e6 }));
		const progress = fc.record({ t: fc.dictionary(fc.constantFrom(A, B, 'x:2zzzzzz'), entry), s: fc.constant({}) });
		fc.assert(
			fc.property(progress, progress, (p, q) => {
				const times = new Set([...Object.values(p.t), ...Object.values(q.t)].map((v) => v[1]));
				fc.pre(times.size === Object.values(p.t).length + Object.values(q.t).length);
				expect(mergeProgress(p, q)).toEqual(mergeProgress(q, p));
				expect(mergeProgress(p, p)).toEqual(p);
			}),
		);
	});
});

describe('reading saved progress', () => {
	it('treats anything unreadable as nothing saved', () => {
		for (const raw of [null, '', 'not json', '[]', '{"t":[]}', '"x"', 'null'])
			expect(readProgress(raw)).toEqual({ t: {}, s: {} });
	});
});

describe('export and import', () => {
	const page = '/implementation/go-live/';
	const good: Progress = { t: { [A]: [1, 5] }, s: { 'go-live-approval:0000abc': ['Dana Reyes', '2026-11-20', 6] } };

	it('round-trips what it exports', () => {
		const file = exportJson(page, { 'Customer #2': good });
		expect(parseImport(file, page)).toEqual({ page, customers: { 'Customer #2': good } });
	});

	it('refuses other pages, non-JSON and malformed entries with a sentence', () => {
		expect(parseImport('{', page)).toBe('The file is not JSON exported from a checklist.');
		expect(parseImport(JSON.stringify({ page: '/x/', customers: {} }), page)).toMatch(/another page/);
		expect(parseImport(JSON.stringify({ page, customers: { C: { t: { [A]: [2, 1] }, s: {} } } }), page)).toMatch(
			/^Progress for C: the tick/,
		);
		expect(
			parseImport(JSON.stringify({ page, customers: { C: { t: {}, s: { [A]: ['x', 'tomorrow', 1] } } } }), page),
		).toMatch(/sign-off/);
		expect(parseImport(JSON.stringify({ page, customers: { '   ': good } }), page)).toMatch(/no name/);
	});

	it('hostile strings as ids or names never pass as progress', () => {
		for (const s of hostileStrings) {
			expect(typeof checkProgress({ t: { [s]: [1, 1] }, s: {} })).toBe('string');
			expect(customerName(s).length).toBeLessThanOrEqual(60);
		}
	});
});

it('sign-off sections are recognised by their heading or its parent heading', () => {
	expect(isSignOffSection(['day-18-thursday-go-live-readiness', 'go-live-approval'])).toBe(true);
	expect(isSignOffSection(['milestone-sign-offs', 'done'])).toBe(true);
	expect(isSignOffSection(['day-18-thursday-go-live-readiness', 'system-health'])).toBe(false);
});
