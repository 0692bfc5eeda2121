import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { computeRunway, type RunwayResult } from '~/lib/calculators/runway/compute';
import { changeText, hireLeverText, keyMonths } from '~/lib/calculators/runway/format';
import { formFromInputs, inputsFromForm } from '~/lib/calculators/runway/form';
import { runwayLevers } from '~/lib/calculators/runway/levers';
import { RUNWAY_DEFAULTS, type RunwayInputs } from '~/lib/calculators/runway/schema';
import { runwayLink } from '~/lib/calculators/runway/urlState';
import { ResultActions } from '../shared/ResultActions';
import { UrlNotice } from '../shared/UrlNotice';
import { useCalculator } from '../shared/useCalculator';
import { RunwayForm } from './RunwayForm';
import { RunwayResults } from './RunwayResults';
import { RunwaySummary } from './RunwaySummary';
import { RunwayTables } from './RunwayTables';
import { ScenarioPanel } from './ScenarioPanel';

export type RunwayPreset = { id: string; label: string; note: string; inputs: RunwayInputs };
type Props = { presets?: RunwayPreset[]; initialPreset?: string; idPrefix?: string };

export default function RunwayCalculator({ presets = [], initialPreset, idPrefix = 'rw' }: Props) {
	const start = presets.find((p) => p.id === initialPreset)?.inputs ?? RUNWAY_DEFAULTS;
	const link = useMemo(() => runwayLink(presets), [presets]);
	const state = useCalculator({ initial: () => formFromInputs(start), check: inputsFromForm, link });
	const used = state.values;
	const result = useMemo(() => computeRunway(used), [used]);
	const levers = useMemo(() => runwayLevers(used, result), [used, result]);
	const hireNotes = levers.hires.map(hireLeverText);
	const open = (inputs: RunwayInputs) => state.setForm(formFromInputs(inputs));

	// What the last edit changed, beside the verdict; a model opened from the address is not an edit.
	const [change, setChange] = useState('');
	const before = useRef<{ result: RunwayResult; opened: number } | null>(null);
	useEffect(() => {
		const last = before.current;
		before.current = { result, opened: state.opened };
		if (last && last.result !== result && last.opened === state.opened) setChange(changeText(last.result, result));
	}, [result]);

	const exported = () => import('~/lib/calculators/runway/export');
	return (
		<div class="hb-calc hb-runway not-content" data-calculator="runway">
			<UrlNotice rejected={state.rejected} onDismiss={state.dismiss} />
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
				<RunwayForm
					idPrefix={idPrefix}
					form={state.form}
					errors={state.errors}
					used={used}
					stale={state.stale}
					hireNotes={hireNotes}
					onChange={state.setForm}
				/>
				<RunwaySummary result={result} firstMonth={used.firstMonth} change={change} stale={state.stale} />
			</div>
			<section class={`hb-results${state.stale ? ' hb-stale' : ''}`} aria-label="Burn and runway results">
				<RunwayResults inputs={used} result={result} levers={levers} hireNotes={hireNotes} onOpen={open} />
				<RunwayTables result={result} firstMonth={used.firstMonth} keyMonths={keyMonths(used, result, levers)} />
				<ResultActions
					summary={async () => (await exported()).runwaySummary(used, result)}
					csvRows={async () => (await exported()).runwayCsvRows(used, result)}
					csvName="tai-runway.csv"
					shareUrl={() => state.shareLink()}
				/>
				{state.stale && (
					<p class="hb-hint">While a field is wrong, the share link carries the last valid model shown here.</p>
				)}
				<ScenarioPanel idPrefix={idPrefix} current={used} onOpen={open} />
			</section>
		</div>
	);
}
