/**
 * The weekly dashboard's arithmetic: each recorded week's actuals against its
 * targets (targets.ts), and whether each one is a miss. A floor is missed
 * when the actual is below it, a ceiling when the actual is above it; an
 * actual equal to its target meets it. Dollars and counts are integers and
 * compare exactly; percentages and milliseconds compare as recorded.
 */
import type { WeeklyMetrics } from '~/lib/data/metrics';
import { targetsForWeek, type MetricId, type Target, type TargetSources } from './targets';

/** 'plan figure': the week holds the plan's own figures (basis: plan), so no target is judged on it. */
export type Status = 'met' | 'missed' | 'not recorded' | 'no target' | 'plan figure';

export type Cell = { week: number; actual: number | null; target: Target | null; status: Status };

export const METRICS: { id: MetricId; label: string; unit: 'usd' | 'count' | 'fte' | 'pct' | 'ms' | 'score' }[] = [
	{ id: 'mrrUsd', label: 'MRR', unit: 'usd' },
	{ id: 'customersLive', label: 'Customers live', unit: 'count' },
	{ id: 'hires', label: 'Hires signed', unit: 'count' },
	{ id: 'fte', label: 'Team size', unit: 'fte' },
	{ id: 'uptimePct', label: 'Uptime', unit: 'pct' },
	{ id: 'p95Ms', label: 'Response time p95', unit: 'ms' },
	{ id: 'nps', label: 'NPS', unit: 'score' },
	{ id: 'bugsP0', label: 'Open P0 bugs', unit: 'count' },
];

export function actualOf(week: WeeklyMetrics, id: MetricId): number | null {
	const values: Record<MetricId, number | undefined> = {
		mrrUsd: week.revenue?.mrrUsd,
		customersLive: week.revenue?.customersLive,
		hires: week.team?.hires,
		fte: week.team?.fte,
		uptimePct: week.quality?.uptimePct,
		p95Ms: week.quality?.p95Ms,
		nps: week.customerHealth?.nps,
		bugsP0: week.quality?.bugsP0,
	};
	return values[id] ?? null;
}

export function statusOf(actual: number | null, target: Target | null): Status {
	if (actual === null) return 'not recorded';
	if (!target) return 'no target';
	const missed = target.bound === 'min' ? actual < target.value : actual > target.value;
	return missed ? 'missed' : 'met';
}

export function cellsFor(id: MetricId, weeks: WeeklyMetrics[], sources: TargetSources): Cell[] {
	return weeks.map((w) => {
		const target = targetsForWeek(w.week, sources)[id] ?? null;
		const actual = actualOf(w, id);
		const status = actual !== null && w.basis === 'plan' ? 'plan figure' : statusOf(actual, target);
		return { week: w.week, actual, target, status };
	});
}

export type Trend = { previousWeek: number; previous: number; previousIsPlan: boolean; change: number };

export type Tile = {
	id: MetricId;
	label: string;
	unit: (typeof METRICS)[number]['unit'];
	cell: Cell;
	trend: Trend | null;
};

/**
 * The tiles the dashboard opens on: each metric in the latest week that
 * measured anything (or, before any did, the latest week), with its target,
 * status and the change since the previous week that recorded it.
 */
export function kpiTiles(
	weeks: WeeklyMetrics[],
	sources: TargetSources,
): { week: WeeklyMetrics; tiles: Tile[] } | null {
	const latest = weeks.filter((w) => w.basis !== 'plan').at(-1) ?? weeks.at(-1);
	if (!latest) return null;
	const index = weeks.indexOf(latest);
	const tiles = METRICS.map((m) => {
		const cells = cellsFor(m.id, weeks, sources);
		const cell = cells[index]!;
		const before = cells
			.slice(0, index)
			.filter((c) => c.actual !== null)
			.at(-1);
		const trend =
			cell.actual !== null && before
				? {
						previousWeek: before.week,
						previous: before.actual!,
						previousIsPlan: before.status === 'plan figure',
						change: cell.actual - before.actual!,
					}
				: null;
		return { id: m.id, label: m.label, unit: m.unit, cell, trend };
	});
	return { week: latest, tiles };
}

export type Miss = { week: number; metric: string; actual: number; target: Target };

/** Every miss, latest week first: the list the dashboard opens with. */
export function misses(weeks: WeeklyMetrics[], sources: TargetSources): Miss[] {
	return METRICS.flatMap((m) =>
		cellsFor(m.id, weeks, sources)
			.filter((c) => c.status === 'missed')
			.map((c) => ({ week: c.week, metric: m.label, actual: c.actual as number, target: c.target as Target })),
	).sort((a, b) => b.week - a.week);
}

export type BugCounts = { week: number; p0: number; p1: number; p2: number; p3: number } | null;

/** Open bugs by priority, or null for a week that did not record all four. */
export function bugsByPriority(week: WeeklyMetrics): BugCounts {
	const q = week.quality;
	if (!q || [q.bugsP0, q.bugsP1, q.bugsP2, q.bugsP3].some((v) => v === undefined)) return null;
	return { week: week.week, p0: q.bugsP0!, p1: q.bugsP1!, p2: q.bugsP2!, p3: q.bugsP3! };
}

/** The heading the dashboard opens on, also listed in "On this page". */
export function openingHeading(week: WeeklyMetrics): string {
	return `Week ${week.week}${week.basis === 'plan' ? ': plan figures, no actuals recorded yet' : ' at a glance'}`;
}
