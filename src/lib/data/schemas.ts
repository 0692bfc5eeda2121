/**
 * Schemas of the structured figures in content/data/. Money is in whole US
 * dollars; probabilities and equity are percents (`…Pct`). Every file is
 * parsed through these at build time, so a malformed figure fails the build.
 */
import { z } from 'zod';
import { ROLE_IDS } from '~/lib/handbook/roles';
import { SOURCES } from '~/lib/handbook/kinds';
import { parseCalendarDate } from '~/lib/handbook/reviewDue';

const dollars = z.number().int().nonnegative();
const text = z.string().min(1);

export const modulesSchema = z.strictObject({
	statedTotalLoc: z.number().int().positive(),
	modules: z.array(z.strictObject({ file: text, purpose: text, loc: z.number().int().positive(), owner: text })).min(1),
});

export const resourcesSchema = z.strictObject({
	team: z.array(z.strictObject({ role: text, count: z.number().int().positive(), focus: text })),
	hoursByWeek: z.array(
		z.strictObject({
			week: z.number().int(),
			hours: z.number().positive(),
			tasks: z.number().int().positive(),
			theme: text,
		}),
	),
	statedTotalHours: z.number().positive(),
	statedTotalHoursNote: text,
	statedTotalTasks: z.number().int().positive(),
});

export const budgetSchema = z.strictObject({
	statedTotal: dollars,
	lines: z
		.array(
			z.strictObject({
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

export const phase2RisksSchema = z.strictObject({
	risks: z
		.array(
			z.strictObject({
				risk: text,
				probabilityPct: z.number().min(0).max(100),
				impact: z.enum(['Low', 'Medium', 'High', 'Critical']),
				mitigation: text,
			}),
		)
		.min(1),
});

export const scalingRisksSchema = z.strictObject({
	risks: z
		.array(
			z.strictObject({
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

export const mrrSchema = z.strictObject({
	targetArr: dollars,
	weeks: z
		.array(
			z.strictObject({
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

export const hiringSchema = z.strictObject({
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
					plannedStart: text.optional(),
					startedOn: z
						.string()
						.refine((value) => parseCalendarDate(value) !== null, 'startedOn must be a real date (YYYY-MM-DD)')
						.optional()
						.describe('First day at work (YYYY-MM-DD), recorded once the hire has started'),
				})
				.refine((r) => r.salaryMin <= r.salaryMax, 'salaryMin must not exceed salaryMax'),
		)
		.min(1),
	contractors: z.array(z.strictObject({ role: text, count: z.number().int().positive(), weeklyRate: dollars })),
	equityPoolPct: z.number().min(0).max(100),
	statedAllocatedPct: z.number().min(0).max(100),
	statedReservedPct: z.number().min(0).max(100),
	totalInvestment: text,
	headcount: z.array(z.strictObject({ when: text, fte: z.number().positive() })),
	timeline: text,
});

export const meetingsSchema = z.strictObject({
	meetings: z
		.array(
			z.strictObject({
				id: text,
				name: text,
				day: text,
				time: text,
				statedMinutes: z.number().int().positive(),
				owner: z.enum(ROLE_IDS),
				attendees: text,
				source: text,
				agenda: z.array(z.strictObject({ item: text, minutes: z.number().int().positive().optional() })).min(1),
			}),
		)
		.min(1),
});

export const signoffsSchema = z.strictObject({
	documents: z.array(
		z.strictObject({
			document: text,
			owner: text,
			reviewer: text,
			day: z.number().int().min(1).max(21),
			/** The id of the document's template in templates.yaml. */
			template: z.string().regex(/^[a-z0-9-]+$/),
		}),
	),
	milestones: z.array(
		z.strictObject({ milestone: text, week: z.number().int(), day: z.number().int().min(1).max(21), owner: text }),
	),
	escalations: z.array(z.strictObject({ risk: text, indicator: text, path: z.array(text).min(2) })),
});

export const kpisSchema = z.strictObject({
	groups: z.array(
		z.strictObject({
			id: text,
			title: text,
			source: text,
			items: z
				.array(
					// `note`: the id of the source note on a target the documents disagree about.
					z.strictObject({ metric: text, target: text, baseline: text.optional(), note: text.optional() }),
				)
				.min(1),
		}),
	),
});

export const packageDocumentsSchema = z.strictObject({
	statedTotalPagesHeader: z.number().int().positive(),
	statedTotalPagesChecklist: z.number().int().positive(),
	documents: z.array(
		z.strictObject({
			file: text,
			// What readers call the document; the file name stays for the maintenance page.
			title: text,
			pages: z.number().int().positive(),
			owner: text,
			purpose: text,
		}),
	),
});

export type Modules = z.output<typeof modulesSchema>;
export type Resources = z.output<typeof resourcesSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type Meetings = z.output<typeof meetingsSchema>;
export type Meeting = Meetings['meetings'][number];
export type Hiring = z.output<typeof hiringSchema>;
export type PackageDocuments = z.output<typeof packageDocumentsSchema>;

export const documentMapSchema = z.strictObject({
	documents: z.array(
		z.strictObject({
			file: text,
			tier: z.enum(['Strategic', 'Operational', 'Detailed']),
			page: z.string().startsWith('/'),
			note: text.optional(),
		}),
	),
});

export const templatesSchema = z.strictObject({
	templates: z.array(
		z.strictObject({
			id: z.string().regex(/^[a-z0-9-]+$/),
			title: text,
			file: z.string().regex(/^[\w.-]+\.md$/),
			source: text,
			body: text,
		}),
	),
});

/** A value the planning documents do not give, shown to readers as an example. */
const exampleValue = z.strictObject({ value: z.number(), example: z.boolean(), note: text.optional() });

export const scalingAssumptionsSchema = z.strictObject({
	months: exampleValue,
	startingCash: exampleValue,
	otherMonthly: exampleValue,
	salaryPoint: z.enum(['min', 'mid', 'max']),
	employerLoadPct: exampleValue,
	hireStartMonths: z.partialRecord(z.enum(ROLE_IDS), z.int().min(1).max(36)),
	contractorMonths: exampleValue,
	customers: z.array(
		z.strictObject({
			name: text,
			mrr: z.number(),
			startMonth: z.int(),
			deposit: z.number(),
			example: z.boolean().optional(),
		}),
	),
	infrastructure: z.array(z.strictObject({ fromCustomers: z.int(), monthly: z.number() })),
	statedMonthlyBurn: z.number(),
});
export type ScalingAssumptions = z.output<typeof scalingAssumptionsSchema>;

export const relationsSchema = z.strictObject({
	relations: z
		.array(
			z
				.strictObject({
					id: z.string().regex(/^[a-z0-9-]+$/),
					holds: z.boolean(),
					/** The figure the rows give when they do not agree with the stated one. */
					computed: z.number().optional(),
					/** The same, for a relation over internal figures. */
					internalComputed: z.number().optional(),
					internal: z.boolean().optional(),
					note: z
						.string()
						.regex(/^[a-z0-9-]+$/)
						.optional(),
				})
				.refine(
					(r) => r.holds || (r.note && (r.computed ?? r.internalComputed) !== undefined),
					'a relation that does not hold needs the computed figure and the source note that explains it',
				),
		)
		.min(1),
});

/** Weekly targets no other data file holds (NPS, open P0 bugs). */
export const metricTargetsSchema = z.strictObject({ npsMin: z.number(), bugsP0Max: z.number().int().nonnegative() });

/** A root-relative handbook page path (`/runbooks/incident-response/`), optionally with an #anchor. */
const pagePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a handbook page path such as /runbooks/incident-response/');
const pageAnchor = z
	.string()
	.regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'a handbook page path, optionally with #anchor');

/**
 * Something the planning documents name that the handbook does not hold yet
 * (a command, a template, a narrative). `page` declares it in place with the
 * Gap component; `wouldGo` is where the content goes once written.
 */
export const gapsSchema = z.strictObject({
	gaps: z
		.array(
			z.strictObject({
				id: z.string().regex(/^[a-z0-9-]+$/),
				title: text,
				missing: text,
				owner: z.enum(ROLE_IDS, { error: (issue) => `unknown role ${JSON.stringify(issue.input)}` }),
				due: z.string().refine((value) => parseCalendarDate(value) !== null, 'due must be a real date (YYYY-MM-DD)'),
				wouldGo: pageAnchor,
				page: pagePath,
				sources: z.array(z.enum(SOURCES)).min(1),
				/** What the planning documents say about it, in their words. */
				documentsSay: text,
			}),
		)
		.min(1)
		.superRefine((gaps, context) => {
			const seen = new Set<string>();
			for (const [i, g] of gaps.entries()) {
				if (seen.has(g.id))
					context.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate gap id "${g.id}"` });
				seen.add(g.id);
			}
		}),
});
export type Gap = z.output<typeof gapsSchema>['gaps'][number];
