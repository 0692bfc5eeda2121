/**
 * What each week should show, from the data the planning documents already
 * give: MRR and customers live by week (mrr-by-week.yaml), headcount by week
 * (hiring-plan.yaml), the service level objectives (kpis.yaml) and the two
 * targets only metric-targets.yaml holds (NPS, P0 bugs). A target is a floor
 * ("at least") or a ceiling ("at most"); a week without a target for a metric
 * shows the actual alone.
 */
export type Target = { bound: 'min' | 'max'; value: number };

export type MetricId = 'mrrUsd' | 'customersLive' | 'fte' | 'hires' | 'uptimePct' | 'p95Ms' | 'nps' | 'bugsP0';

export type TargetSources = {
	mrrWeeks: { week: number; mrr: number; live: number }[];
	headcount: { when: string; fte: number }[];
	hiresPlanned: number;
	slo: { metric: string; target: string }[];
	npsMin: number;
	bugsP0Max: number;
};

/** "99.5%" → 99.5, "<500ms" → 500: the first number in a target written as text. */
export function firstNumber(text: string): number | null {
	const match = /-?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
	return match ? Number(match[0]) : null;
}

function sloNumber(slo: TargetSources['slo'], metric: string): number {
	const item = slo.find((s) => s.metric === metric);
	const value = item ? firstNumber(item.target) : null;
	if (value === null) throw new Error(`kpis.yaml: no numeric service level objective named "${metric}"`);
	return value;
}

/** Every target for one week. */
export function targetsForWeek(week: number, sources: TargetSources): Partial<Record<MetricId, Target>> {
	const plan = sources.mrrWeeks.find((w) => w.week === week);
	const headcount = sources.headcount.find((h) => h.when.trim().toLowerCase() === `week ${week}`);
	const lastPlanWeek = Math.max(...sources.mrrWeeks.map((w) => w.week));
	return {
		...(plan ? { mrrUsd: { bound: 'min', value: plan.mrr }, customersLive: { bound: 'min', value: plan.live } } : {}),
		...(headcount ? { fte: { bound: 'min', value: headcount.fte } } : {}),
		// The hiring plan's roles are all signed by the end of the plan (week 13).
		...(week === lastPlanWeek ? { hires: { bound: 'min', value: sources.hiresPlanned } } : {}),
		uptimePct: { bound: 'min', value: sloNumber(sources.slo, 'Availability') },
		p95Ms: { bound: 'max', value: sloNumber(sources.slo, 'Latency (p95)') },
		nps: { bound: 'min', value: sources.npsMin },
		bugsP0: { bound: 'max', value: sources.bugsP0Max },
	};
}
