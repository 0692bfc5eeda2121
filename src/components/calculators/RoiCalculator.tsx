import { useState } from 'preact/hooks';
import { RoiEstimate } from './roi/RoiEstimate';
import { ValueReport } from './roi/ValueReport';

type Mode = 'prospect' | 'report';
type Props = {
	mode?: Mode;
	/** Show the choice between the ROI estimate and the week-1 value report, and honour `mode=` in the URL. */
	allowModeSwitch?: boolean;
	idPrefix?: string;
	/** The prospect view's address on the public site: every share link opens there. */
	shareBase: string;
};

function initialMode(fallback: Mode, fromUrl: boolean): Mode {
	if (!fromUrl || typeof location === 'undefined') return fallback;
	const m = new URLSearchParams(location.search).get('mode');
	return m === 'report' ? 'report' : m === 'prospect' ? 'prospect' : fallback;
}

export default function RoiCalculator({
	mode: startMode = 'prospect',
	allowModeSwitch = false,
	idPrefix = 'roi',
	shareBase,
}: Props) {
	const [mode, setMode] = useState<Mode>(() => initialMode(startMode, allowModeSwitch));
	return (
		<div class="hb-calc not-content" data-calculator="roi" data-mode={mode}>
			{allowModeSwitch && (
				<fieldset class="hb-mode">
					<legend>What do you want to calculate?</legend>
					<label>
						<input
							type="radio"
							name={`${idPrefix}-mode`}
							checked={mode === 'prospect'}
							onChange={() => setMode('prospect')}
						/>{' '}
						ROI for a prospect
					</label>
					<label>
						<input
							type="radio"
							name={`${idPrefix}-mode`}
							checked={mode === 'report'}
							onChange={() => setMode('report')}
						/>{' '}
						Week-1 value report
					</label>
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
