import { DECISION_LABELS, decisionWhy, type BantResult } from '~/lib/calculators/bant/compute';
import { formatClockTime, proposalClock, proposalClockText } from '~/lib/calculators/bant/proposalClock';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import type { Cell } from '~/lib/calculators/shared/csv';
import { formatNumber } from '~/lib/format';
import { ResultActions } from '../shared/ResultActions';

type Props = {
	rubric: BantRubric;
	result: BantResult;
	scored: boolean;
	company: string;
	goAt?: string;
	now: Date;
	roiLink: (company: string) => string;
	editing: boolean;
	savedCount: number;
	onSave: () => void;
	onClear: () => void;
	summary: () => Promise<string>;
	csvRows: () => Promise<Cell[][]>;
	shareUrl: () => string | Promise<string>;
};

/** The decision and why, the score, what qualifies the lead, the proposal clock, and what to ask next. */
export function BantSummary(p: Props) {
	const { result } = p;
	const company = p.company.trim();
	return (
		<section class="hb-results" aria-label="BANT result">
			<p class="hb-headline" role="status" aria-live="polite">
				{!p.scored ? (
					<span data-result="decision">Not scored yet</span>
				) : (
					<>
						<strong
							class={`hb-decision${result.decision ? ` hb-decision-${result.decision}` : ''}`}
							data-result="decision"
						>
							{result.decision ? DECISION_LABELS[result.decision] : 'No decision yet'}
						</strong>
						: <span data-result="why">{decisionWhy(result)}</span>
					</>
				)}
			</p>
			{p.scored && (
				<>
					<p class="hb-score-line">
						Score <strong data-result="score">{formatNumber(result.score, 0)}</strong> out of 100
						{result.stops.length > 0
							? ', which does not count: a stop decides on its own.'
							: '. The score ranks leads; GO needs every criterion at its minimum.'}
					</p>
					<ul data-result="reasons">
						{result.reasons.map((r) => (
							<li key={r}>{r}</li>
						))}
					</ul>
				</>
			)}
			{result.nextStep && (
				<p>
					<strong>Next step:</strong> <span data-result="next-step">{result.nextStep}</span>
				</p>
			)}
			{result.gaps.length > 0 && (
				<>
					<h3>What qualifies this lead</h3>
					<ul data-result="gaps">
						{result.gaps.map((g) => (
							<li key={g.id}>
								<strong>
									{g.label} (now {g.level}, GO needs {g.minimum}):
								</strong>{' '}
								{g.nextStep}
							</li>
						))}
					</ul>
				</>
			)}
			{result.decision === 'go' && (
				<>
					{p.goAt && (
						<p data-result="clock">
							{proposalClockText(proposalClock(p.goAt, p.rubric.proposalSloHours, p.now), formatClockTime)}; the clock
							started when the lead became GO ({formatClockTime(p.goAt)}).
						</p>
					)}
					<p>
						<a class="hb-button-link" data-result="open-roi" href={p.roiLink(company)}>
							Open the ROI calculator{company ? ` for ${company}` : ''}
						</a>
					</p>
				</>
			)}
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
			<div class="hb-actions">
				<button type="button" onClick={p.onSave}>
					{p.editing ? 'Update saved lead' : 'Save lead'}
				</button>
				<button type="button" onClick={p.onClear}>
					New lead
				</button>
			</div>
			<ResultActions
				summary={p.summary}
				csvRows={p.csvRows}
				csvName="tai-bant-leads.csv"
				csvLabel={`Download CSV (${p.savedCount} saved ${p.savedCount === 1 ? 'lead' : 'leads'})`}
				csvEmpty={p.savedCount === 0 ? 'No saved leads to download yet: save the lead first.' : undefined}
				shareUrl={p.shareUrl}
			/>
		</section>
	);
}
