/**
 * The computed side of each source note that has one: the figure the rows add
 * up to against the figure the planning document states.
 */
import { readData } from './registry';
import { meeting } from './meetings';
import { scalingPlanBurnCheck } from './scalingPreset';
import { agendaMinutes, checkTotal, moduleLocTotal, packagePagesTotal, sum, type TotalCheck } from './totals';

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

export const NOTE_CHECKS: Record<string, () => NoteCheck | null> = {
	'phase2-module-loc': () =>
		withLabels(moduleLocTotal(readData('phase2-modules')), 'lines', 'Sum of the five modules', 'Stated total'),
	'kickoff-agenda-minutes': () =>
		withLabels(agendaMinutes(meeting('kickoff')), 'minutes', 'Sum of agenda blocks', 'Scheduled length'),
	'customer-training-minutes': () =>
		withLabels(agendaMinutes(meeting('customer-training')), 'minutes', 'Sum of session blocks', 'Stated length'),
	'scaling-plan-burn': () => {
		const { computed, stated } = scalingPlanBurnCheck();
		return withLabels(
			checkTotal(computed, stated),
			'dollars a month',
			'Preset peak gross burn (computed)',
			'Stated monthly burn ("$150K+")',
		);
	},
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
		withLabels(
			packagePagesTotal(readData('package-documents')),
			'pages',
			'Sum of the seven documents',
			'Stated in the header',
		),
};
