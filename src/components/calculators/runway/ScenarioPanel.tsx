import { useEffect, useState } from 'preact/hooks';
import { LIMITS, type RunwayInputs } from '~/lib/calculators/runway/schema';
import {
	compareScenarios,
	exportScenario,
	scenarioNameError,
	STORAGE_KEY,
	storeScenarios,
	withScenario,
	type Scenario,
	type StorageLike,
} from '~/lib/calculators/runway/scenarios';
import { downloadFile } from '../shared/actions';
import { ColumnHeads } from '../shared/ColumnHeads';
import { TextField } from '../shared/TextField';

type Props = { idPrefix: string; current: RunwayInputs; onOpen: (inputs: RunwayInputs) => void };

const CURRENT = '';

function browserStorage(): StorageLike | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}

/** Reading scenarios back needs the model schema: it loads when there is something to read. */
const reader = () => import('~/lib/calculators/runway/savedScenarios');

const fileName = (name: string) =>
	`runway-${
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'scenario'
	}.json`;

/** Save, open, delete, export and import scenarios; compare two side by side (the current model is one choice). */
export function ScenarioPanel({ idPrefix, current, onOpen }: Props) {
	const [scenarios, setScenarios] = useState<Scenario[]>([]);
	const [name, setName] = useState('Base');
	const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
	const [a, setA] = useState<string>(CURRENT);
	const [b, setB] = useState<string>(CURRENT);

	useEffect(() => {
		let stored: string | null = null;
		try {
			stored = browserStorage()?.getItem(STORAGE_KEY) ?? null;
		} catch {
			// Storage off: loadScenarios says so in words.
		}
		if (stored === null && browserStorage()) return;
		void reader().then(({ loadScenarios }) => {
			const loaded = loadScenarios(browserStorage());
			setScenarios(loaded.scenarios);
			if (loaded.error) setMessage({ text: loaded.error, error: true });
			if (loaded.scenarios[0]) setA(loaded.scenarios[0].name);
		});
	}, []);

	const keep = (list: Scenario[], done: string) => {
		const error = storeScenarios(browserStorage(), list);
		setScenarios(list);
		setMessage(error ? { text: error, error: true } : { text: done, error: false });
	};
	const save = () => {
		const problem = scenarioNameError(name);
		if (problem) return setMessage({ text: problem, error: true });
		const next = withScenario(scenarios, { name: name.trim(), inputs: current });
		if (next.error) return setMessage({ text: next.error, error: true });
		keep(next.scenarios, `Saved “${name.trim()}” in this browser.`);
		if (a === CURRENT || !scenarios.some((s) => s.name === a)) setA(name.trim());
	};
	const importFile = async (file: File | undefined) => {
		if (!file) return;
		const [{ importScenario }, text] = await Promise.all([reader(), file.text()]);
		const read = importScenario(text);
		if ('error' in read) return setMessage({ text: `Not imported: ${read.error}`, error: true });
		const next = withScenario(scenarios, read.scenario);
		if (next.error) return setMessage({ text: next.error, error: true });
		keep(next.scenarios, `Imported and opened “${read.scenario.name}”.`);
		// The founder imports a scenario to look at it: it becomes the model on screen.
		onOpen(read.scenario.inputs);
		setA(read.scenario.name);
	};

	const pick = (key: string) => (key === CURRENT ? current : scenarios.find((s) => s.name === key)?.inputs);
	const modelA = pick(a);
	const modelB = pick(b);
	const rows = modelA && modelB && a !== b ? compareScenarios(modelA, modelB) : [];
	const choose = (id: string, value: string, set: (v: string) => void, label: string) => (
		<div class="hb-field">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
				<option value={CURRENT}>Current model</option>
				{scenarios.map((s) => (
					<option key={s.name} value={s.name}>
						{s.name}
					</option>
				))}
			</select>
		</div>
	);
	const label = (key: string) => (key === CURRENT ? 'Current model' : key);

	return (
		<section class="hb-scenarios" aria-labelledby={`${idPrefix}-scenarios`}>
			<h2 id={`${idPrefix}-scenarios`}>Scenarios</h2>
			<p class="hb-hint">Kept in this browser only. Export a scenario to keep it elsewhere or send it.</p>
			<div class="hb-scenario-save">
				<TextField
					id={`${idPrefix}-scenario-name`}
					label="Scenario name"
					value={name}
					maxLength={LIMITS.name}
					onInput={setName}
				/>
				<button type="button" onClick={save}>
					Save scenario
				</button>
				<label class="hb-file">
					Import a scenario file
					<input
						type="file"
						accept="application/json,.json"
						onChange={(e) => {
							const input = e.currentTarget as HTMLInputElement;
							void importFile(input.files?.[0]).finally(() => (input.value = ''));
						}}
					/>
				</label>
			</div>
			{message && (
				<p class={message.error ? 'hb-error' : 'hb-status'} role={message.error ? 'alert' : 'status'}>
					{message.text}
				</p>
			)}
			{scenarios.length > 0 && (
				<ul class="hb-scenario-list">
					{scenarios.map((s) => (
						<li key={s.name}>
							<span>{s.name}</span>
							<button type="button" onClick={() => onOpen(s.inputs)} aria-label={`Open ${s.name}`}>
								Open
							</button>
							<button
								type="button"
								onClick={() => downloadFile(fileName(s.name), exportScenario(s), 'application/json')}
								aria-label={`Export ${s.name}`}
							>
								Export
							</button>
							<button
								type="button"
								onClick={() =>
									keep(
										scenarios.filter((x) => x.name !== s.name),
										`Deleted “${s.name}”.`,
									)
								}
								aria-label={`Delete ${s.name}`}
							>
								Delete
							</button>
						</li>
					))}
				</ul>
			)}
			<div class="hb-compare-pick">
				{choose(`${idPrefix}-compare-a`, a, setA, 'Compare A')}
				{choose(`${idPrefix}-compare-b`, b, setB, 'with B')}
			</div>
			{rows.length === 0 && (
				<p class="hb-hint">Save a scenario, then pick two different ones (or one and the current model) to compare.</p>
			)}
			{rows.length > 0 && (
				<div class="hb-table-scroll" tabIndex={0} role="region" aria-label="Scenario comparison">
					<table data-result="comparison">
						<caption>
							{label(a)} (A) and {label(b)} (B)
						</caption>
						<ColumnHeads names={['Figure', 'A', 'B', 'B − A']} />
						<tbody>
							{rows.map((r) => (
								<tr key={r.label}>
									<th scope="row">{r.label}</th>
									<td>{r.a}</td>
									<td>{r.b}</td>
									<td>{r.difference}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</section>
	);
}
