import { z } from 'zod';
import { ROLE_IDS } from './roles';
import { CADENCES, KIND_IDS, SOURCES } from './kinds';
import { VISIBILITIES, VISIBILITY_MESSAGE } from '~/lib/site/visibility';
import { handbookToday, parseCalendarDate, reviewDateProblem } from './reviewDue';

const roleList = ROLE_IDS.join(', ');

const role = z.enum(ROLE_IDS, {
	error: (issue) => `unknown role ${JSON.stringify(issue.input)}; use one of: ${roleList}`,
});

/**
 * The handbook's fields on top of Starlight's frontmatter. Every page says who
 * owns it, who it is for, what kind of page it is, and when it was last
 * checked against reality; the page header, role pages and health report are
 * computed from these fields.
 */
export const handbookPageSchema = z.object({
	owner: role,
	audience: z.array(role).min(1, 'name at least one role the page is for'),
	kind: z.enum(KIND_IDS, {
		error: (issue) => `unknown kind ${JSON.stringify(issue.input)}; use one of: ${KIND_IDS.join(', ')}`,
	}),
	reviewCadence: z.enum(CADENCES, {
		error: () => `reviewCadence must be one of: ${CADENCES.join(', ')}`,
	}),
	// A real calendar day, not after the build's today (HANDBOOK_TODAY): a date in
	// the future would keep the page from ever being overdue. The raw text is
	// also checked before the build (src/config/pageChecks.ts), since the
	// frontmatter parser rolls 2026-02-30 over into March.
	lastReviewed: z
		.preprocess(
			(value) => (typeof value === 'string' ? (parseCalendarDate(value) ?? value) : value),
			z.date({
				error: (issue) =>
					issue.input === undefined
						? 'lastReviewed is required (YYYY-MM-DD)'
						: `lastReviewed ${JSON.stringify(issue.input)} is not a real date (YYYY-MM-DD)`,
			}),
		)
		.superRefine((date, context) => {
			const problem = reviewDateProblem(date, handbookToday(process.env));
			if (problem) context.addIssue({ code: 'custom', message: problem });
		}),
	sources: z.array(z.enum(SOURCES)).default([]),
	// Fail closed: a page without `visibility: public` stays out of the public build.
	visibility: z.enum(VISIBILITIES, { error: () => VISIBILITY_MESSAGE }).default('internal'),
});
