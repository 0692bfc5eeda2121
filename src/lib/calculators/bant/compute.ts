/**
 * BANT scoring. Each criterion is scored 0-3 and weighted:
 *   score = Σ weight × level / 3          (0-100, weights add up to 100;
 *                                          a criterion not yet scored adds 0)
 * Stops come first: a ticked hard stop, or a level the rubric marks as
 * disqualifying (no budget, no path to a decision maker, no need, no
 * timeline), makes the decision NO-GO whatever the score. Otherwise the
 * decision waits until every criterion is scored; then score ≥ GO threshold
 * is GO, ≥ NURTURE threshold is NURTURE, else NO-GO. Criteria scored 0 or 1
 * are "weak": their call-script prompts are listed for the follow-up.
 */
import type { BantInputs, BantRubric } from './schema';

export type Decision = 'go' | 'nurture' | 'no-go';

export const DECISION_LABELS: Record<Decision, string> = { go: 'GO', nurture: 'NURTURE', 'no-go': 'NO-GO' };
export const DECISION_RANK: Record<Decision, number> = { 'no-go': 0, nurture: 1, go: 2 };

export type BantResult = {
	score: number;
	/** null until a stop is found or every criterion is scored. */
	decision: Decision | null;
	/** Labels of the criteria not scored yet. */
	unscored: string[];
	/** Hard stops and disqualifying levels, in words. */
	stops: string[];
	reasons: string[];
	nextStep: string | null;
	weak: { id: string; label: string; level: number; prompts: string[] }[];
};

export function bantScore(rubric: BantRubric, scores: Record<string, number>): number {
	return rubric.criteria.reduce((total, c) => total + (c.weight * (scores[c.id] ?? 0)) / 3, 0);
}

export function decide(rubric: BantRubric, score: number, hardStopCount: number): Decision {
	if (hardStopCount > 0) return 'no-go';
	if (score >= rubric.thresholds.go) return 'go';
	if (score >= rubric.thresholds.nurture) return 'nurture';
	return 'no-go';
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

export function scoreLead(rubric: BantRubric, inputs: BantInputs): BantResult {
	const score = bantScore(rubric, inputs.scores);
	const stops = leadStops(rubric, inputs);
	const unscored = rubric.criteria.filter((c) => inputs.scores[c.id] === undefined).map((c) => c.label);
	const rounded = Math.round(score);
	let decision: Decision | null;
	let reasons: string[];
	if (stops.length > 0) {
		decision = 'no-go';
		reasons = stops;
	} else if (unscored.length > 0) {
		decision = null;
		reasons = [`Score ${unscored.join(', ')} to get a decision.`];
	} else {
		decision = decide(rubric, score, 0);
		reasons = [
			decision === 'go'
				? `Score ${rounded} is at or above the GO threshold of ${rubric.thresholds.go}.`
				: decision === 'nurture'
					? `Score ${rounded} is between the NURTURE threshold (${rubric.thresholds.nurture}) and the GO threshold (${rubric.thresholds.go}).`
					: `Score ${rounded} is below the NURTURE threshold of ${rubric.thresholds.nurture}.`,
		];
	}
	const weak = rubric.criteria
		.filter((c) => inputs.scores[c.id] !== undefined && (inputs.scores[c.id] ?? 0) <= 1)
		.map((c) => ({ id: c.id, label: c.label, level: inputs.scores[c.id] ?? 0, prompts: c.prompts }));
	return { score, decision, unscored, stops, reasons, nextStep: decision ? rubric.nextSteps[decision] : null, weak };
}
