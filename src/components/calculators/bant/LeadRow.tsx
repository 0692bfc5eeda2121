import { decisionWhy, type BantResult } from '~/lib/calculators/bant/compute';
import { decisionText } from '~/lib/calculators/bant/format';
import type { Lead } from '~/lib/calculators/bant/leads';
import { formatClockTime, proposalClockText, type ProposalClock } from '~/lib/calculators/bant/proposalClock';
import { formatNumber } from '~/lib/format';

type Props = {
	lead: Lead;
	title: string;
	result: BantResult;
	clock: ProposalClock | null;
	roiHref: string;
	onEdit: () => void;
	onSent: () => void;
	onCopyNote: () => void;
	onDelete: () => void;
};

/** One saved lead: its decision and score, its proposal clock and ROI link while GO, and what can be done with it. */
export function LeadRow({ lead, title, result, clock, roiHref, onEdit, onSent, onCopyNote, onDelete }: Props) {
	return (
		<tr data-lead={lead.id}>
			<th scope="row">{title}</th>
			<td>
				<strong>{decisionText(result)}</strong>
				{result.decision && <span class="hb-lead-why">: {decisionWhy(result)}</span>}
			</td>
			<td class="hb-num">{formatNumber(result.score, 0)}</td>
			<td data-clock={clock?.state}>
				{clock ? (
					<>
						<span class={`hb-clock hb-clock-${clock.state}`}>{proposalClockText(clock, formatClockTime)}</span>
						<span class="hb-lead-links">
							<a href={roiHref} data-lead-roi>
								ROI for {lead.company || lead.name}
							</a>
							{clock.state !== 'sent' && (
								<button type="button" aria-label={`Mark the proposal to ${title} as sent`} onClick={onSent}>
									Mark sent
								</button>
							)}
						</span>
					</>
				) : (
					'No proposal: not GO'
				)}
			</td>
			<td class="hb-lead-actions">
				<button type="button" onClick={onEdit} aria-label={`Edit ${title}`}>
					Edit
				</button>
				<button type="button" aria-label={`Copy CRM note for ${title}`} onClick={onCopyNote}>
					Copy CRM note
				</button>
				<button type="button" aria-label={`Delete ${title}`} onClick={onDelete}>
					Delete
				</button>
			</td>
		</tr>
	);
}
