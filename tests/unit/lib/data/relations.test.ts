import { describe, expect, it } from 'vitest';
import { readData } from '~/lib/data/registry';
import { RELATION_CHECKS, relationProblem } from '~/lib/data/relations';
import { hoursTotal, moduleLocTotal } from '~/lib/data/totals';

/** Every relation's problem (the internal build's view: all relations). */
function relationProblems(): string[] {
	return readData('relations').relations.flatMap((relation) => {
		const compute = RELATION_CHECKS[relation.id];
		if (!compute) return [`relation ${relation.id}: no computation in src/lib/data/relations.ts`];
		const problem = relationProblem(relation, compute());
		return problem ? [problem] : [];
	});
}

const relation = (id: string) => {
	const found = readData('relations').relations.find((r) => r.id === id);
	if (!found) throw new Error(`no relation ${id}`);
	return found;
};

describe('relations between rows and stated figures', () => {
	it('every relation is what the data records, and each has a computation', () => {
		expect(relationProblems()).toEqual([]);
		for (const r of readData('relations').relations) expect(RELATION_CHECKS[r.id], r.id).toBeTypeOf('function');
	});

	it('every relation that does not hold names a source note that exists', () => {
		const notes = new Set(readData('source-notes').notes.map((n) => n.id));
		for (const r of readData('relations').relations.filter((r) => !r.holds))
			expect(notes.has(r.note!), r.id).toBe(true);
	});

	it('a Phase 2 hours row changed from 75 to 57 is a problem, and no note is offered for the new gap', () => {
		// 90 + 85 + 57 + 70 = 302 against the stated 320
		const resources = readData('phase2-resources');
		const edited = {
			...resources,
			hoursByWeek: resources.hoursByWeek.map((w) => (w.hours === 75 ? { ...w, hours: 57 } : w)),
		};
		const problem = relationProblem(relation('phase2-hours-by-week'), hoursTotal(edited));
		expect(problem).toMatch(/relation phase2-hours-by-week: the rows now give 302 against the stated 320/);
		expect(problem).toMatch(/no source note explains a gap/);
	});

	it('a module row changed so the known gap moves names the note that explained the old gap', () => {
		// 503 + 450 + 661 + 400 + 350 = 2,364, not the 2,464 the note explains
		const modules = readData('phase2-modules');
		const edited = { ...modules, modules: modules.modules.map((m, i) => (i === 4 ? { ...m, loc: 350 } : m)) };
		expect(relationProblem(relation('phase2-module-loc'), moduleLocTotal(edited))).toMatch(
			/relation phase2-module-loc: the rows now give 2364, not the 2464 that source note "phase2-module-loc" explains/,
		);
	});

	it('a gap that closes is a problem too: its note would explain nothing', () => {
		// 503 + 450 + 661 + 400 + 550 = 2,564, as stated
		const modules = readData('phase2-modules');
		const edited = { ...modules, modules: modules.modules.map((m, i) => (i === 4 ? { ...m, loc: 550 } : m)) };
		expect(relationProblem(relation('phase2-module-loc'), moduleLocTotal(edited))).toMatch(/no longer exists/);
	});
});
