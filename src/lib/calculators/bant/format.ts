/** A lead's decision in words, as the scorecard and the saved leads show it. */
import { DECISION_LABELS, decisionWhy, type BantResult } from './compute';

export function decisionText(result: BantResult): string {
	return result.decision ? DECISION_LABELS[result.decision] : 'not decided yet';
}

/** "NO-GO: Hard stop: No path to a decision maker": the decision with its reason, never the score alone. */
export function decisionLine(result: BantResult): string {
	return `${decisionText(result)}: ${decisionWhy(result)}`;
}
