import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Progress } from '~/lib/handbook/checklistStore';
import {
	MAX_IMPORT_BYTES,
	exportJson,
	importMessage,
	importSizeProblem,
	parseImport,
	storeImport,
} from '~/lib/handbook/checklistFile';

const page = '/implementation/go-live/';
const progress: Progress = { t: { 'system-health:0abc123': [1, 5] }, s: {} };

describe('the size limit on imports', () => {
	it('reads a file of up to 1 MB and refuses anything larger, saying both sizes', () => {
		expect(MAX_IMPORT_BYTES).toBe(1_000_000);
		expect(importSizeProblem(0)).toBeNull();
		expect(importSizeProblem(1_000_000)).toBeNull();
		// 1,000,001 bytes = 1.000001 MB, shown to one decimal: 1 MB.
		expect(importSizeProblem(1_000_001)).toBe('The file is 1 MB; a checklist export is at most 1 MB.');
		// 1,450,000 bytes = 1.45 MB → 1.5 MB (one decimal below 10 MB).
		expect(importSizeProblem(1_450_000)).toBe('The file is 1.5 MB; a checklist export is at most 1 MB.');
		// The 40 MB file that once blocked the page for 18 s: 40,000,000 bytes = 40 MB.
		expect(importSizeProblem(40_000_000)).toBe('The file is 40 MB; a checklist export is at most 1 MB.');
	});

	it('an export of the longest checklist (48 items on go-live) for 100 customers fits under the limit', () => {
		const id = (i: number) => `day-18-thursday-go-live-readiness:${i.toString(36).padStart(7, '0')}`;
		const ticks: Progress['t'] = Object.fromEntries(
			Array.from({ length: 60 }, (_, i) => [id(i), [1, 1_764_000_000_000] as [number, number]]),
		);
		const signs: Progress['s'] = Object.fromEntries(
			Array.from({ length: 10 }, (_, i) => [
				id(i),
				['Dana Reyes', '2026-11-20', 1_764_000_000_000] as [string, string, number],
			]),
		);
		const customers: Record<string, Progress> = Object.fromEntries(
			Array.from({ length: 100 }, (_, i) => [`Customer ${i}`, { t: ticks, s: signs }]),
		);
		const bytes = new TextEncoder().encode(exportJson(page, customers)).length;
		expect(importSizeProblem(bytes)).toBeNull();
	});
});

describe('which customers an import names', () => {
	it('a file with no customers is refused instead of "imported for" nobody', () => {
		expect(parseImport(JSON.stringify({ page, customers: {} }), page)).toBe('The file holds no customer progress.');
	});

	it('names every customer kept, in the file order', () => {
		const outcome = storeImport({ 'Acme, Inc.': progress, 'Customer #2': progress }, () => {});
		expect(outcome).toEqual({ saved: ['Acme, Inc.', 'Customer #2'], notSaved: [] });
		expect(importMessage(outcome)).toBe('Imported progress for 2 customers: “Acme, Inc.”, “Customer #2”.');
		expect(importMessage({ saved: ['Acme'], notSaved: [] })).toBe('Imported progress for 1 customer: “Acme”.');
	});

	it('when storage refuses part of it, says who was kept and who was not', () => {
		const stored: string[] = [];
		const outcome = storeImport({ A: progress, B: progress, C: progress }, (name) => {
			if (stored.length === 1) throw new DOMException('full', 'QuotaExceededError');
			stored.push(name);
		});
		expect(stored).toEqual(['A']);
		expect(outcome).toEqual({ saved: ['A'], notSaved: ['B', 'C'] });
		expect(importMessage(outcome)).toBe(
			'Imported progress for 1 customer: “A”. Not saved, because this browser refused to store more (its storage is full or turned off): “B”, “C”. Free some space, then import the file again.',
		);
	});

	it('when storage refuses all of it, says nothing was imported and names everyone', () => {
		const outcome = storeImport({ A: progress, B: progress }, () => {
			throw new Error('SecurityError: storage is turned off');
		});
		expect(importMessage(outcome)).toBe(
			'Nothing imported: this browser refused to store more (its storage is full or turned off), so progress for “A”, “B” was not saved. Free some space, then import the file again.',
		);
	});

	it('property: every customer is either saved or not saved, once, and the message names each', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 8 }),
				fc.func(fc.boolean()),
				(names, fails) => {
					const outcome = storeImport(Object.fromEntries(names.map((n) => [n, progress])), (name) => {
						if (fails(name)) throw new Error('full');
					});
					expect([...outcome.saved, ...outcome.notSaved].sort()).toEqual([...names].sort());
					const message = importMessage(outcome);
					for (const n of names) expect(message).toContain(`“${n}”`);
				},
			),
		);
	});
});
