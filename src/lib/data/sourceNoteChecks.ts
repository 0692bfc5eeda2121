/**
 * The computed side of each source note that has one: the figure the rows add
 * up to against the figure the planning document states.
 */
import { readData } from './registry';
import { RELATION_CHECKS } from './relations';
import { checkTotal, sum, type TotalCheck } from './totals';

export type NoteCheck = TotalCheck & {
	unit: string;
	computedLabel: string;
	statedLabel: string;
	fractionDigits: number;
};

const withLabels = (
	check: TotalCheck | null,
	unit: string,
	computedLabel: string,
	statedLabel: string,
	fractionDigits = 0,
) => (check ? { ...check, unit, computedLabel, statedLabel, fractionDigits } : null);

/** The relation a note explains, computed once in src/lib/data/relations.ts. */
const relation = (id: string) => {
	const compute = RELATION_CHECKS[id];
	if (!compute) throw new Error(`no relation "${id}" in src/lib/data/relations.ts`);
	return compute();
};

export const NOTE_CHECKS: Record<string, () => NoteCheck | null> = {
	'phase2-module-loc': () =>
		withLabels(relation('phase2-module-loc'), 'lines', 'Sum of the five modules', 'Stated total'),
	'kickoff-agenda-minutes': () =>
		withLabels(relation('kickoff-agenda-minutes'), 'minutes', 'Sum of agenda blocks', 'Scheduled length'),
	'customer-training-minutes': () =>
		withLabels(relation('customer-training-agenda-minutes'), 'minutes', 'Sum of session blocks', 'Stated length'),
	'scaling-plan-burn': () =>
		withLabels(
			relation('scaling-plan-burn'),
			'dollars a month',
			'Preset peak gross burn (computed)',
			'Stated monthly burn ("$150K+")',
		),
	'equity-allocated': () => {
		const hiring = readData('hiring-plan');
		return withLabels(
			checkTotal(sum(hiring.roles.map((r) => r.equityPct)), hiring.statedAllocatedPct),
			'percent of the company',
			'Equity of the three offers (computed)',
			'Stated as allocated',
			2,
		);
	},
	'package-pages': () =>
		withLabels(relation('package-pages'), 'pages', 'Sum of the seven documents', 'Stated in the header'),
};
