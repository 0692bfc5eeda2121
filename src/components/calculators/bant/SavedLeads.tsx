import { scoreLead } from '~/lib/calculators/bant/compute';
import { removeLead, upsertLead, type Lead } from '~/lib/calculators/bant/leads';
import { proposalClock } from '~/lib/calculators/bant/proposalClock';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import { copyText, downloadCsv } from '../shared/actions';
import { ColumnHeads } from '../shared/ColumnHeads';
import { LeadRow } from './LeadRow';
import type { useLeadStore } from './useLeadStore';

type Props = {
	rubric: BantRubric;
	idPrefix: string;
	store: ReturnType<typeof useLeadStore>;
	now: Date;
	roiLink: (company: string) => string;
	onStatus: (text: string) => void;
	onEdit: (lead: Lead, goAt: string | undefined) => void;
	onDeleted: (id: string) => void;
};

const exported = () => import('~/lib/calculators/bant/export');

/** The leads saved in this browser: decision, score, proposal clock and actions for each, and the CSV export. */
export function SavedLeads({ rubric, idPrefix, store, now, roiLink, onStatus, onEdit, onDeleted }: Props) {
	const row = (l: Lead) => {
		const result = scoreLead(rubric, l);
		const title = [l.name, l.company].filter(Boolean).join(', ');
		const goAt = result.decision === 'go' ? (l.goAt ?? l.savedAt) : undefined;
		const save = (leads: Lead[], done: string) => store.save(leads) && (onStatus(done), true);
		return (
			<LeadRow
				key={l.id}
				lead={l}
				title={title}
				result={result}
				clock={goAt ? proposalClock(goAt, rubric.proposalSloHours, now, l.proposalSentAt) : null}
				roiHref={roiLink(l.company)}
				onEdit={() => onEdit(l, goAt)}
				onSent={() =>
					save(
						upsertLead(store.leads, { ...l, proposalSentAt: new Date().toISOString() }),
						`Proposal to ${title} marked as sent.`,
					)
				}
				onCopyNote={async () => {
					const note = exported().then((m) => m.bantSummary(rubric, l.scores, result, { ...l, goAt }));
					onStatus((await copyText(note)) ? `CRM note for ${title} copied.` : 'Copy failed.');
				}}
				onDelete={() => save(removeLead(store.leads, l.id), `Deleted ${title}.`) && onDeleted(l.id)}
			/>
		);
	};
	return (
		<section class="hb-results hb-leads" aria-labelledby={`${idPrefix}-leads-title`}>
			<h3 id={`${idPrefix}-leads-title`}>Leads saved in this browser</h3>
			{store.problem && (
				<p class="hb-notice" role="alert">
					{store.problem}
				</p>
			)}
			{store.leads.length === 0 ? (
				<p>No leads saved yet.</p>
			) : (
				<>
					<div class="hb-table-scroll" tabIndex={0} role="region" aria-label="Saved leads">
						<table>
							<ColumnHeads names={['Lead', 'Decision', 'Score', 'Proposal', 'Actions']} />
							<tbody>{store.leads.map(row)}</tbody>
						</table>
					</div>
					<div class="hb-actions">
						<button
							type="button"
							onClick={async () => {
								await downloadCsv('tai-bant-leads.csv', (await exported()).leadsCsvRows(rubric, store.leads));
								onStatus('Downloaded tai-bant-leads.csv.');
							}}
						>
							Export leads as CSV
						</button>
					</div>
				</>
			)}
		</section>
	);
}
