/**
 * Loads content/data/metrics/week-*.yaml and the dashboard's target sources.
 * Read by the /metrics/ dashboard (MetricsDashboard.astro), an internal page.
 */
import { parseWeeklyMetrics } from './metrics';
import { readData } from './registry';
import type { TargetSources } from '~/lib/metrics/targets';

const files = import.meta.glob('../../../content/data/metrics/*.yaml', { eager: true, import: 'default' });

export const weeklyMetrics = parseWeeklyMetrics(
	Object.fromEntries(Object.entries(files).map(([path, raw]) => [path.replace(/^.*content\//, 'content/'), raw])),
);

export function targetSources(): TargetSources {
	const hiring = readData('hiring-plan');
	return {
		mrrWeeks: readData('mrr-by-week').weeks,
		headcount: hiring.headcount,
		hiresPlanned: hiring.roles.length,
		slo: readData('kpis').groups.find((g) => g.id === 'slo')?.items ?? [],
		...readData('metric-targets'),
	};
}
