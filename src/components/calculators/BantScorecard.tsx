import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import { DECISION_LABELS, scoreLead } from '~/lib/calculators/bant/compute';
import { bantSummary } from '~/lib/calculators/bant/format';
import { readBantUrl, writeBantUrl } from '~/lib/calculators/bant/urlState';
import { formatNumber } from '~/lib/format';
import { ResultActions } from './shared/ResultActions';
import { UrlNotice } from './shared/UrlNotice';

type Props = { rubric: BantRubric; idPrefix?: string };

export default function BantScorecard({ rubric, idPrefix = 'bant' }: Props) {
	const blank = () => Object.fromEntries(rubric.criteria.map((c) => [c.id, 0]));
	const [scores, setScores] = useState<Record<string, number>>(blank);
	const [stops, setStops] = useState<string[]>([]);
	const [rejected, setRejected] = useState<string[]>([]);

	useEffect(() => {
		if (!location.search) return;
		const state = readBantUrl(location.search, rubric);
		if (!state) return;
		setRejected(state.rejected);
		if (state.rejected.length === 0) {
			setScores(state.scores);
			setStops(state.hardStops);
		}
	}, []);

	const result = useMemo(() => scoreLead(rubric, { scores, hardStops: stops }), [rubric, scores, stops]);
	const shareUrl = () => `${location.origin}${location.pathname}?${writeBantUrl(scores, stops)}`;

	return (
		<div class="hb-calc not-content" data-calculator="bant">
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="BANT scorecard">
				{rubric.criteria.map((c) => (
					<fieldset key={c.id} class="hb-criterion">
						<legend>
							{c.label} <span class="hb-unit">(weight {c.weight}%, score 0-3)</span>
						</legend>
						{c.levels.map((text, level) => (
							<label key={level} class="hb-level">
								<input
									type="radio"
									name={`${idPrefix}-${c.id}`}
									value={level}
									checked={scores[c.id] === level}
									onChange={() => setScores((prev) => ({ ...prev, [c.id]: level }))}
								/>{' '}
								<strong>{level}</strong> - {text}
							</label>
						))}
					</fieldset>
				))}
				<fieldset>
					<legend>Hard stops (any one means NO-GO)</legend>
					{rubric.hardStops.map((s) => (
						<label key={s.id} class="hb-level">
							<input
								type="checkbox"
								name={`${idPrefix}-stop`}
								value={s.id}
								checked={stops.includes(s.id)}
								onChange={(e) => {
									const on = (e.currentTarget as HTMLInputElement).checked;
									setStops((prev) => (on ? [...prev, s.id] : prev.filter((x) => x !== s.id)));
								}}
							/>{' '}
							{s.label}
						</label>
					))}
				</fieldset>
			</form>
			<section class="hb-results" aria-label="BANT result">
				<p class="hb-headline" role="status" aria-live="polite">
					Score <strong data-result="score">{formatNumber(result.score, 0)}</strong> out of 100:{' '}
					<strong class={`hb-decision hb-decision-${result.decision}`} data-result="decision">
						{DECISION_LABELS[result.decision]}
					</strong>
				</p>
				<ul>
					{result.reasons.map((r) => (
						<li key={r}>{r}</li>
					))}
				</ul>
				<p>
					<strong>Next step:</strong> <span data-result="next-step">{result.nextStep}</span>
				</p>
				{result.weak.length > 0 && (
					<>
						<h3>Ask on the follow-up</h3>
						<ul>
							{result.weak.map((w) => (
								<li key={w.id}>
									<strong>{w.label}</strong> (scored {w.level}): {w.prompts.join(' ')}
								</li>
							))}
						</ul>
					</>
				)}
				<ResultActions
					summary={() => bantSummary(rubric, scores, result)}
					csvRows={() => [
						['Criterion', 'Weight %', 'Score (0-3)', 'Level'],
						...rubric.criteria.map((c) => [c.label, c.weight, scores[c.id] ?? 0, c.levels[scores[c.id] ?? 0] ?? '']),
						['Total score', '', Math.round(result.score), DECISION_LABELS[result.decision]],
					]}
					csvName="tai-bant-score.csv"
					shareUrl={shareUrl}
				/>
			</section>
		</div>
	);
}
