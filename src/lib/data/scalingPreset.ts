/**
 * The week 10-13 scaling plan as a burn and runway model: roles and salary
 * ranges from the hiring plan, two contractors at their weekly rate,
 * infrastructure stepping from $100 to $430 a month at three customers, and
 * the customer schedule. Internal: it carries salary figures.
 */
import * as z from 'zod/mini';
import raw from '../../../content/data/runway-scaling-plan.yaml';
import { hiring } from './handbookData';
import { RUNWAY_DEFAULTS, runwayInputsSchema, type RunwayInputs } from '../calculators/runway/schema';
import { computeRunway } from '../calculators/runway/compute';
import { ROLE_IDS } from '../handbook/roles';

const example = z.object({ value: z.number(), example: z.boolean(), note: z.optional(z.string()) });

export const scalingAssumptionsSchema = z.object({
	months: example,
	startingCash: example,
	otherMonthly: example,
	salaryPoint: z.enum(['min', 'mid', 'max']),
	employerLoadPct: example,
	hireStartMonths: z.partialRecord(z.enum(ROLE_IDS), z.int().check(z.gte(1), z.lte(36))),
	contractorMonths: example,
	customers: z.array(
		z.object({
			name: z.string(),
			mrr: z.number(),
			startMonth: z.int(),
			deposit: z.number(),
			example: z.optional(z.boolean()),
		}),
	),
	infrastructure: z.array(z.object({ fromCustomers: z.int(), monthly: z.number() })),
	statedMonthlyBurn: z.number(),
});

function parse() {
	const result = z.safeParse(scalingAssumptionsSchema, raw);
	if (!result.success) {
		throw new Error(
			`content/data/runway-scaling-plan.yaml is invalid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
		);
	}
	return result.data;
}

export const scalingAssumptions = parse();

function salary(min: number, max: number, point: 'min' | 'mid' | 'max'): number {
	return point === 'min' ? min : point === 'max' ? max : (min + max) / 2;
}

export function scalingPlanPreset(a = scalingAssumptions): RunwayInputs {
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
	return { computed: Math.round(result.peakGrossBurn), stated: scalingAssumptions.statedMonthlyBurn };
}
