import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { computeRunway, type RunwayResult } from '~/lib/calculators/runway/compute';
import { changeText } from '~/lib/calculators/runway/format';
import { formFromInputs, inputsFromForm } from '~/lib/calculators/runway/form';
import { RUNWAY_DEFAULTS, type RunwayInputs } from '~/lib/calculators/runway/schema';
import { runwayLink } from '~/lib/calculators/runway/link';
import { deferred } from '../shared/deferred';
import { UrlNotice } from '../shared/UrlNotice';
import { useCalculator } from '../shared/useCalculator';
import { RunwayForm } from './RunwayForm';
import { BoardHead } from './BoardHead';
import { RunwaySummary } from './RunwaySummary';

const Report = deferred(() => import('./RunwayReport').then((m) => m.RunwayReport));

export type RunwayPreset = { id: string; label: string; note: string; inputs: RunwayInputs };
type Props = {
	presets?: RunwayPreset[];
	initialPreset?: string;
	/** What each hire of the opening model costs in runway, worked out by the server; the browser works them out for later models. */
	hireNotes?: string[];
	idPrefix?: string;
};

export default function RunwayCalculator({ presets = [], initialPreset, hireNotes: served, idPrefix = 'rw' }: Props) {
	const start = presets.find((p) => p.id === initialPreset)?.inputs ?? RUNWAY_DEFAULTS;
	const link = useMemo(() => runwayLink(presets), [presets]);
	const state = useCalculator({ initial: () => formFromInputs(start), check: inputsFromForm, link });
	const used = state.values;
	const result = useMemo(() => computeRunway(used), [used]);
	// The notes need the levers, which load with the board summary: the served notes stand until then.
	const [hireNotes, setHireNotes] = useState(served ?? []);
	const opening = useRef(served ? used : null);
	useEffect(() => {
		if (used === opening.current) return;
		void import('~/lib/calculators/runway/report').then((m) => setHireNotes(m.hireNotesFor(used, result)));
	}, [used]);
	const open = (inputs: RunwayInputs) => state.setForm(formFromInputs(inputs));

	// What the last edit changed, beside the verdict; a model opened from the address is not an edit.
	const [change, setChange] = useState('');
	const before = useRef<{ result: RunwayResult; opened: number } | null>(null);
	useEffect(() => {
		const last = before.current;
		before.current = { result, opened: state.opened };
		if (last && last.result !== result && last.opened === state.opened) setChange(changeText(last.result, result));
	}, [result]);

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
				<BoardHead firstMonth={used.firstMonth} months={result.months.length} />
				<Report
					when={used}
					idPrefix={idPrefix}
					inputs={used}
					result={result}
					stale={state.stale}
					shareUrl={() => state.shareLink()}
					onOpen={open}
				/>
			</section>
		</div>
	);
}
