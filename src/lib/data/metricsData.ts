/**
 * Loads content/data/metrics/week-*.yaml and the dashboard's target sources.
 * Read by the /metrics/ dashboard (MetricsDashboard.astro).
 */
import { parseWeeklyMetrics } from './metrics';
import { hiring, kpis, mrr } from './handbookData';
import targetsRaw from '../../../content/data/metric-targets.yaml';
import { z } from 'zod';
import type { TargetSources } from '~/lib/metrics/targets';

const files = import.meta.glob('../../../content/data/metrics/*.yaml', { eager: true, import: 'default' });

export const weeklyMetrics = parseWeeklyMetrics(
	Object.fromEntries(Object.entries(files).map(([path, raw]) => [path.replace(/^.*content\//, 'content/'), raw])),
);

const metricTargetsSchema = z.strictObject({ npsMin: z.number(), bugsP0Max: z.number().int().nonnegative() });
const extra = metricTargetsSchema.parse(targetsRaw);

export const targetSources: TargetSources = {
	mrrWeeks: mrr.weeks,
	headcount: hiring.headcount,
	hiresPlanned: hiring.roles.length,
	slo: kpis.groups.find((g) => g.id === 'slo')?.items ?? [],
	...extra,
};
