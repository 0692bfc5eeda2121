import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import { DECISION_LABELS, scoreLead } from '~/lib/calculators/bant/compute';
import { bantSummary, decisionText, leadsCsvRows } from '~/lib/calculators/bant/format';
import { newLeadId, removeLead, upsertLead, type Lead } from '~/lib/calculators/bant/leads';
import { readBantUrl } from '~/lib/calculators/bant/urlState';
import { plainTextError } from '~/lib/calculators/shared/plainText';
import { toCsv } from '~/lib/calculators/shared/csv';
import { formatNumber } from '~/lib/format';
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

export default function BantScorecard({ rubric, idPrefix = 'bant', roiHref }: Props) {
	const [scores, setScores] = useState<Record<string, number>>({});
	const [stops, setStops] = useState<string[]>([]);
	const [name, setName] = useState('');
	const [company, setCompany] = useState('');
	const [editing, setEditing] = useState<string | null>(null);
	const [rejected, setRejected] = useState<string[]>([]);
	const [status, setStatus] = useState('');
	const store = useLeadStore();

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
	const anyScored = Object.keys(scores).length > 0 || stops.length > 0;
	const nameError = plainTextError(name);
	const companyError = plainTextError(company);
	const who = { name: nameError ? '' : name, company: companyError ? '' : company };

	const clear = () => {
		setScores({});
		setStops([]);
		setName('');
		setCompany('');
		setEditing(null);
	};
	const saveLead = () => {
		if (nameError || companyError) return setStatus('Fix the lead name or company first.');
		if (!name.trim() && !company.trim()) return setStatus('Give the lead a name or a company before saving it.');
		const lead: Lead = {
			id: editing ?? newLeadId(new Date(), Math.random()),
			name: name.trim(),
			company: company.trim(),
			scores,
			hardStops: stops,
			savedAt: new Date().toISOString(),
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
		setStatus(`Editing ${lead.name || lead.company}.`);
	};
	const exportCsv = () => {
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
					<fieldset key={c.id} class="hb-criterion" aria-describedby={`${idPrefix}-${c.id}-counterpart`}>
						<legend>
							{c.label} <span class="hb-unit">(weight {c.weight}%, score 0-3)</span>
						</legend>
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
								{c.disqualifying.includes(level) && <span class="hb-stop-tag"> (stop: NO-GO)</span>}
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
							Score <strong data-result="score">{formatNumber(result.score, 0)}</strong> out of 100:{' '}
							<strong
								class={`hb-decision${result.decision ? ` hb-decision-${result.decision}` : ''}`}
								data-result="decision"
							>
								{result.decision ? DECISION_LABELS[result.decision] : 'no decision until every criterion is scored'}
							</strong>
						</>
					)}
				</p>
				{anyScored && (
					<ul>
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
				{result.decision === 'go' && (
					<p>
						<a
							class="hb-button-link"
							data-result="open-roi"
							href={`${roiHref}${who.company.trim() ? `?${new URLSearchParams({ company: who.company.trim() })}` : ''}`}
						>
							Open the ROI calculator{who.company.trim() ? ` for ${who.company.trim()}` : ''}
						</a>
					</p>
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
					csvRows={() =>
						leadsCsvRows(rubric, [
							{
								id: 'current',
								name: who.name,
								company: who.company,
								scores,
								hardStops: stops,
								savedAt: new Date().toISOString(),
							},
						])
					}
					csvName="tai-bant-score.csv"
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
										<th scope="col">Score</th>
										<th scope="col">Decision</th>
										<th scope="col">Actions</th>
									</tr>
								</thead>
								<tbody>
									{store.leads.map((l) => {
										const r = scoreLead(rubric, { scores: l.scores, hardStops: l.hardStops });
										const title = [l.name, l.company].filter(Boolean).join(', ');
										return (
											<tr key={l.id} data-lead={l.id}>
												<th scope="row">{title}</th>
												<td class="hb-num">{formatNumber(r.score, 0)}</td>
												<td>{decisionText(r)}</td>
												<td class="hb-lead-actions">
													<button type="button" onClick={() => edit(l)} aria-label={`Edit ${title}`}>
														Edit
													</button>
													<button
														type="button"
														aria-label={`Copy CRM note for ${title}`}
														onClick={async () =>
															setStatus(
																(await copy(bantSummary(rubric, l.scores, r, l)))
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
							<button type="button" onClick={exportCsv}>
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
