import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import { DECISION_LABELS, decisionWhy, scoreLead } from '~/lib/calculators/bant/compute';
import { bantSummary, decisionText, leadsCsvRows } from '~/lib/calculators/bant/format';
import {
	DRAFT_STORAGE_KEY,
	isBlankDraft,
	newLeadId,
	parseDraft,
	removeLead,
	serializeDraft,
	upsertLead,
	type Draft,
	type Lead,
} from '~/lib/calculators/bant/leads';
import { nextGoAt, proposalClock, proposalClockText } from '~/lib/calculators/bant/proposalClock';
import { readBantUrl } from '~/lib/calculators/bant/urlState';
import { plainTextError } from '~/lib/calculators/shared/plainText';
import { toCsv } from '~/lib/calculators/shared/csv';
import { formatNumber } from '~/lib/format';
import { roleLabel } from '~/lib/handbook/roles';
import { ResultActions } from './shared/ResultActions';
import { UrlNotice } from './shared/UrlNotice';
import { useLeadStore } from './bant/useLeadStore';

type Props = {
	rubric: BantRubric;
	idPrefix?: string;
	/** The internal ROI calculator page, which a GO lead opens with its company filled in. */
	roiHref: string;
};

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

const timeFormat = new Intl.DateTimeFormat('en-US', {
	weekday: 'short',
	month: 'short',
	day: 'numeric',
	hour: 'numeric',
	minute: '2-digit',
});
const formatTime = (iso: string) => timeFormat.format(new Date(iso));

function readDraft(): Draft | null {
	try {
		return parseDraft(localStorage.getItem(DRAFT_STORAGE_KEY));
	} catch {
		return null;
	}
}

function writeDraft(draft: Draft) {
	try {
		if (isBlankDraft(draft)) localStorage.removeItem(DRAFT_STORAGE_KEY);
		else localStorage.setItem(DRAFT_STORAGE_KEY, serializeDraft(draft));
	} catch {
		// Storage off or full: the lead stays on screen, and saving it says so.
	}
}

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
	const [scores, setScores] = useState<Record<string, number>>({});
	const [stops, setStops] = useState<string[]>([]);
	const [name, setName] = useState('');
	const [company, setCompany] = useState('');
	const [editing, setEditing] = useState<string | null>(null);
	const [goAt, setGoAt] = useState<string | undefined>(undefined);
	const [rejected, setRejected] = useState<string[]>([]);
	const [status, setStatus] = useState('');
	const [restored, setRestored] = useState(false);
	const store = useLeadStore();
	const now = useNow();

	useEffect(() => {
		// A shared link wins over the draft in this browser; otherwise the lead in progress comes back.
		const state = location.search ? readBantUrl(location.search, rubric) : null;
		if (state) {
			setRejected(state.rejected);
			if (state.rejected.length === 0) {
				setScores(state.scores);
				setStops(state.hardStops);
			}
		} else {
			const draft = readDraft();
			if (draft) {
				setScores(draft.scores);
				setStops(draft.hardStops);
				setName(draft.name);
				setCompany(draft.company);
				setEditing(draft.editing);
				setGoAt(draft.goAt);
				if (!isBlankDraft(draft)) setStatus('The lead you were scoring is back, as you left it.');
			}
		}
		setRestored(true);
	}, []);

	const result = useMemo(() => scoreLead(rubric, { scores, hardStops: stops }), [rubric, scores, stops]);

	// The proposal clock starts when the lead turns GO and stops counting when it no longer is.
	useEffect(() => {
		if (!restored) return;
		setGoAt((previous) => nextGoAt(previous, result.decision, new Date()));
	}, [result.decision, restored]);

	useEffect(() => {
		if (restored) writeDraft({ name, company, scores, hardStops: stops, editing, goAt });
	}, [restored, name, company, scores, stops, editing, goAt]);

	const anyScored = Object.keys(scores).length > 0 || stops.length > 0;
	const nameError = plainTextError(name);
	const companyError = plainTextError(company);
	const who = { name: nameError ? '' : name, company: companyError ? '' : company, goAt };
	const roiLink = (forCompany: string) =>
		`${roiHref}${forCompany.trim() ? `?${new URLSearchParams({ company: forCompany.trim() })}` : ''}`;

	const clear = () => {
		setScores({});
		setStops([]);
		setName('');
		setCompany('');
		setEditing(null);
		setGoAt(undefined);
	};
	const saveLead = () => {
		if (nameError || companyError) return setStatus('Fix the lead name or company first.');
		if (!name.trim() && !company.trim()) return setStatus('Give the lead a name or a company before saving it.');
		const previous = store.leads.find((l) => l.id === editing);
		const lead: Lead = {
			id: editing ?? newLeadId(new Date(), Math.random()),
			name: name.trim(),
			company: company.trim(),
			scores,
			hardStops: stops,
			savedAt: new Date().toISOString(),
			...(goAt ? { goAt } : {}),
			...(goAt && previous?.proposalSentAt ? { proposalSentAt: previous.proposalSentAt } : {}),
		};
		if (store.save(upsertLead(store.leads, lead))) {
			setEditing(lead.id);
			setStatus(`Saved ${lead.name || lead.company} in this browser.`);
		}
	};
	const edit = (lead: Lead) => {
		setScores(lead.scores);
		setStops(lead.hardStops);
		setName(lead.name);
		setCompany(lead.company);
		setEditing(lead.id);
		setGoAt(lead.goAt ?? (scoreLead(rubric, lead).decision === 'go' ? lead.savedAt : undefined));
		setStatus(`Editing ${lead.name || lead.company}.`);
	};
	const downloadLeads = () => {
		const blob = new Blob([toCsv(leadsCsvRows(rubric, store.leads))], { type: 'text/csv;charset=utf-8' });
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = 'tai-bant-leads.csv';
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		setStatus('Downloaded tai-bant-leads.csv.');
	};

	const textField = (id: string, label: string, value: string, error: string | null, set: (t: string) => void) => (
		<div class={`hb-field${error ? ' hb-field-invalid' : ''}`}>
			<label for={id}>{label}</label>
			<div class="hb-input">
				<input
					id={id}
					type="text"
					value={value}
					maxLength={200}
					autoComplete="off"
					aria-invalid={error ? 'true' : 'false'}
					aria-describedby={error ? `${id}-error` : undefined}
					onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
				/>
			</div>
			{error && (
				<p id={`${id}-error`} class="hb-error">
					{error}
				</p>
			)}
		</div>
	);

	return (
		<div class="hb-calc not-content" data-calculator="bant">
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="BANT scorecard">
				<fieldset>
					<legend>Lead</legend>
					{textField(`${idPrefix}-name`, 'Lead name', name, nameError, setName)}
					{textField(`${idPrefix}-company`, 'Company', company, companyError, setCompany)}
				</fieldset>
				{rubric.criteria.map((c) => (
					<fieldset
						key={c.id}
						class="hb-criterion"
						aria-describedby={`${idPrefix}-${c.id}-gate ${idPrefix}-${c.id}-counterpart`}
					>
						<legend>
							{c.label} <span class="hb-unit">(weight {c.weight}%, score 0-3)</span>
						</legend>
						<p id={`${idPrefix}-${c.id}-gate`} class="hb-gate" data-gate={c.id}>
							GO needs level {c.gate.minimum} or above (set by the {roleLabel(c.gate.owner)})
						</p>
						<p id={`${idPrefix}-${c.id}-counterpart`} class="hb-hint">
							{c.counterpart}
						</p>
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
								{c.disqualifying.includes(level) ? (
									<span class="hb-stop-tag"> (stop: NO-GO)</span>
								) : (
									level < c.gate.minimum && <span class="hb-below-tag"> (below GO minimum)</span>
								)}
							</label>
						))}
					</fieldset>
				))}
				<fieldset>
					<legend>Other hard stops (any one means NO-GO)</legend>
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
					{!anyScored ? (
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
				{anyScored && (
					<p class="hb-score-line">
						Score <strong data-result="score">{formatNumber(result.score, 0)}</strong> out of 100
						{result.stops.length > 0
							? ', which does not count: a stop decides on its own.'
							: '. The score ranks leads; GO needs every criterion at its minimum.'}
					</p>
				)}
				{anyScored && (
					<ul data-result="reasons">
						{result.reasons.map((r) => (
							<li key={r}>{r}</li>
						))}
					</ul>
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
						{goAt && (
							<p data-result="clock">
								{proposalClockText(proposalClock(goAt, rubric.proposalSloHours, now), formatTime)}; the clock started
								when the lead became GO ({formatTime(goAt)}).
							</p>
						)}
						<p>
							<a class="hb-button-link" data-result="open-roi" href={roiLink(who.company)}>
								Open the ROI calculator{who.company.trim() ? ` for ${who.company.trim()}` : ''}
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
					<button type="button" onClick={saveLead}>
						{editing ? 'Update saved lead' : 'Save lead'}
					</button>
					<button type="button" onClick={clear}>
						New lead
					</button>
				</div>
				<ResultActions
					summary={() => bantSummary(rubric, scores, result, who)}
					csvRows={() => leadsCsvRows(rubric, store.leads)}
					csvName="tai-bant-leads.csv"
					csvLabel={`Download CSV (${store.leads.length} saved ${store.leads.length === 1 ? 'lead' : 'leads'})`}
					csvEmpty={store.leads.length === 0 ? 'No saved leads to download yet: save the lead first.' : undefined}
				/>
			</section>
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
								<thead>
									<tr>
										<th scope="col">Lead</th>
										<th scope="col">Decision</th>
										<th scope="col">Score</th>
										<th scope="col">Proposal</th>
										<th scope="col">Actions</th>
									</tr>
								</thead>
								<tbody>
									{store.leads.map((l) => {
										const r = scoreLead(rubric, { scores: l.scores, hardStops: l.hardStops });
										const title = [l.name, l.company].filter(Boolean).join(', ');
										const leadGoAt = r.decision === 'go' ? (l.goAt ?? l.savedAt) : undefined;
										const clock = leadGoAt
											? proposalClock(leadGoAt, rubric.proposalSloHours, now, l.proposalSentAt)
											: null;
										return (
											<tr key={l.id} data-lead={l.id}>
												<th scope="row">{title}</th>
												<td>
													<strong>{decisionText(r)}</strong>
													{r.decision && <span class="hb-lead-why">: {decisionWhy(r)}</span>}
												</td>
												<td class="hb-num">{formatNumber(r.score, 0)}</td>
												<td data-clock={clock?.state}>
													{clock ? (
														<>
															<span class={`hb-clock hb-clock-${clock.state}`}>
																{proposalClockText(clock, formatTime)}
															</span>
															<span class="hb-lead-links">
																<a href={roiLink(l.company)} data-lead-roi>
																	ROI for {l.company || l.name}
																</a>
																{clock.state !== 'sent' && (
																	<button
																		type="button"
																		aria-label={`Mark the proposal to ${title} as sent`}
																		onClick={() => {
																			if (
																				store.save(
																					upsertLead(store.leads, {
																						...l,
																						proposalSentAt: new Date().toISOString(),
																					}),
																				)
																			)
																				setStatus(`Proposal to ${title} marked as sent.`);
																		}}
																	>
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
													<button type="button" onClick={() => edit(l)} aria-label={`Edit ${title}`}>
														Edit
													</button>
													<button
														type="button"
														aria-label={`Copy CRM note for ${title}`}
														onClick={async () =>
															setStatus(
																(await copy(bantSummary(rubric, l.scores, r, { ...l, goAt: leadGoAt })))
																	? `CRM note for ${title} copied.`
																	: 'Copy failed.',
															)
														}
													>
														Copy CRM note
													</button>
													<button
														type="button"
														aria-label={`Delete ${title}`}
														onClick={() => {
															if (store.save(removeLead(store.leads, l.id))) {
																if (editing === l.id) setEditing(null);
																setStatus(`Deleted ${title}.`);
															}
														}}
													>
														Delete
													</button>
												</td>
											</tr>
										);
									})}
								</tbody>
							</table>
						</div>
						<div class="hb-actions">
							<button type="button" onClick={downloadLeads}>
								Export leads as CSV
							</button>
						</div>
					</>
				)}
				<p class="hb-status" role="status" aria-live="polite">
					{status}
				</p>
			</section>
		</div>
	);
}
