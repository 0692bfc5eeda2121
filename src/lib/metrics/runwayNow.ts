/**
 * What the runway model says at a recorded week's figures, beside what it
 * says on the plan's. The model is the calculator's own
 * (src/lib/calculators/runway/), on the scaling-plan preset
 * (src/lib/data/scalingPreset.ts) with two recorded figures put in:
 *   MRR:       the plan's customers billed at the recorded MRR instead of the
 *              plan's: each customer's MRR × recorded MRR ÷ the plan's MRR
 *              for the first month (deposits and start months as planned);
 *   headcount: each FTE recorded above (or below) the plan's headcount for
 *              that week costs (or saves) what one FTE of the existing team
 *              costs in the plan: other monthly costs ÷ the plan's first
 *              headcount (week 10).
 * A figure the week did not record, or one recorded as the plan's own,
 * changes nothing, and says so.
 */
import type { WeeklyMetrics } from '~/lib/data/metrics';
import { computeRunway, type RunwayResult } from '~/lib/calculators/runway/compute';
import type { RunwayInputs } from '~/lib/calculators/runway/schema';

export type RunwayAtWeek = {
	week: number;
	plan: { inputs: RunwayInputs; result: RunwayResult };
	now: { inputs: RunwayInputs; result: RunwayResult };
	/** What was put in, in words, for the reader: "MRR $12,000 recorded against $13,333 planned". */
	adjustments: { mrr: { recorded: number; planned: number } | null; fte: { recorded: number; planned: number } | null };
};

export type PlanFigures = {
	/** The plan's first-month MRR: the customers in the preset live in month 1. */
	monthOneMrr: number;
	/** The plan's headcount for a week, if it gives one. */
	fteForWeek: (week: number) => number | null;
	/** The plan's first headcount (week 10), the team the preset's other monthly costs pay for. */
	baseFte: number;
};

/** The model at a week's recorded MRR and headcount; null when the week recorded neither as a measurement. */
export function runwayAtWeek(week: WeeklyMetrics, planInputs: RunwayInputs, figures: PlanFigures): RunwayAtWeek | null {
	if (week.basis === 'plan') return null;
	const recordedMrr = week.revenue?.mrrUsd;
	const recordedFte = week.team?.fte;
	const plannedFte = figures.fteForWeek(week.week);
	const mrr =
		recordedMrr !== undefined && figures.monthOneMrr > 0
			? { recorded: recordedMrr, planned: figures.monthOneMrr }
			: null;
	const fte = recordedFte !== undefined && plannedFte !== null ? { recorded: recordedFte, planned: plannedFte } : null;
	if (!mrr && !fte) return null;
	const perFte = figures.baseFte > 0 ? planInputs.otherMonthly / figures.baseFte : 0;
	const inputs: RunwayInputs = {
		...planInputs,
		customers: mrr
			? planInputs.customers.map((c) => ({ ...c, mrr: Math.round((c.mrr * mrr.recorded) / mrr.planned) }))
			: planInputs.customers,
		otherMonthly: fte
			? Math.max(0, Math.round(planInputs.otherMonthly + (fte.recorded - fte.planned) * perFte))
			: planInputs.otherMonthly,
	};
	return {
		week: week.week,
		plan: { inputs: planInputs, result: computeRunway(planInputs) },
		now: { inputs, result: computeRunway(inputs) },
		adjustments: { mrr, fte },
	};
}

/** The plan's MRR in month 1: every customer whose start month is 1. */
export function monthOneMrr(inputs: RunwayInputs): number {
	return inputs.customers.filter((c) => c.startMonth <= 1).reduce((sum, c) => sum + c.mrr, 0);
}
