/**
 * The relations pages assert between data rows and stated figures
 * (content/data/relations.yaml), computed from the rows. A relation that no
 * longer is what the data records (a row edited, a total restated) is a
 * problem naming the relation and its source note: the build stops on it and
 * the tests list it, so a table never links a note that explains another gap.
 */
import { readData } from './registry';
import { meeting } from './meetings';
import { scalingPlanBurnCheck } from './scalingPreset';
import {
	agendaMinutes,
	budgetTotal,
	checkTotal,
	contingencyCheck,
	engineeringCheck,
	hoursTotal,
	moduleLocTotal,
	packagePagesTotal,
	tasksTotal,
	type TotalCheck,
} from './totals';

const agenda = (id: string) => {
	const check = agendaMinutes(meeting(id));
	if (!check) throw new Error(`meeting "${id}" has no timed agenda to check`);
	return check;
};
const required = <T>(value: T | null | undefined, what: string): T => {
	if (value === null || value === undefined) throw new Error(`the data has no ${what} to check`);
	return value;
};

/** How each relation is computed. Internal ones read internal data and run only in the internal build. */
export const RELATION_CHECKS: Record<string, () => TotalCheck> = {
	'phase2-module-loc': () => moduleLocTotal(readData('phase2-modules')),
	'phase2-hours-by-week': () => hoursTotal(readData('phase2-resources')),
	'phase2-checklist-items': () => tasksTotal(readData('phase2-resources')),
	'phase2-hours-vs-budget': () => {
		const hours = hoursTotal(readData('phase2-resources')).computed;
		const engineering = readData('phase2-budget').lines.find((l) => l.hours !== undefined);
		return checkTotal(hours, required(engineering?.hours ?? null, 'budgeted engineering hours'));
	},
	'phase2-budget-total': () => budgetTotal(readData('phase2-budget')),
	'phase2-engineering-line': () => required(engineeringCheck(readData('phase2-budget')), 'engineering line'),
	'phase2-contingency-line': () => required(contingencyCheck(readData('phase2-budget')), 'contingency line'),
	'kickoff-agenda-minutes': () => agenda('kickoff'),
	'customer-training-agenda-minutes': () => agenda('customer-training'),
	'weekly-customer-sync-agenda-minutes': () => agenda('weekly-customer-sync'),
	'package-pages': () => packagePagesTotal(readData('package-documents')),
	'scaling-plan-burn': () => {
		const { computed, stated } = scalingPlanBurnCheck();
		return checkTotal(computed, stated);
	},
};

export type Relation = ReturnType<typeof readData<'relations'>>['relations'][number];

/** What is wrong with a relation today, in words that name its note; null when the data is as recorded. */
export function relationProblem(relation: Relation, check: TotalCheck): string | null {
	const recorded = relation.computed ?? relation.internalComputed;
	if (relation.holds && !check.matches)
		return `relation ${relation.id}: the rows now give ${check.computed} against the stated ${check.stated}, but content/data/relations.yaml records that they agree and no source note explains a gap`;
	if (!relation.holds && check.matches)
		return `relation ${relation.id}: the rows now agree with the stated ${check.stated}; source note "${relation.note}" explains a gap that no longer exists`;
	if (!relation.holds && recorded !== check.computed)
		return `relation ${relation.id}: the rows now give ${check.computed}, not the ${recorded} that source note "${relation.note}" explains`;
	return null;
}

/** A relation by id with its computed check; the build stops when it is not what the data records. */
export function relationCheck(id: string): { check: TotalCheck; note: string | undefined } {
	const relation = readData('relations').relations.find((r) => r.id === id);
	if (!relation) throw new Error(`content/data/relations.yaml has no relation "${id}"`);
	const compute = RELATION_CHECKS[id];
	if (!compute) throw new Error(`relation "${id}" has no computation in src/lib/data/relations.ts`);
	const check = compute();
	const problem = relationProblem(relation, check);
	if (problem) throw new Error(problem);
	return { check, note: relation.note };
}
