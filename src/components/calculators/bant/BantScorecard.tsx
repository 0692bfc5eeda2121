import { useEffect, useMemo, useState } from 'preact/hooks';
import { scoreLead } from '~/lib/calculators/bant/compute';
import { checkLead, newLeadId, upsertLead, type Lead, type LeadForm } from '~/lib/calculators/bant/leads';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import { bantLink, readBantUrl } from '~/lib/calculators/bant/urlState';
import { deferred } from '../shared/deferred';
import { UrlNotice } from '../shared/UrlNotice';
import { useCalculator } from '../shared/useCalculator';
import { BantForm } from './BantForm';
import { useLeadDraft } from './useLeadDraft';
import { useLeadStore } from './useLeadStore';

type Props = {
	rubric: BantRubric;
	idPrefix?: string;
	/** The internal ROI calculator page, which a GO lead opens with its company filled in. */
	roiHref: string;
};

const BantSummary = deferred(() => import('./BantSummary').then((m) => m.BantSummary));
const SavedLeads = deferred(() => import('./SavedLeads').then((m) => m.SavedLeads));

const BLANK: LeadForm = { name: '', company: '', scores: {}, hardStops: [] };
const exported = () => import('~/lib/calculators/bant/export');

/** Renders again twice a minute so proposal clocks count down while the page is open; returns the time of this render. */
function useNow(): Date {
	const [, setTick] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setTick((t) => t + 1), 30_000);
		return () => clearInterval(timer);
	}, []);
	return new Date();
}

export default function BantScorecard({ rubric, idPrefix = 'bant', roiHref }: Props) {
	const link = useMemo(() => bantLink(rubric), [rubric]);
	const state = useCalculator({ initial: BLANK, check: checkLead, link });
	const lead = state.values;
	const result = useMemo(() => scoreLead(rubric, lead), [rubric, lead]);
	const draft = useLeadDraft(state.form, result.decision, () => readBantUrl(location.search, rubric), state.setForm);
	const { editing, setEditing, goAt } = draft;
	const [status, setStatus] = useState('');
	useEffect(() => {
		if (draft.restored === 'draft') setStatus('The lead you were scoring is back, as you left it.');
	}, [draft.restored]);
	const store = useLeadStore();
	const now = useNow();

	const roiLink = (company: string) =>
		`${roiHref}${company.trim() ? `?${new URLSearchParams({ company: company.trim() })}` : ''}`;
	const edit = (form: LeadForm, id: string | null, since?: string) => {
		const { name, company, scores, hardStops } = form;
		state.setForm({ name, company, scores, hardStops });
		setEditing(id);
		draft.setGoAt(since);
	};
	const saveLead = () => {
		if (Object.keys(state.errors).length > 0) return setStatus('Fix the lead name or company first.');
		if (!lead.name.trim() && !lead.company.trim())
			return setStatus('Give the lead a name or a company before saving it.');
		const previous = store.leads.find((l) => l.id === editing);
		const saved: Lead = {
			...lead,
			id: editing ?? newLeadId(new Date(), Math.random()),
			name: lead.name.trim(),
			company: lead.company.trim(),
			savedAt: new Date().toISOString(),
			...(goAt ? { goAt } : {}),
			...(goAt && previous?.proposalSentAt ? { proposalSentAt: previous.proposalSentAt } : {}),
		};
		if (store.save(upsertLead(store.leads, saved))) {
			setEditing(saved.id);
			setStatus(`Saved ${saved.name || saved.company} in this browser.`);
		}
	};

	return (
		<div class="hb-calc not-content" data-calculator="bant">
			<UrlNotice rejected={state.rejected} onDismiss={state.dismiss} />
			<BantForm rubric={rubric} idPrefix={idPrefix} form={state.form} errors={state.errors} onChange={state.setForm} />
			<BantSummary
				when={`${JSON.stringify(state.form)} ${store.leads.length} ${editing} ${goAt}`}
				rubric={rubric}
				result={result}
				scored={Object.keys(lead.scores).length > 0 || lead.hardStops.length > 0}
				company={lead.company}
				goAt={goAt}
				now={now}
				roiLink={roiLink}
				editing={editing !== null}
				savedCount={store.leads.length}
				onSave={saveLead}
				onClear={() => edit(BLANK, null)}
				summary={async () => (await exported()).bantSummary(rubric, lead.scores, result, { ...lead, goAt })}
				csvRows={async () => (await exported()).leadsCsvRows(rubric, store.leads)}
				shareUrl={() => state.shareLink()}
			/>
			<SavedLeads
				when={store.leads.length > 0 || store.problem ? store : undefined}
				rubric={rubric}
				idPrefix={idPrefix}
				store={store}
				now={now}
				roiLink={roiLink}
				onStatus={setStatus}
				onEdit={(l, since) => {
					edit(l, l.id, since);
					setStatus(`Editing ${l.name || l.company}.`);
				}}
				onDeleted={(id) => editing === id && setEditing(null)}
			/>
			<p class="hb-status" role="status" aria-live="polite">
				{status}
			</p>
		</div>
	);
}
