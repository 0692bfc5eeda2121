/**
 * BANT scoring. Each criterion is scored 0-3 and weighted:
 *   score = Σ weight × level / 3          (0-100, weights add up to 100)
 * Any hard stop makes the decision NO-GO. Otherwise score ≥ GO threshold is
 * GO, ≥ NURTURE threshold is NURTURE, else NO-GO. Criteria scored 0 or 1 are
 * "weak": their call-script prompts are listed for the follow-up.
 */
import type { BantInputs, BantRubric } from './schema';

export type Decision = 'go' | 'nurture' | 'no-go';

export const DECISION_LABELS: Record<Decision, string> = { go: 'GO', nurture: 'NURTURE', 'no-go': 'NO-GO' };
export const DECISION_RANK: Record<Decision, number> = { 'no-go': 0, nurture: 1, go: 2 };

export type BantResult = {
	score: number;
	decision: Decision;
	reasons: string[];
	nextStep: string;
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

export function scoreLead(rubric: BantRubric, inputs: BantInputs): BantResult {
	const score = bantScore(rubric, inputs.scores);
	const stops = rubric.hardStops.filter((s) => inputs.hardStops.includes(s.id));
	const decision = decide(rubric, score, stops.length);
	const rounded = Math.round(score);
	const reasons =
		stops.length > 0
			? stops.map((s) => `Hard stop: ${s.label}.`)
			: [
					decision === 'go'
						? `Score ${rounded} is at or above the GO threshold of ${rubric.thresholds.go}.`
						: decision === 'nurture'
							? `Score ${rounded} is between the NURTURE threshold (${rubric.thresholds.nurture}) and the GO threshold (${rubric.thresholds.go}).`
							: `Score ${rounded} is below the NURTURE threshold of ${rubric.thresholds.nurture}.`,
				];
	const weak = rubric.criteria
		.filter((c) => (inputs.scores[c.id] ?? 0) <= 1)
		.map((c) => ({ id: c.id, label: c.label, level: inputs.scores[c.id] ?? 0, prompts: c.prompts }));
	return { score, decision, reasons, nextStep: rubric.nextSteps[decision], weak };
}
