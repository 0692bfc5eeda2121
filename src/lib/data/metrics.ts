/**
 * One file a week in content/data/metrics/: the weekly product metrics template
 * of 003_f9f493e204610c91.txt ("Metrics dashboard: what to track weekly"),
 * recorded every Friday. Only actuals live here; targets come from the data
 * the planning documents already give (src/lib/metrics/targets.ts).
 *
 * Conventions: money in whole US dollars, percentages as percents (99.5),
 * latency in milliseconds. Keys are strict, so a misspelt field fails the
 * build naming the file. Read by the /metrics/ dashboard and by the editor
 * at /admin/, whose form is generated from this schema.
 */
import { z } from 'zod';
import { declaredVisibility, isPublic } from '~/lib/site/visibility';

// A week records what was measured; a figure nobody measured is left out
// rather than guessed, and the dashboard says "not recorded".
const count = z.number().int().nonnegative().optional();
const percent = z.number().min(0).max(100).optional();

export const weeklyMetricsSchema = z.strictObject({
	week: z.number().int().min(1).max(104).describe('Week'),
	source: z.string().min(1).describe('Source'),
	// A week filled in from the planning documents holds the plan's figures, not measurements:
	// the dashboard labels them as plan and judges no target on them.
	basis: z.enum(['measured', 'plan']).optional().describe('Figures are (measured, or the plan’s own)'),
	revenue: z
		.strictObject({
			customersSigned: count.describe('Customers signed'),
			customersLive: count.describe('Customers live'),
			mrrUsd: count.describe('MRR (USD)'),
			pipelineUsd: count.describe('Pipeline value (USD)'),
			churnedCustomers: count.describe('Churned customers'),
			mrrChurnPct: percent.describe('MRR churn (%)'),
		})
		.describe('Revenue and customers')
		.optional(),
	quality: z
		.strictObject({
			bugsP0: count.describe('Open P0 bugs'),
			bugsP1: count.describe('Open P1 bugs'),
			bugsP2: count.describe('Open P2 bugs'),
			bugsP3: count.describe('Open P3 bugs'),
			uptimePct: percent.describe('Uptime (%)'),
			p95Ms: z.number().positive().optional().describe('Response time p95 (ms)'),
			testCoveragePct: percent.describe('Test coverage (%)'),
		})
		.describe('Product quality')
		.optional(),
	customerHealth: z
		.strictObject({
			nps: z.number().min(-100).max(100).optional().describe('NPS average'),
			supportTickets: count.describe('Support tickets this week'),
			criticalFeaturesUsed: z.array(z.string().min(1)).optional().describe('Critical features used'),
			// The implementation checklist's sign-offs (signoffs.yaml) given this week, per customer;
			// the dashboard counts them against the tracker. The editor offers the tracker's documents.
			signOffs: z
				.array(
					z.strictObject({
						customer: z.string().min(1).max(80).describe('Customer'),
						document: z.string().min(1).describe('Document signed off'),
						signedBy: z.string().min(1).max(100).describe('Signed off by'),
						date: z.iso.date().describe('Date'),
					}),
				)
				.optional()
				.describe('Checklist sign-offs this week'),
		})
		.describe('Customer health')
		.optional(),
	team: z
		.strictObject({
			featuresShipped: count.describe('Features shipped'),
			storyPoints: count.describe('Story points completed'),
			fte: z.number().nonnegative().optional().describe('Team size (FTE)'),
			hires: count.describe('Hires signed to date'),
		})
		.describe('Team and velocity')
		.optional(),
	risks: z
		.array(
			z.strictObject({
				risk: z.string().min(1).describe('Risk'),
				status: z.enum(['on track', 'watch', 'off track']).describe('Status'),
			}),
		)
		.describe('Risks')
		.optional(),
});

export type WeeklyMetrics = z.output<typeof weeklyMetricsSchema>;

/**
 * The editor writes a field left blank as an empty string or null; both mean
 * "not recorded", the same as leaving the key out.
 */
export function withoutBlanks(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutBlanks);
	if (value && typeof value === 'object' && !(value instanceof Date))
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== '' && v !== null && v !== undefined)
				.map(([k, v]) => [k, withoutBlanks(v)]),
		);
	return value;
}

/** Parses every week, naming the file and field of the first problem; weeks come back in order. */
export function parseWeeklyMetrics(files: Record<string, unknown>): WeeklyMetrics[] {
	const weeks = Object.entries(files).map(([file, raw]) => {
		// Weekly actuals are internal, and like every file in content/data/ they say so.
		const declared = declaredVisibility(raw);
		if (!declared || isPublic(declared))
			throw new Error(`${file}: visibility must be internal (weekly metrics are internal figures)`);
		const { visibility: _line, ...rest } = (withoutBlanks(raw) ?? {}) as Record<string, unknown>;
		const result = weeklyMetricsSchema.safeParse(rest);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(`${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message}`);
		}
		return { file, data: result.data };
	});
	const seen = new Map<number, string>();
	for (const { file, data } of weeks) {
		const other = seen.get(data.week);
		if (other) throw new Error(`${file}: week ${data.week} is already recorded in ${other}`);
		seen.set(data.week, file);
	}
	return weeks.map((w) => w.data).sort((a, b) => a.week - b.week);
}
