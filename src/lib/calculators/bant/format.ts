/** The CRM note and CSV rows of scored leads. */
import type { Cell } from '~/lib/calculators/shared/csv';
import type { BantRubric } from './schema';
import { DECISION_LABELS, scoreLead, type BantResult } from './compute';
import type { Lead } from './leads';

export function decisionText(result: BantResult): string {
	return result.decision ? DECISION_LABELS[result.decision] : 'not decided yet';
}

export function bantSummary(
	rubric: BantRubric,
	scores: Record<string, number>,
	result: BantResult,
	who: { name?: string; company?: string } = {},
): string {
	const lead = [who.name?.trim(), who.company?.trim()].filter(Boolean).join(', ');
	return [
		...(lead ? [`Lead: ${lead}`] : []),
		`BANT score: ${Math.round(result.score)}/100 → ${decisionText(result)}`,
		...rubric.criteria.map((c) =>
			scores[c.id] === undefined
				? `- ${c.label} (${c.weight}%): not scored`
				: `- ${c.label} (${c.weight}%): ${scores[c.id]}/3 - ${c.levels[scores[c.id] ?? 0]}`,
		),
		...result.reasons.map((r) => `Reason: ${r}`),
		...(result.nextStep ? [`Next step: ${result.nextStep}`] : []),
		...(result.weak.length ? [`Follow up on: ${result.weak.map((w) => w.label).join(', ')}`] : []),
	].join('\n');
}

export function leadsCsvRows(rubric: BantRubric, leads: readonly Lead[]): Cell[][] {
	return [
		['Lead', 'Company', 'Saved', ...rubric.criteria.map((c) => `${c.label} (0-3)`), 'Score', 'Decision', 'Reasons'],
		...leads.map((l) => {
			const r = scoreLead(rubric, { scores: l.scores, hardStops: l.hardStops });
			return [
				l.name,
				l.company,
				l.savedAt,
				...rubric.criteria.map((c) => l.scores[c.id] ?? ''),
				Math.round(r.score),
				decisionText(r),
				r.reasons.join(' '),
			];
		}),
	];
}
