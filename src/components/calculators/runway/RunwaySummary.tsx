import type { RunwayResult } from '~/lib/calculators/runway/compute';
import { breakEvenText, calendarMonth, runwayMonthsText, verdictText } from '~/lib/calculators/runway/format';
import { StaleNotice } from '../shared/StaleNotice';

type Props = { result: RunwayResult; firstMonth: string; change: string; stale: boolean };

/** The verdict and key figures, pinned beside the inputs, with what the last edit changed. */
export function RunwaySummary({ result, firstMonth, change, stale }: Props) {
	const alive = result.verdict.kind === 'alive';
	const cashOut = result.cashOutMonth;
	return (
		<aside class={`hb-runway-pin${stale ? ' hb-stale' : ''}`} aria-label="Verdict and key figures">
			<p role="status" aria-live="polite" class="hb-pin-head">
				<strong class={`hb-verdict hb-verdict-${alive ? 'alive' : 'dead'}`} data-result="verdict-short">
					{alive ? 'Default alive' : 'Default dead'}
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
					<dd data-result="cash-out">{cashOut === null ? 'not in ten years' : calendarMonth(firstMonth, cashOut)}</dd>
				</div>
				<div>
					<dt>Break-even</dt>
					<dd data-result="break-even">{breakEvenText(result, firstMonth)}</dd>
				</div>
			</dl>
			<p class="hb-pin-sentence" data-result="verdict">
				{verdictText(result, firstMonth)}
			</p>
			<StaleNotice stale={stale} what="these figures" />
		</aside>
	);
}
