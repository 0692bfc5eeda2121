/** The BANT rubric (content/data/bant-rubric.yaml) and a scorecard's inputs. */
import * as z from 'zod/mini';
import { ROLE_IDS } from '~/lib/handbook/roles';

const text = z.string().check(z.minLength(1), z.maxLength(300));

export const bantRubricSchema = z
	.object({
		owner: z.enum(ROLE_IDS),
		criteria: z
			.array(
				z.strictObject({
					id: z.string().check(z.regex(/^[a-z-]+$/)),
					label: text,
					weight: z.number().check(z.gte(0), z.lte(100)),
					/** The GO gate: the lowest level that qualifies this criterion, who set it, and what to do below it. */
					gate: z.strictObject({
						minimum: z.int().check(z.gte(1), z.lte(3)),
						owner: z.enum(ROLE_IDS),
						nextStep: text,
					}),
					levels: z.array(text).check(z.length(4, 'each criterion needs 4 levels (0-3)')),
					/** Levels that stop the lead whatever its score, as their wording says (no budget, no need …). */
					disqualifying: z.array(z.int().check(z.gte(0), z.lte(3))),
					/** The matching MEDDPICC and SPICED elements, in one line. */
					counterpart: text,
					prompts: z.array(text),
				}),
			)
			.check(z.minLength(1)),
		hardStops: z.array(z.strictObject({ id: z.string().check(z.regex(/^[a-z-]+$/)), label: text })),
		/** Hours from the moment a lead becomes GO to the proposal being sent. */
		proposalSloHours: z.number().check(z.gt(0), z.lte(24 * 14)),
		/** A lead below a gate is NURTURE when its score reaches this floor, else NO-GO. */
		thresholds: z.strictObject({ nurture: z.number().check(z.gte(0), z.lte(100)) }),
		nextSteps: z.strictObject({ go: text, nurture: text, 'no-go': text }),
	})
	.check(
		z.refine((r) => r.criteria.reduce((t, c) => t + c.weight, 0) === 100, 'criterion weights must add up to 100'),
		z.refine(
			(r) => r.criteria.every((c) => c.disqualifying.every((level) => level < c.gate.minimum)),
			'a disqualifying level must lie below the GO minimum of its criterion',
		),
	);

export type BantRubric = z.infer<typeof bantRubricSchema>;

/** A lead's inputs: scores 0-3 by criterion id (a criterion not yet scored is absent) and the hard stops that apply. */
export type BantInputs = { scores: Record<string, number>; hardStops: string[] };
