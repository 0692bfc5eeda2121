/**
 * BANT qualification as a decision tree (the planning documents' "decision
 * tree (GO/NO-GO criteria)", 000_b1b8c92185dfa288.txt), with the gates kept in
 * content/data/bant-rubric.yaml:
 *   1. A ticked hard stop, or a level the rubric marks as disqualifying (no
 *      budget, no path to a decision maker, no need, no timeline): NO-GO.
 *   2. Until every criterion is scored there is no decision.
 *   3. Every criterion at or above its GO minimum: GO.
 *   4. Otherwise the lead is not qualified yet: NURTURE, each criterion below
 *      its minimum naming its own next step, unless the weighted score is under
 *      the NURTURE floor, when it is NO-GO.
 * The weighted score, Σ weight × level / 3 (0-100, weights add up to 100; a
 * criterion not yet scored adds 0), ranks leads and sets the NURTURE floor; it
 * never makes a lead GO on its own. Criteria scored 0 or 1 are "weak": their
 * call-script prompts are listed for the follow-up.
 */
import type { BantInputs, BantRubric } from './schema';

export type Decision = 'go' | 'nurture' | 'no-go';

export const DECISION_LABELS: Record<Decision, string> = { go: 'GO', nurture: 'NURTURE', 'no-go': 'NO-GO' };
export const DECISION_RANK: Record<Decision, number> = { 'no-go': 0, nurture: 1, go: 2 };

/** A criterion scored below its GO minimum, with what the rep does about it. */
export type Gap = { id: string; label: string; level: number; minimum: number; nextStep: string };

export type BantResult = {
	score: number;
	/** null until a stop is found or every criterion is scored. */
	decision: Decision | null;
	/** Labels of the criteria not scored yet. */
	unscored: string[];
	/** Hard stops and disqualifying levels, in words. */
	stops: string[];
	/** Criteria below their GO minimum (not counting stops), in rubric order. */
	gaps: Gap[];
	reasons: string[];
	nextStep: string | null;
	weak: { id: string; label: string; level: number; prompts: string[] }[];
};

function bantScore(rubric: BantRubric, scores: Record<string, number>): number {
	return rubric.criteria.reduce((total, c) => total + (c.weight * (scores[c.id] ?? 0)) / 3, 0);
}

/** The stops a lead has hit: ticked hard stops, then disqualifying levels, each in words. */
function leadStops(rubric: BantRubric, inputs: BantInputs): string[] {
	const ticked = rubric.hardStops.filter((s) => inputs.hardStops.includes(s.id)).map((s) => `Hard stop: ${s.label}.`);
	const levels = rubric.criteria
		.filter((c) => {
			const level = inputs.scores[c.id];
			return level !== undefined && c.disqualifying.includes(level);
		})
		.map((c) => `${c.label} ${inputs.scores[c.id]}: ${c.levels[inputs.scores[c.id] ?? 0]}`);
	return [...ticked, ...levels];
}

function leadGaps(rubric: BantRubric, scores: Record<string, number>): Gap[] {
	return rubric.criteria.flatMap((c) => {
		const level = scores[c.id];
		if (level === undefined || level >= c.gate.minimum || c.disqualifying.includes(level)) return [];
		return [{ id: c.id, label: c.label, level, minimum: c.gate.minimum, nextStep: c.gate.nextStep }];
	});
}

export function scoreLead(rubric: BantRubric, inputs: BantInputs): BantResult {
	const score = bantScore(rubric, inputs.scores);
	const stops = leadStops(rubric, inputs);
	const gaps = leadGaps(rubric, inputs.scores);
	const unscored = rubric.criteria.filter((c) => inputs.scores[c.id] === undefined).map((c) => c.label);
	const gapReasons = gaps.map(
		(g) =>
			`${g.label} ${g.level} is below its GO minimum of ${g.minimum}: ${rubric.criteria.find((c) => c.id === g.id)?.levels[g.level]}`,
	);
	let decision: Decision | null;
	let reasons: string[];
	if (stops.length > 0) {
		decision = 'no-go';
		reasons = stops;
	} else if (unscored.length > 0) {
		decision = null;
		reasons = [`Score ${unscored.join(', ')} to get a decision.`];
	} else if (gaps.length === 0) {
		decision = 'go';
		reasons = ['Every criterion meets its GO minimum and no stop applies.'];
	} else if (score >= rubric.thresholds.nurture) {
		decision = 'nurture';
		reasons = gapReasons;
	} else {
		decision = 'no-go';
		reasons = [
			...gapReasons,
			`Score ${Math.round(score)} is below the NURTURE floor of ${rubric.thresholds.nurture}: too little is qualified to follow up.`,
		];
	}
	const weak = rubric.criteria
		.filter((c) => inputs.scores[c.id] !== undefined && (inputs.scores[c.id] ?? 0) <= 1)
		.map((c) => ({ id: c.id, label: c.label, level: inputs.scores[c.id] ?? 0, prompts: c.prompts }));
	return {
		score,
		decision,
		unscored,
		stops,
		gaps,
		reasons,
		nextStep: decision ? rubric.nextSteps[decision] : null,
		weak,
	};
}

/** "Budget", "Budget and Need", "Budget, Need and Timeline". */
export function listWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Why the decision is what it is, in a few words for the headline beside it, so
 * a full score never stands next to NO-GO without its stop.
 */
export function decisionWhy(result: BantResult): string {
	if (result.stops.length > 0) {
		const first = result.stops[0]!.replace(/\.$/, '');
		const more = result.stops.length - 1;
		return more > 0 ? `${first} (and ${more} more ${more === 1 ? 'stop' : 'stops'})` : first;
	}
	if (result.decision === null) return `score ${listWords(result.unscored)} to decide`;
	if (result.decision === 'go') return 'every criterion meets its GO minimum';
	const labels = listWords(result.gaps.map((g) => g.label));
	const verb = result.gaps.length > 1 ? 'are below their GO minimums' : 'is below its GO minimum';
	return result.decision === 'nurture'
		? `${labels} ${verb}`
		: `${labels} ${verb} and the score is under the NURTURE floor`;
}
