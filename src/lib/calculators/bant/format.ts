/** The CRM summary of a scored lead. */
import type { BantRubric } from './schema';
import { DECISION_LABELS, type BantResult } from './compute';

export function bantSummary(rubric: BantRubric, scores: Record<string, number>, result: BantResult): string {
	return [
		`BANT score: ${Math.round(result.score)}/100 → ${DECISION_LABELS[result.decision]}`,
		...rubric.criteria.map(
			(c) => `- ${c.label} (${c.weight}%): ${scores[c.id] ?? 0}/3 - ${c.levels[scores[c.id] ?? 0]}`,
		),
		...result.reasons.map((r) => `Reason: ${r}`),
		`Next step: ${result.nextStep}`,
		...(result.weak.length ? [`Follow up on: ${result.weak.map((w) => w.label).join(', ')}`] : []),
	].join('\n');
}
