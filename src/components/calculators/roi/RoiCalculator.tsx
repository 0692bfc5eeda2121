import { useEffect, useState } from 'preact/hooks';
import { RoiEstimate } from './RoiEstimate';
import { deferred } from '../shared/deferred';

// The week-1 value report is another page's first view; on the ROI page it loads when chosen.
const ValueReport = deferred(() => import('./ValueReport').then((m) => m.ValueReport));

type Mode = 'prospect' | 'report';
const MODES: [Mode, string][] = [
	['prospect', 'ROI for a prospect'],
	['report', 'Week-1 value report'],
];
type Props = {
	mode?: Mode;
	/** Show the choice between the ROI estimate and the week-1 value report, and honour `mode=` in the URL. */
	allowModeSwitch?: boolean;
	/** Honour `mode=` in the URL without showing the choice (the public prospect view opens shared value reports). */
	modeFromUrl?: boolean;
	idPrefix?: string;
	/** The prospect view's address on the public site: every share link opens there. */
	shareBase: string;
};

function modeInUrl(): Mode | null {
	const m = new URLSearchParams(location.search).get('mode');
	return m === 'report' || m === 'prospect' ? m : null;
}

export default function RoiCalculator({
	mode: startMode = 'prospect',
	allowModeSwitch = false,
	modeFromUrl = false,
	idPrefix = 'roi',
	shareBase,
}: Props) {
	const [mode, setMode] = useState<Mode>(startMode);
	// After hydration, so that the first render matches the server's HTML.
	useEffect(() => {
		const linked = allowModeSwitch || modeFromUrl ? modeInUrl() : null;
		if (linked) setMode(linked);
	}, []);
	return (
		<div class="hb-calc not-content" data-calculator="roi" data-mode={mode}>
			{allowModeSwitch && (
				<fieldset class="hb-mode">
					<legend>What do you want to calculate?</legend>
					{MODES.map(([value, text]) => (
						<label key={value}>
							<input type="radio" name={`${idPrefix}-mode`} checked={mode === value} onChange={() => setMode(value)} />{' '}
							{text}
						</label>
					))}
				</fieldset>
			)}
			{mode === 'prospect' ? (
				<RoiEstimate idPrefix={idPrefix} shareBase={shareBase} />
			) : (
				<ValueReport idPrefix={`${idPrefix}-report`} shareBase={shareBase} />
			)}
		</div>
	);
}
