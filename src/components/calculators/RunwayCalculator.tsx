import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	CONTRACTOR_FIELDS,
	CUSTOMER_FIELDS,
	HIRE_FIELDS,
	INFRA_STEP_FIELDS,
	RUNWAY_DEFAULTS,
	RUNWAY_FIELDS,
	type RunwayInputs,
} from '~/lib/calculators/runway/schema';
import { computeRunway } from '~/lib/calculators/runway/compute';
import { defaultAliveText, runwayCsvRows, runwayHeadline, runwaySummary } from '~/lib/calculators/runway/format';
import { readRunwayUrl, writeRunwayUrl } from '~/lib/calculators/runway/urlState';
import type { FieldSpec } from '~/lib/calculators/shared/fields';
import { completeValues, validateFields } from '~/lib/calculators/shared/validate';
import { formatDollars } from '~/lib/format';
import { NumberField } from './shared/NumberField';
import { ResultActions } from './shared/ResultActions';
import { LineChart } from './shared/LineChart';
import { UrlNotice } from './shared/UrlNotice';

export type RunwayPreset = { id: string; label: string; note: string; inputs: RunwayInputs };
type Props = { presets?: RunwayPreset[]; initialPreset?: string; idPrefix?: string };

type Texts<K extends string> = Record<K, string>;
type Row<K extends string> = { key: number; name: string; texts: Texts<K> };

const TOP = RUNWAY_FIELDS;
type TopKey = keyof typeof TOP;

let rowKey = 0;
function toTexts<K extends string>(specs: Record<K, FieldSpec>, source: Record<NoInfer<K>, number>): Texts<K> {
	const out = {} as Texts<K>;
	for (const k of Object.keys(specs) as K[]) out[k] = String(source[k]);
	return out;
}

type Model = {
	top: Texts<TopKey>;
	revenueMode: 'growth' | 'schedule';
	hires: Row<keyof typeof HIRE_FIELDS>[];
	contractors: Row<keyof typeof CONTRACTOR_FIELDS>[];
	customers: Row<keyof typeof CUSTOMER_FIELDS>[];
	infraSteps: Row<keyof typeof INFRA_STEP_FIELDS>[];
};

function modelFrom(i: RunwayInputs): Model {
	return {
		top: toTexts(TOP, i),
		revenueMode: i.revenueMode,
		hires: i.hires.map((h) => ({ key: rowKey++, name: h.role, texts: toTexts(HIRE_FIELDS, h) })),
		contractors: i.contractors.map((c) => ({ key: rowKey++, name: c.label, texts: toTexts(CONTRACTOR_FIELDS, c) })),
		customers: i.customers.map((c) => ({ key: rowKey++, name: c.name, texts: toTexts(CUSTOMER_FIELDS, c) })),
		infraSteps: i.infraSteps.map((s) => ({ key: rowKey++, name: '', texts: toTexts(INFRA_STEP_FIELDS, s) })),
	};
}

function validateRows<K extends string>(specs: Record<K, FieldSpec>, rows: Row<K>[]) {
	return rows.map((r) => {
		const { values, errors } = validateFields(specs, r.texts);
		const nameError = r.name.length > 80 ? 'Keep names under 80 characters.' : undefined;
		return { values: completeValues(specs, values), errors, nameError };
	});
}

function validateModel(m: Model): { inputs: RunwayInputs | null; errors: Record<string, string | undefined> } {
	const top = validateFields(TOP, m.top);
	const errors: Record<string, string | undefined> = { ...top.errors };
	const sections = {
		hires: validateRows(HIRE_FIELDS, m.hires),
		contractors: validateRows(CONTRACTOR_FIELDS, m.contractors),
		customers: validateRows(CUSTOMER_FIELDS, m.customers),
		infraSteps: validateRows(INFRA_STEP_FIELDS, m.infraSteps),
	};
	let ok = completeValues(TOP, top.values) !== null;
	for (const [section, rows] of Object.entries(sections)) {
		rows.forEach((r, i) => {
			for (const [k, e] of Object.entries(r.errors)) errors[`${section}.${i}.${k}`] = e as string;
			if (r.nameError) errors[`${section}.${i}.name`] = r.nameError;
			if (!r.values || r.nameError) ok = false;
		});
	}
	if (!ok) return { inputs: null, errors };
	const topValues = completeValues(TOP, top.values)!;
	return {
		errors,
		inputs: {
			...topValues,
			revenueMode: m.revenueMode,
			hires: sections.hires.map((r, i) => ({ role: m.hires[i]!.name, ...r.values! })),
			contractors: sections.contractors.map((r, i) => ({ label: m.contractors[i]!.name, ...r.values! })),
			customers: sections.customers.map((r, i) => ({ name: m.customers[i]!.name, ...r.values! })),
			infraSteps: sections.infraSteps.map((r) => r.values!),
		},
	};
}

type SectionId = 'hires' | 'contractors' | 'customers' | 'infraSteps';

export default function RunwayCalculator({ presets = [], initialPreset, idPrefix = 'rw' }: Props) {
	const start = presets.find((p) => p.id === initialPreset)?.inputs ?? RUNWAY_DEFAULTS;
	const [model, setModel] = useState<Model>(() => modelFrom(start));
	const [rejected, setRejected] = useState<string[]>([]);
	// The last complete model, so results stay on screen (marked stale) while a field is wrong.
	const lastGood = useRef<RunwayInputs>(start);

	useEffect(() => {
		const params = new URLSearchParams(location.search);
		const preset = presets.find((p) => p.id === params.get('preset'));
		if (preset) setModel(modelFrom(preset.inputs));
		const state = readRunwayUrl(location.search);
		if (!state) return;
		if (state.rejected.length) setRejected(state.rejected);
		else setModel(modelFrom(state.inputs));
	}, []);

	const { inputs, errors } = useMemo(() => validateModel(model), [model]);
	if (inputs) lastGood.current = inputs;
	const used = inputs ?? lastGood.current;
	const result = useMemo(() => computeRunway(used), [used]);

	const setTop = (k: TopKey, t: string) => setModel((m) => ({ ...m, top: { ...m.top, [k]: t } }));
	const topFields = (keys: TopKey[]) =>
		keys.map((k) => (
			<NumberField
				key={k}
				id={`${idPrefix}-${k}`}
				spec={TOP[k]}
				value={model.top[k]}
				error={errors[k]}
				onInput={(t) => setTop(k, t)}
			/>
		));
	const updateRow = (section: SectionId, index: number, patch: { name?: string; field?: string; text?: string }) =>
		setModel((m) => {
			const rows = [...(m[section] as Row<string>[])];
			const row = rows[index]!;
			rows[index] = {
				...row,
				name: patch.name ?? row.name,
				texts: patch.field ? { ...row.texts, [patch.field]: patch.text ?? '' } : row.texts,
			};
			return { ...m, [section]: rows };
		});
	const addRow = (section: SectionId, texts: Record<string, string>, name: string) =>
		setModel((m) => ({ ...m, [section]: [...(m[section] as Row<string>[]), { key: rowKey++, name, texts }] }));
	const removeRow = (section: SectionId, index: number) =>
		setModel((m) => ({ ...m, [section]: (m[section] as Row<string>[]).filter((_, i) => i !== index) }));

	const rowFields = (
		section: SectionId,
		specs: Record<string, FieldSpec>,
		rows: Row<string>[],
		nameLabel: string | null,
		addLabel: string,
		blank: Record<string, string>,
	) => (
		<div class="hb-rows">
			{rows.map((row, i) => (
				<fieldset key={row.key} class="hb-row">
					<legend>{nameLabel ? row.name || `${nameLabel} ${i + 1}` : `Step ${i + 1}`}</legend>
					{nameLabel && (
						<div class={`hb-field${errors[`${section}.${i}.name`] ? ' hb-field-invalid' : ''}`}>
							<label for={`${idPrefix}-${section}-${row.key}-name`}>{nameLabel}</label>
							<input
								id={`${idPrefix}-${section}-${row.key}-name`}
								type="text"
								value={row.name}
								maxLength={200}
								aria-invalid={errors[`${section}.${i}.name`] ? 'true' : 'false'}
								onInput={(e) => updateRow(section, i, { name: (e.currentTarget as HTMLInputElement).value })}
							/>
							{errors[`${section}.${i}.name`] && <p class="hb-error">{errors[`${section}.${i}.name`]}</p>}
						</div>
					)}
					{Object.keys(specs).map((f) => (
						<NumberField
							key={f}
							id={`${idPrefix}-${section}-${row.key}-${f}`}
							spec={specs[f]!}
							value={row.texts[f] ?? ''}
							error={errors[`${section}.${i}.${f}`]}
							onInput={(t) => updateRow(section, i, { field: f, text: t })}
						/>
					))}
					<button type="button" class="hb-remove" onClick={() => removeRow(section, i)}>
						Remove {nameLabel ? row.name || `${nameLabel.toLowerCase()} ${i + 1}` : `step ${i + 1}`}
					</button>
				</fieldset>
			))}
			<button type="button" onClick={() => addRow(section, blank, '')}>
				{addLabel}
			</button>
		</div>
	);

	const horizon = used.months;
	const cashOut = result.cashOutMonth;
	return (
		<div class="hb-calc not-content" data-calculator="runway">
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			{presets.length > 0 && (
				<div class="hb-presets">
					{presets.map((p) => (
						<p key={p.id}>
							<button type="button" data-preset={p.id} onClick={() => setModel(modelFrom(p.inputs))}>
								Load preset: {p.label}
							</button>{' '}
							<span class="hb-hint">{p.note}</span>
						</p>
					))}
				</div>
			)}
			<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="Burn and runway inputs">
				<fieldset>
					<legend>Cash and horizon</legend>
					{topFields(['startingCash', 'months', 'otherMonthly'])}
				</fieldset>
				<fieldset>
					<legend>Revenue</legend>
					<div class="hb-mode">
						<label>
							<input
								type="radio"
								name={`${idPrefix}-revenue-mode`}
								checked={model.revenueMode === 'growth'}
								onChange={() => setModel((m) => ({ ...m, revenueMode: 'growth' }))}
							/>{' '}
							MRR with a monthly growth rate
						</label>
						<label>
							<input
								type="radio"
								name={`${idPrefix}-revenue-mode`}
								checked={model.revenueMode === 'schedule'}
								onChange={() => setModel((m) => ({ ...m, revenueMode: 'schedule' }))}
							/>{' '}
							A schedule of customers
						</label>
					</div>
					{model.revenueMode === 'growth'
						? topFields(['startingMrr', 'growthPct'])
						: rowFields('customers', CUSTOMER_FIELDS, model.customers, 'Customer', 'Add a customer', {
								mrr: '0',
								startMonth: '1',
								deposit: '0',
							})}
				</fieldset>
				<fieldset>
					<legend>Hires</legend>
					{rowFields('hires', HIRE_FIELDS, model.hires, 'Role', 'Add a hire', {
						annualSalary: '0',
						startMonth: '1',
						loadPct: '25',
					})}
				</fieldset>
				<fieldset>
					<legend>Contractors (a month counts as 52 ÷ 12 ≈ 4.33 weeks)</legend>
					{rowFields('contractors', CONTRACTOR_FIELDS, model.contractors, 'Contractor group', 'Add contractors', {
						count: '1',
						weeklyRate: '0',
						startMonth: '1',
						months: '6',
					})}
				</fieldset>
				<fieldset>
					<legend>Infrastructure (steps with customers live)</legend>
					{rowFields('infraSteps', INFRA_STEP_FIELDS, model.infraSteps, null, 'Add a step', {
						fromCustomers: '0',
						monthly: '0',
					})}
				</fieldset>
				<fieldset>
					<legend>Fundraise</legend>
					{topFields(['fundraiseAmount', 'fundraiseMonth'])}
				</fieldset>
			</form>
			<section class={`hb-results${inputs ? '' : ' hb-stale'}`} aria-label="Burn and runway results">
				{!inputs && <p class="hb-error">Fix the highlighted fields; the results below use the last valid values.</p>}
				<p class="hb-headline" role="status" aria-live="polite">
					<strong data-result="runway">{runwayHeadline(result, horizon)}</strong>{' '}
					<span data-result="default-alive">{defaultAliveText(result)}</span>
				</p>
				<dl class="hb-facts">
					<div>
						<dt>Runway</dt>
						<dd data-result="runway-months">
							{result.runwayBeyondHorizon ? `more than ${horizon} months` : `${result.runwayMonths} months`}
						</dd>
					</div>
					<div>
						<dt>Cash runs out</dt>
						<dd>{cashOut === null ? 'not within the horizon' : `month ${cashOut}`}</dd>
					</div>
					<div>
						<dt>Month-1 gross burn</dt>
						<dd data-result="gross-burn-1">{formatDollars(result.months[0]?.grossBurn ?? 0)}</dd>
					</div>
					<div>
						<dt>Month-1 net burn</dt>
						<dd data-result="net-burn-1">{formatDollars(result.months[0]?.netBurn ?? 0)}</dd>
					</div>
					<div>
						<dt>Peak gross burn</dt>
						<dd>{formatDollars(result.peakGrossBurn)}</dd>
					</div>
				</dl>
				<LineChart
					formatY={(v) => formatDollars(v)}
					title="Cash at month end"
					xLabel="Month"
					points={result.months.map((m) => ({ x: m.month, y: m.cash }))}
					description={`Cash at month end goes from ${formatDollars(result.months[0]?.cash ?? 0)} in month 1 to ${formatDollars(result.months[result.months.length - 1]?.cash ?? 0)} in month ${horizon}${cashOut ? `, below zero from month ${cashOut}` : ''}.`}
				/>
				<div class="hb-table-scroll" tabIndex={0} role="region" aria-label="Month by month">
					<table>
						<caption>Month by month</caption>
						<thead>
							<tr>
								<th scope="col">Month</th>
								<th scope="col">Revenue</th>
								<th scope="col">Gross burn</th>
								<th scope="col">Net burn</th>
								<th scope="col">Deposits + raise</th>
								<th scope="col">Cash at end</th>
							</tr>
						</thead>
						<tbody>
							{result.months.map((m) => (
								<tr key={m.month} class={m.cash < 0 ? 'hb-negative' : ''}>
									<td>{m.month}</td>
									<td class="hb-num">{formatDollars(m.revenue)}</td>
									<td class="hb-num">{formatDollars(m.grossBurn)}</td>
									<td class="hb-num">{formatDollars(m.netBurn)}</td>
									<td class="hb-num">{formatDollars(m.deposits + m.fundraise)}</td>
									<td class="hb-num">{formatDollars(m.cash)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<ResultActions
					summary={() => runwaySummary(result, horizon)}
					csvRows={() => runwayCsvRows(result)}
					csvName="tai-runway.csv"
					shareUrl={() => `${location.origin}${location.pathname}?${writeRunwayUrl(used)}`}
				/>
			</section>
		</div>
	);
}
