/**
 * Loads content/data/metrics/week-*.yaml and the dashboard's target sources.
 * Read by the /metrics/ dashboard (MetricsDashboard.astro), an internal page,
 * which also shows the runway model at the latest measured week.
 */
import { parseWeeklyMetrics } from './metrics';
import { readData } from './registry';
import type { TargetSources } from '~/lib/metrics/targets';
import { monthOneMrr, runwayAtWeek, type RunwayAtWeek } from '~/lib/metrics/runwayNow';
import type { RunwayInputs } from '~/lib/calculators/runway/schema';
import { scalingPlanPreset } from './scalingPreset';
import { unknownSignOffs, type TrackerDocument } from '~/lib/metrics/signOffs';

const files = import.meta.glob('../../../content/data/metrics/*.yaml', { eager: true, import: 'default' });

export const weeklyMetrics = parseWeeklyMetrics(
	Object.fromEntries(Object.entries(files).map(([path, raw]) => [path.replace(/^.*content\//, 'content/'), raw])),
);

/** The sign-off tracker's documents, which a week's sign-offs must name. */
export const signOffTracker: TrackerDocument[] = readData('signoffs').documents.map(({ document, day }) => ({
	document,
	day,
}));
const unknown = unknownSignOffs(weeklyMetrics, signOffTracker);
if (unknown.length > 0) throw new Error(`content/data/metrics/: ${unknown.join('; ')}`);

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

/** The runway model at the latest measured week's MRR and headcount, beside the plan's (src/lib/metrics/runwayNow.ts). */
export function runwayAtLatestWeek(): { plan: RunwayInputs; atWeek: RunwayAtWeek | null } {
	const plan = scalingPlanPreset();
	const headcount = readData('hiring-plan').headcount;
	const fteForWeek = (week: number) =>
		headcount.find((h) => h.when.trim().toLowerCase() === `week ${week}`)?.fte ?? null;
	const latest = weeklyMetrics.filter((w) => w.basis !== 'plan').at(-1);
	const atWeek = latest
		? runwayAtWeek(latest, plan, { monthOneMrr: monthOneMrr(plan), fteForWeek, baseFte: headcount[0]?.fte ?? 0 })
		: null;
	return { plan, atWeek };
}
