import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checklistKey,
	customerList,
	customerName,
	isCustomerChecklistPage,
	isSignOffSection,
	itemDone,
	mergeProgress,
	readProgress,
	type Progress,
} from '~/lib/handbook/checklistStore';
import { dueDay, pageProgress } from '~/lib/handbook/checklistProgress';
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

describe('customer work and personal lists', () => {
	it('only the implementation pages are kept per customer', () => {
		expect(isCustomerChecklistPage('/implementation/go-live/')).toBe(true);
		expect(isCustomerChecklistPage('/handbook/implementation/go-live/', '/handbook/')).toBe(true);
		expect(isCustomerChecklistPage('/start/getting-started/')).toBe(false);
		expect(isCustomerChecklistPage('/runbooks/incident-response/')).toBe(false);
		expect(isCustomerChecklistPage('/implementation/')).toBe(false);
	});

	it('the customer list is the defaults, then those added, each once', () => {
		expect(customerList(null)).toEqual(['Customer #1', 'Customer #2', 'Customer #3']);
		expect(customerList('["Acme", "Customer #2", "  Acme  "]')).toEqual([
			'Customer #1',
			'Customer #2',
			'Customer #3',
			'Acme',
		]);
		expect(customerList('not json')).toHaveLength(3);
		expect(checklistKey('/implementation/go-live/', 'Customer #2')).toBe(
			'hb-checklist:/implementation/go-live/:Customer #2',
		);
	});
});

describe('what counts as done', () => {
	const id = 'go-live-approval:0000abc';
	it('a sign-off is done once its name and date are recorded, and not by a tick alone', () => {
		expect(itemDone({ t: { [id]: [1, 1] }, s: {} }, id, true)).toBe(false);
		expect(itemDone({ t: {}, s: { [id]: ['Dana Reyes', '', 1] } }, id, true)).toBe(false);
		expect(itemDone({ t: {}, s: { [id]: ['  ', '2026-11-20', 1] } }, id, true)).toBe(false);
		expect(itemDone({ t: {}, s: { [id]: ['Dana Reyes', '2026-11-20', 1] } }, id, true)).toBe(true);
		expect(itemDone({ t: {}, s: { [id]: ['Dana Reyes', '2026-13-40', 1] } }, id, true)).toBe(false);
		expect(itemDone({ t: { [id]: [1, 1] }, s: {} }, id, false)).toBe(true);
	});

	it('the due day comes from the nearest heading that names one, the last day of a range', () => {
		expect(dueDay(['Morning (9:00-11:00): CSM preparation', 'Day 1: internal readiness', 'Kickoff (Days 1-3)'])).toBe(
			1,
		);
		expect(dueDay(['', 'Days 5-6 (Friday-Saturday): gathering and analysis', 'Baseline (Days 4-7)'])).toBe(6);
		expect(dueDay(['', 'Week 8 is complete when', 'Integration and data ingestion (Days 8-14)'])).toBe(14);
		expect(dueDay(['Signed', 'Document sign-offs', 'Sign-off tracker'])).toBeNull();
	});

	it('a page: done of total, open sign-offs and the earliest day still open', () => {
		const items = [
			{ id: 'a:0000001', signOff: false, due: 4 },
			{ id: 'b:0000002', signOff: true, due: 7 },
			{ id: 'c:0000003', signOff: true, due: 7 },
			{ id: 'd:0000004', signOff: false, due: null },
		];
		const progress: Progress = {
			t: { 'a:0000001': [1, 1], 'b:0000002': [1, 1] },
			s: { 'c:0000003': ['Sam Lee', '2026-11-21', 2] },
		};
		// a ticked; b ticked but unsigned (open); c signed; d open without a day → 2 of 4, one sign-off open, Day 7.
		expect(pageProgress(items, progress)).toEqual({ done: 2, total: 4, openSignOffs: 1, nextDue: 7 });
		expect(pageProgress(items, { t: {}, s: {} }).nextDue).toBe(4);
	});

	it('property: a page never counts more done than it has, and done plus open is at most the total', () => {
		const item = fc.record({
			id: fc.constantFrom(A, B, 'x:2zzzzzz'),
			signOff: fc.boolean(),
			due: fc.option(fc.nat(30), { nil: null }),
		});
		const progress = fc.record({
			t: fc.dictionary(fc.constantFrom(A, B), fc.tuple(fc.constantFrom(0, 1), fc.nat())),
			s: fc.dictionary(fc.constantFrom(A, B), fc.tuple(fc.string(), fc.constantFrom('', '2026-11-20', 'x'), fc.nat())),
		});
		fc.assert(
			fc.property(fc.array(item, { maxLength: 8 }), progress, (items, p) => {
				const r = pageProgress(items, p as Progress);
				expect(r.done).toBeLessThanOrEqual(r.total);
				expect(r.done + r.openSignOffs).toBeLessThanOrEqual(r.total);
			}),
		);
	});

	it('the printed header takes any name as a CSS string: JSON escapes what could end it', () => {
		// A CSS string ends only at an unescaped quote or a newline; JSON escapes both.
		for (const name of ['Customer #2', 'a"b', 'a\\b', 'x\ny', '"; } body { display: none']) {
			const css = JSON.stringify(name);
			expect(css.slice(1, -1)).not.toMatch(/(^|[^\\])"|\n/);
		}
	});
});
