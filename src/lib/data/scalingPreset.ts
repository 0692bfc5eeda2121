/**
 * The week 10-13 scaling plan as a burn and runway model: roles and salary
 * ranges from the hiring plan, two contractors at their weekly rate,
 * infrastructure stepping from $100 to $430 a month at three customers, and
 * the customer schedule. Internal: it carries salary figures.
 */
import * as z from 'zod/mini';
import { readData } from './registry';
import type { ScalingAssumptions } from './schemas';
import { RUNWAY_DEFAULTS, type RunwayInputs } from '~/lib/calculators/runway/schema';
import { runwayInputsSchema } from '~/lib/calculators/runway/model';
import { computeRunway } from '~/lib/calculators/runway/compute';

function salary(min: number, max: number, point: 'min' | 'mid' | 'max'): number {
	return point === 'min' ? min : point === 'max' ? max : (min + max) / 2;
}

export function scalingPlanPreset(a: ScalingAssumptions = readData('runway-scaling-plan')): RunwayInputs {
	const hiring = readData('hiring-plan');
	const inputs: RunwayInputs = {
		startingCash: a.startingCash.value,
		months: a.months.value,
		// The planning documents give weeks, not dates: the calendar start is the calculator's example.
		firstMonth: RUNWAY_DEFAULTS.firstMonth,
		startingMrr: 0,
		growthPct: 0,
		otherMonthly: a.otherMonthly.value,
		fundraiseAmount: 0,
		fundraiseMonth: 0,
		fundraiseLeadMonths: RUNWAY_DEFAULTS.fundraiseLeadMonths,
		revenueMode: 'schedule',
		// "Customer deposits ($20K each), invoices on week 13": deposits pay the first invoices.
		depositMode: 'credit',
		collection: 'same',
		customers: a.customers.map(({ name, mrr, startMonth, deposit }) => ({ name, mrr, startMonth, deposit })),
		hires: hiring.roles.map((r) => ({
			role: r.role,
			annualSalary: salary(r.salaryMin, r.salaryMax, a.salaryPoint),
			startMonth: a.hireStartMonths[r.roleId] ?? 1,
			loadPct: a.employerLoadPct.value,
		})),
		contractors: hiring.contractors.map((c) => ({
			label: c.role,
			count: c.count,
			weeklyRate: c.weeklyRate,
			startMonth: 1,
			months: a.contractorMonths.value,
		})),
		infraSteps: a.infrastructure,
	};
	const checked = z.safeParse(runwayInputsSchema, inputs);
	if (!checked.success)
		throw new Error(`scaling-plan preset is invalid: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
	return checked.data;
}

/** The preset's peak gross burn against the "$150K+ monthly burn" the scaling summary states. */
export function scalingPlanBurnCheck() {
	const result = computeRunway(scalingPlanPreset());
	return { computed: Math.round(result.peakGrossBurn), stated: readData('runway-scaling-plan').statedMonthlyBurn };
}
