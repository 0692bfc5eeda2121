/**
 * What leaves the scorecard: the CRM note a rep copies and the CSV rows of
 * the saved leads. Loaded when a rep copies or downloads, never in the first view.
 */
import type { Cell } from '~/lib/calculators/shared/csv';
import type { BantRubric } from './schema';
import { scoreLead, type BantResult } from './compute';
import { decisionLine, decisionText } from './format';
import type { Lead } from './leads';
import { proposalClock } from './proposalClock';

export function bantSummary(
	rubric: BantRubric,
	scores: Record<string, number>,
	result: BantResult,
	who: { name?: string; company?: string; goAt?: string } = {},
): string {
	const lead = [who.name?.trim(), who.company?.trim()].filter(Boolean).join(', ');
	const due =
		result.decision === 'go' && who.goAt ? proposalClock(who.goAt, rubric.proposalSloHours, new Date(0)) : null;
	return [
		...(lead ? [`Lead: ${lead}`] : []),
		`BANT decision: ${decisionLine(result)}`,
		`BANT score: ${Math.round(result.score)}/100 → ${decisionText(result)}${result.stops.length ? ' (a stop overrides the score)' : ''}`,
		...rubric.criteria.map((c) =>
			scores[c.id] === undefined
				? `- ${c.label} (${c.weight}%): not scored (GO minimum ${c.gate.minimum})`
				: `- ${c.label} (${c.weight}%): ${scores[c.id]}/3 - ${c.levels[scores[c.id] ?? 0]} (GO minimum ${c.gate.minimum})`,
		),
		...result.reasons.map((r) => `Reason: ${r}`),
		...(result.nextStep ? [`Next step: ${result.nextStep}`] : []),
		...result.gaps.map((g) => `To qualify ${g.label}: ${g.nextStep}`),
		...(due ? [`Became GO: ${who.goAt}; proposal due by ${due.dueAt} (${rubric.proposalSloHours}-hour SLO)`] : []),
		...(result.weak.length ? [`Follow up on: ${result.weak.map((w) => w.label).join(', ')}`] : []),
	].join('\n');
}

export function leadsCsvRows(rubric: BantRubric, leads: readonly Lead[]): Cell[][] {
	return [
		[
			'Lead',
			'Company',
			'Saved',
			...rubric.criteria.map((c) => `${c.label} (0-3)`),
			'Score',
			'Decision',
			'Reasons',
			'Next step',
			'Became GO',
			'Proposal due',
			'Proposal sent',
		],
		...leads.map((l) => {
			const r = scoreLead(rubric, { scores: l.scores, hardStops: l.hardStops });
			const goAt = r.decision === 'go' ? (l.goAt ?? l.savedAt) : '';
			return [
				l.name,
				l.company,
				l.savedAt,
				...rubric.criteria.map((c) => l.scores[c.id] ?? ''),
				Math.round(r.score),
				decisionText(r),
				r.reasons.join(' '),
				[r.nextStep ?? '', ...r.gaps.map((g) => `${g.label}: ${g.nextStep}`)].filter(Boolean).join(' '),
				goAt,
				goAt ? proposalClock(goAt, rubric.proposalSloHours, new Date(0)).dueAt : '',
				l.proposalSentAt ?? '',
			];
		}),
	];
}
