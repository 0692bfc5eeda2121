/**
 * Schemas of the structured figures in content/data/. Money is in whole US
 * dollars; probabilities and equity are percents (`…Pct`). Every file is
 * parsed through these at build time, so a malformed figure fails the build.
 */
import { z } from 'zod';
import { ROLE_IDS } from '~/lib/handbook/roles';

const dollars = z.number().int().nonnegative();
const text = z.string().min(1);

export const modulesSchema = z.object({
	statedTotalLoc: z.number().int().positive(),
	modules: z.array(z.object({ file: text, purpose: text, loc: z.number().int().positive(), owner: text })).min(1),
});

export const resourcesSchema = z.object({
	team: z.array(z.object({ role: text, count: z.number().int().positive(), focus: text })),
	hoursByWeek: z.array(
		z.object({ week: z.number().int(), hours: z.number().positive(), tasks: z.number().int().positive(), theme: text }),
	),
	statedTotalHours: z.number().positive(),
	statedTotalHoursNote: text,
	statedTotalTasks: z.number().int().positive(),
});

export const budgetSchema = z.object({
	statedTotal: dollars,
	lines: z
		.array(
			z.object({
				item: text,
				amount: dollars,
				detail: text,
				hours: z.number().positive().optional(),
				hourlyRate: dollars.optional(),
				contingencyPct: z.number().min(0).max(100).optional(),
			}),
		)
		.min(1),
});

export const phase2RisksSchema = z.object({
	risks: z
		.array(
			z.object({
				risk: text,
				probabilityPct: z.number().min(0).max(100),
				impact: z.enum(['Low', 'Medium', 'High', 'Critical']),
				mitigation: text,
			}),
		)
		.min(1),
});

export const scalingRisksSchema = z.object({
	risks: z
		.array(
			z.object({
				id: text,
				title: text,
				challenge: text,
				// Internal figures (stated burn) shown only in the internal build.
				internalDetail: text.optional(),
				mitigation: text,
				fallback: text,
				note: text.optional(),
			}),
		)
		.min(1),
});

export const mrrSchema = z.object({
	targetArr: dollars,
	weeks: z
		.array(
			z.object({
				week: z.number().int(),
				mrr: dollars,
				mrrNote: text,
				customers: text,
				live: z.number().int().nonnegative(),
				hiring: text,
				operations: text.optional(),
				team: text.optional(),
			}),
		)
		.min(1),
});

export const hiringSchema = z.object({
	roles: z
		.array(
			z
				.object({
					role: text,
					roleId: z.enum(ROLE_IDS),
					salaryMin: dollars,
					salaryMax: dollars,
					equityPct: z.number().min(0).max(100),
					type: z.literal('employee'),
				})
				.refine((r) => r.salaryMin <= r.salaryMax, 'salaryMin must not exceed salaryMax'),
		)
		.min(1),
	contractors: z.array(z.object({ role: text, count: z.number().int().positive(), weeklyRate: dollars })),
	equityPoolPct: z.number().min(0).max(100),
	statedAllocatedPct: z.number().min(0).max(100),
	statedReservedPct: z.number().min(0).max(100),
	totalInvestment: text,
	headcount: z.array(z.object({ when: text, fte: z.number().positive() })),
	timeline: text,
});

export const meetingsSchema = z.object({
	meetings: z
		.array(
			z.object({
				id: text,
				name: text,
				day: text,
				time: text,
				statedMinutes: z.number().int().positive(),
				owner: z.enum(ROLE_IDS),
				attendees: text,
				source: text,
				agenda: z.array(z.object({ item: text, minutes: z.number().int().positive().optional() })).min(1),
			}),
		)
		.min(1),
});

export const signoffsSchema = z.object({
	documents: z.array(z.object({ document: text, owner: text, reviewer: text, day: z.number().int().min(1).max(21) })),
	milestones: z.array(
		z.object({ milestone: text, week: z.number().int(), day: z.number().int().min(1).max(21), owner: text }),
	),
	escalations: z.array(z.object({ risk: text, indicator: text, path: z.array(text).min(2) })),
});

export const kpisSchema = z.object({
	groups: z.array(
		z.object({
			id: text,
			title: text,
			source: text,
			items: z
				.array(
					// `note`: the id of the source note on a target the documents disagree about.
					z.object({ metric: text, target: text, baseline: text.optional(), note: text.optional() }),
				)
				.min(1),
		}),
	),
});

export const packageDocumentsSchema = z.object({
	statedTotalPagesHeader: z.number().int().positive(),
	statedTotalPagesChecklist: z.number().int().positive(),
	documents: z.array(
		z.object({
			file: text,
			// What readers call the document; the file name stays for the maintenance page.
			title: text,
			pages: z.number().int().positive(),
			owner: text,
			page: z.string().startsWith('/'),
			purpose: text,
		}),
	),
});

export type Modules = z.output<typeof modulesSchema>;
export type Resources = z.output<typeof resourcesSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type Meetings = z.output<typeof meetingsSchema>;
export type Meeting = Meetings['meetings'][number];
export type Mrr = z.output<typeof mrrSchema>;
export type Hiring = z.output<typeof hiringSchema>;
export type PackageDocuments = z.output<typeof packageDocumentsSchema>;

/** Parses a data file and names the file in the error, so a build failure says where to look. */
export function parseDataFile<S extends z.ZodType>(schema: S, raw: unknown, file: string): z.output<S> {
	const result = schema.safeParse(raw);
	if (!result.success) {
		const detail = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
		throw new Error(`content/data/${file} is invalid: ${detail}`);
	}
	return result.data;
}
