import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { RUNWAY_DEFAULTS, RUNWAY_FIELDS, type RunwayInputs } from '~/lib/calculators/runway/schema';
import { computeRunway, type RunwayResult } from '~/lib/calculators/runway/compute';
import { applyLever, runwayLevers, type LeverId } from '~/lib/calculators/runway/levers';
import {
	breakEvenText,
	calendarMonth,
	changeText,
	hireLeverText,
	keyMonths,
	leverLines,
	PROJECTION_NOTE,
	runwayCsvRows,
	runwayMonthsText,
	runwaySummary,
	runwayText,
	verdictText,
} from '~/lib/calculators/runway/format';
import {
	addFormRow,
	formFromInputs,
	inputsFromForm,
	removeFormRow,
	updateFormRow,
	type RunwayForm,
	type SectionId,
	type TopKey,
} from '~/lib/calculators/runway/form';
import { readRunwayUrl, writeRunwayHash } from '~/lib/calculators/runway/urlState';
import { formatDollars, formatNumber } from '~/lib/format';
import { NumberField } from './shared/NumberField';
import { ResultActions } from './shared/ResultActions';
import { LineChart } from './shared/LineChart';
import { UrlNotice } from './shared/UrlNotice';
import { RowEditor } from './runway/RowEditor';
import { ScenarioPanel } from './runway/ScenarioPanel';

export type RunwayPreset = { id: string; label: string; note: string; inputs: RunwayInputs };

/** The button that makes a lever's edit, in words that say what it sets. */
function leverButtonText(id: LeverId, applied: RunwayInputs): string {
	switch (id) {
		case 'growth':
			return `Set growth to ${formatNumber(applied.growthPct, 1)}%`;
		case 'extra-mrr':
			return 'Add this customer';
		case 'raise':
			return 'Set this raise';
		case 'cash':
			return `Set starting cash to ${formatDollars(applied.startingCash)}`;
	}
}
type Props = { presets?: RunwayPreset[]; initialPreset?: string; idPrefix?: string };

/** The address of this page with the model in its fragment; other query parameters stay, an old `model` one goes. */
function addressFor(inputs: RunwayInputs): string {
	const params = new URLSearchParams(location.search);
	params.delete('model');
	const query = params.toString();
	return `${location.pathname}${query ? `?${query}` : ''}#${writeRunwayHash(inputs)}`;
}

function Radios<T extends string>(p: {
	name: string;
	legend: string;
	value: T;
	options: [T, string][];
	onChange: (v: T) => void;
}) {
	return (
		<fieldset class="hb-choice">
			<legend>{p.legend}</legend>
			{p.options.map(([v, text]) => (
				<label key={v}>
					<input type="radio" name={p.name} checked={p.value === v} onChange={() => p.onChange(v)} />
					<span>{text}</span>
				</label>
			))}
		</fieldset>
	);
}

export default function RunwayCalculator({ presets = [], initialPreset, idPrefix = 'rw' }: Props) {
	const start = presets.find((p) => p.id === initialPreset)?.inputs ?? RUNWAY_DEFAULTS;
	const [form, setForm] = useState<RunwayForm>(() => formFromInputs(start));
	const [rejected, setRejected] = useState<string[]>([]);
	const [change, setChange] = useState('');
	// The last complete model, so results stay on screen (marked stale) while a field is wrong.
	const lastGood = useRef<RunwayInputs>(start);
	const lastResult = useRef<RunwayResult | null>(null);
	// The address is left alone until the model changes: a plain visit keeps a plain address.
	const firstRender = useRef(true);
	// A model opened from the address is not an edit: no "what changed" line for it.
	const quiet = useRef(false);
	// The day the summary is printed, set in the browser (the page itself was built earlier).
	const [today, setToday] = useState('');
	useEffect(() => {
		setToday(new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' }));
	}, []);

	useEffect(() => {
		const preset = presets.find((p) => p.id === new URLSearchParams(location.search).get('preset'));
		const state = readRunwayUrl(location.search, location.hash);
		const opened = state?.inputs ?? preset?.inputs;
		if (opened) {
			quiet.current = true;
			setForm(formFromInputs(opened));
		}
		if (state && !state.inputs) setRejected(state.rejected);
	}, []);

	const { inputs, errors } = useMemo(() => inputsFromForm(form), [form]);
	if (inputs) lastGood.current = inputs;
	const used = inputs ?? lastGood.current;
	const result = useMemo(() => computeRunway(used), [used]);
	const levers = useMemo(() => runwayLevers(used, result), [used, result]);

	useEffect(() => {
		const before = lastResult.current;
		lastResult.current = result;
		if (!before || before === result) return;
		if (quiet.current) quiet.current = false;
		else setChange(changeText(before, result));
	}, [result]);
	useEffect(() => {
		// The address follows the model as it is typed, so a reload or a copied address keeps it.
		if (firstRender.current) firstRender.current = false;
		else if (inputs) history.replaceState(history.state, '', addressFor(inputs));
	}, [inputs]);

	const first = used.firstMonth;
	const at = (n: number) => calendarMonth(first, n);
	const set = (patch: Partial<RunwayForm>) => setForm((f) => ({ ...f, ...patch }));
	const setTop = (k: TopKey, t: string) => setForm((f) => ({ ...f, top: { ...f.top, [k]: t } }));
	const topFields = (keys: TopKey[]) =>
		keys.map((k) => (
			<NumberField
				key={k}
				id={`${idPrefix}-${k}`}
				spec={RUNWAY_FIELDS[k]}
				value={form.top[k]}
				error={errors[k]}
				onInput={(t) => setTop(k, t)}
			/>
		));
	const rows = (section: SectionId) => ({
		idPrefix,
		section,
		rows: form[section],
		errors,
		firstMonth: inputs ? first : form.firstMonth,
		onChange: (n: number, patch: { name?: string; field?: string; text?: string }) =>
			setForm((f) => updateFormRow(f, section, n, patch)),
		onAdd: () => setForm((f) => addFormRow(f, section)),
		onRemove: (n: number) => setForm((f) => removeFormRow(f, section, n)),
	});
	const open = (i: RunwayInputs) => setForm(formFromInputs(i));

	const v = result.verdict;
	const cashOut = result.cashOutMonth;
	const raiseMonth = levers.raise && levers.raise.startBy >= 1 ? levers.raise.startBy : null;
	const hireNotes = levers.hires.map(hireLeverText);
	const month1 = result.months[0]!;
	const lastShown = result.months[result.months.length - 1]!;
	const milestones = keyMonths(used, result, levers);

	return (
		<div class="hb-calc hb-runway not-content" data-calculator="runway">
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			{presets.length > 0 && (
				<div class="hb-presets">
					{presets.map((p) => (
						<p key={p.id}>
							<button type="button" data-preset={p.id} onClick={() => open(p.inputs)}>
								Load preset: {p.label}
							</button>{' '}
							<span class="hb-hint">{p.note}</span>
						</p>
					))}
				</div>
			)}
			<div class="hb-runway-layout">
				<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="Burn and runway inputs">
					<fieldset>
						<legend>Cash and months</legend>
						<div class={`hb-field${errors.firstMonth ? ' hb-field-invalid' : ''}`}>
							<label for={`${idPrefix}-firstMonth`}>First month of the model</label>
							<div class="hb-input">
								<input
									id={`${idPrefix}-firstMonth`}
									type="month"
									min="2000-01"
									max="2099-12"
									value={form.firstMonth}
									aria-invalid={errors.firstMonth ? 'true' : 'false'}
									aria-describedby={errors.firstMonth ? `${idPrefix}-firstMonth-error` : undefined}
									onInput={(e) => set({ firstMonth: (e.currentTarget as HTMLInputElement).value })}
								/>
							</div>
							{errors.firstMonth && (
								<p class="hb-error" id={`${idPrefix}-firstMonth-error`}>
									{errors.firstMonth}
								</p>
							)}
						</div>
						{topFields(['startingCash', 'otherMonthly', 'months'])}
					</fieldset>
					<fieldset>
						<legend>Revenue</legend>
						<Radios
							name={`${idPrefix}-revenue-mode`}
							legend="Revenue is"
							value={form.revenueMode}
							options={[
								['growth', 'MRR with a monthly growth rate'],
								['schedule', 'A schedule of customers'],
							]}
							onChange={(revenueMode) => set({ revenueMode })}
						/>
						{form.revenueMode === 'growth' ? (
							topFields(['startingMrr', 'growthPct'])
						) : (
							<RowEditor
								{...rows('customers')}
								nameLabel="Customer"
								rowNoun="Customer"
								labels={{ mrr: 'MRR', startMonth: 'Start month', deposit: 'Deposit' }}
								monthFields={['startMonth']}
							/>
						)}
					</fieldset>
					<fieldset>
						<legend>Hires</legend>
						<RowEditor
							{...rows('hires')}
							nameLabel="Role"
							rowNoun="Hire"
							labels={{ annualSalary: 'Salary/year', startMonth: 'Start month', loadPct: 'Load' }}
							monthFields={['startMonth']}
							notes={(n) => (hireNotes[n] ? `This hire ${hireNotes[n]}.` : undefined)}
						/>
					</fieldset>
					<fieldset>
						<legend>Contractors (a month is 52 ÷ 12 ≈ 4.33 weeks)</legend>
						<RowEditor
							{...rows('contractors')}
							nameLabel="Group"
							rowNoun="Contractor group"
							labels={{ count: 'Count', weeklyRate: 'Weekly rate', startMonth: 'First month', months: 'Months' }}
							monthFields={['startMonth']}
						/>
					</fieldset>
					<fieldset>
						<legend>Infrastructure (steps by customers live)</legend>
						<RowEditor
							{...rows('infraSteps')}
							nameLabel={null}
							rowNoun="Step"
							labels={{ fromCustomers: 'From customers', monthly: 'Per month' }}
						/>
					</fieldset>
					<fieldset>
						<legend>Fundraise</legend>
						{topFields(['fundraiseAmount', 'fundraiseLeadMonths', 'fundraiseMonth'])}
						{used.fundraiseMonth > 0 && <p class="hb-hint hb-span">Lands in {at(used.fundraiseMonth)}.</p>}
					</fieldset>
					<fieldset>
						<legend>Cash timing</legend>
						<Radios
							name={`${idPrefix}-deposits`}
							legend="Customer deposits"
							value={form.depositMode}
							options={[
								['credit', 'Pay the customer’s first invoices'],
								['cash', 'Come on top of the invoices'],
							]}
							onChange={(depositMode) => set({ depositMode })}
						/>
						<Radios
							name={`${idPrefix}-collection`}
							legend="MRR is collected"
							value={form.collection}
							options={[
								['same', 'In the month it is billed'],
								['next', 'The month after'],
							]}
							onChange={(collection) => set({ collection })}
						/>
					</fieldset>
				</form>
				<aside class={`hb-runway-pin${inputs ? '' : ' hb-stale'}`} aria-label="Verdict and key figures">
					<p role="status" aria-live="polite" class="hb-pin-head">
						<strong
							class={`hb-verdict hb-verdict-${v.kind === 'alive' ? 'alive' : 'dead'}`}
							data-result="verdict-short"
						>
							{v.kind === 'alive' ? 'Default alive' : 'Default dead'}
						</strong>{' '}
						<span class="hb-change" data-result="change">
							{change}
						</span>
					</p>
					<dl class="hb-pin-facts">
						<div>
							<dt>Runway</dt>
							<dd data-result="runway-months">{runwayMonthsText(result)}</dd>
						</div>
						<div>
							<dt>Cash runs out</dt>
							<dd data-result="cash-out">{cashOut === null ? 'not in ten years' : at(cashOut)}</dd>
						</div>
						<div>
							<dt>Break-even</dt>
							<dd data-result="break-even">{breakEvenText(result, first)}</dd>
						</div>
					</dl>
					<p class="hb-pin-sentence" data-result="verdict">
						{verdictText(result, first)}
					</p>
					{!inputs && <p class="hb-error">Fix the highlighted fields; these figures use the last valid values.</p>}
				</aside>
			</div>
			<section class={`hb-results${inputs ? '' : ' hb-stale'}`} aria-label="Burn and runway results">
				<div class="hb-print-only hb-board-head" data-board-head>
					<p class="hb-board-title">TAI Autonomics: burn and runway, board summary</p>
					<p>
						Model from {calendarMonth(first, 1, true)}, {result.months.length} months shown; printed {today}.
					</p>
				</div>
				<p class="hb-headline">
					<strong data-result="runway">{runwayText(result, first)}</strong>
					<span class="hb-pin-repeat"> {verdictText(result, first)}</span>
				</p>
				<p class="hb-hint">{PROJECTION_NOTE}</p>
				<dl class="hb-facts">
					<div>
						<dt>Gross burn, {at(1)}</dt>
						<dd data-result="gross-burn-1">{formatDollars(month1.grossBurn)}</dd>
					</div>
					<div>
						<dt>Net burn, {at(1)}</dt>
						<dd data-result="net-burn-1">{formatDollars(month1.netBurn)}</dd>
					</div>
					<div>
						<dt>Peak gross burn</dt>
						<dd>{formatDollars(result.peakGrossBurn)}</dd>
					</div>
					<div>
						<dt>Cash at end, {at(lastShown.month)}</dt>
						<dd data-result="cash-end">{formatDollars(lastShown.cash)}</dd>
					</div>
				</dl>
				<h2 class="hb-subhead">What changes the verdict</h2>
				<ul class="hb-levers" data-result="levers">
					{leverLines(used, levers).map((l) => {
						const applied = applyLever(used, levers, l.id as LeverId);
						return (
							<li key={l.id} data-lever={l.id}>
								{l.text}
								{applied && (
									<>
										{' '}
										<button type="button" class="hb-lever-apply" onClick={() => open(applied)}>
											{leverButtonText(l.id as LeverId, applied)}
										</button>
									</>
								)}
							</li>
						);
					})}
					{levers.hires.map((h) => (
						<li key={`hire-${h.index}`} data-lever="hire">
							{h.role || `Hire ${h.index + 1}`} {hireNotes[h.index]}.
						</li>
					))}
				</ul>
				<LineChart
					formatY={(y) => formatDollars(y)}
					formatX={(x) => at(x)}
					title="Cash at month end"
					xLabel=""
					points={result.months.map((m) => ({ x: m.month, y: m.cash }))}
					markers={[
						...(result.breakEvenMonth !== null
							? [{ x: result.breakEvenMonth, label: `Break-even ${at(result.breakEvenMonth)}`, tone: 'good' as const }]
							: []),
						...(cashOut !== null ? [{ x: cashOut, label: `Cash out ${at(cashOut)}`, tone: 'bad' as const }] : []),
						...(raiseMonth !== null ? [{ x: raiseMonth, label: `Start raising ${at(raiseMonth)}` }] : []),
						...(used.fundraiseMonth > 0 && used.fundraiseAmount > 0
							? [{ x: used.fundraiseMonth, label: `Raise lands ${at(used.fundraiseMonth)}`, tone: 'good' as const }]
							: []),
					]}
					description={`Cash at month end goes from ${formatDollars(month1.cash)} in ${at(1)} to ${formatDollars(lastShown.cash)} in ${at(lastShown.month)}${cashOut !== null && cashOut <= lastShown.month ? `, below zero from ${at(cashOut)}` : ''}.`}
				/>
				<div class="hb-table-scroll hb-key-months" tabIndex={0} role="region" aria-label="Key months">
					<table data-result="key-months">
						<caption>Key months</caption>
						<thead>
							<tr>
								<th scope="col">Month</th>
								<th scope="col">What happens</th>
								<th scope="col">Cash at end</th>
								<th scope="col">Revenue</th>
								<th scope="col">Expenses</th>
							</tr>
						</thead>
						<tbody>
							{milestones.map((m) => (
								<tr key={m.month} class={m.cash < 0 ? 'hb-negative' : ''}>
									<th scope="row">{m.calendar}</th>
									<td>{m.events}</td>
									<td class="hb-num">{formatDollars(m.cash)}</td>
									<td class="hb-num">{formatDollars(m.revenue)}</td>
									<td class="hb-num">{formatDollars(m.expenses)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<div class="hb-table-scroll hb-all-months" tabIndex={0} role="region" aria-label="Month by month">
					<table class="hb-months">
						<caption>Month by month</caption>
						<thead>
							<tr>
								<th scope="col">Month</th>
								<th scope="col">Cash at end</th>
								<th scope="col">Revenue</th>
								<th scope="col">Expenses</th>
								<th scope="col" class="hb-wide">
									Net burn
								</th>
								<th scope="col" class="hb-wide">
									Deposits + raise
								</th>
							</tr>
						</thead>
						<tbody>
							{result.months.map((m) => (
								<tr key={m.month} class={m.cash < 0 ? 'hb-negative' : ''}>
									<th scope="row">{at(m.month)}</th>
									<td class="hb-num">{formatDollars(m.cash)}</td>
									<td class="hb-num">{formatDollars(m.revenue)}</td>
									<td class="hb-num">{formatDollars(m.grossBurn)}</td>
									<td class="hb-num hb-wide">{formatDollars(m.netBurn)}</td>
									<td class="hb-num hb-wide">{formatDollars(m.deposits + m.fundraise)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<ResultActions
					summary={() => runwaySummary(used, result)}
					csvRows={() => runwayCsvRows(used, result)}
					csvName="tai-runway.csv"
					shareUrl={() => `${location.origin}${addressFor(used)}`}
				/>
				{!inputs && (
					<p class="hb-hint">While a field is wrong, the share link carries the last valid model shown here.</p>
				)}
				<ScenarioPanel idPrefix={idPrefix} current={used} onOpen={open} />
			</section>
		</div>
	);
}
