import type { RunwayResult } from '~/lib/calculators/runway/compute';
import { calendarMonth, verdictText } from '~/lib/calculators/runway/format';
import { leverLines, PROJECTION_NOTE, runwayText } from '~/lib/calculators/runway/report';
import { applyLever, type LeverId, type RunwayLevers } from '~/lib/calculators/runway/levers';
import type { RunwayInputs } from '~/lib/calculators/runway/schema';
import { formatDollars, formatNumber } from '~/lib/format';
import { LineChart } from '../shared/LineChart';

type Props = {
	inputs: RunwayInputs;
	result: RunwayResult;
	levers: RunwayLevers;
	hireNotes: string[];
	onOpen: (inputs: RunwayInputs) => void;
};

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

/** The board summary: the runway in one line, burn, what changes the verdict (with a button for each lever), the cash chart. */
export function RunwayResults({ inputs, result, levers, hireNotes, onOpen }: Props) {
	const first = inputs.firstMonth;
	const at = (n: number) => calendarMonth(first, n);
	const cashOut = result.cashOutMonth;
	const raiseMonth = levers.raise && levers.raise.startBy >= 1 ? levers.raise.startBy : null;
	const month1 = result.months[0]!;
	const last = result.months[result.months.length - 1]!;
	const markers = [
		...(result.breakEvenMonth !== null
			? [{ x: result.breakEvenMonth, label: `Break-even ${at(result.breakEvenMonth)}`, tone: 'good' as const }]
			: []),
		...(cashOut !== null ? [{ x: cashOut, label: `Cash out ${at(cashOut)}`, tone: 'bad' as const }] : []),
		...(raiseMonth !== null ? [{ x: raiseMonth, label: `Start raising ${at(raiseMonth)}` }] : []),
		...(inputs.fundraiseMonth > 0 && inputs.fundraiseAmount > 0
			? [{ x: inputs.fundraiseMonth, label: `Raise lands ${at(inputs.fundraiseMonth)}`, tone: 'good' as const }]
			: []),
	];
	return (
		<>
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
					<dt>Cash at end, {at(last.month)}</dt>
					<dd data-result="cash-end">{formatDollars(last.cash)}</dd>
				</div>
			</dl>
			<h2 class="hb-subhead">What changes the verdict</h2>
			<ul class="hb-levers" data-result="levers">
				{leverLines(inputs, levers).map((l) => {
					const applied = applyLever(inputs, levers, l.id as LeverId);
					return (
						<li key={l.id} data-lever={l.id}>
							{l.text}
							{applied && (
								<>
									{' '}
									<button type="button" class="hb-lever-apply" onClick={() => onOpen(applied)}>
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
				formatX={at}
				title="Cash at month end"
				xLabel=""
				points={result.months.map((m) => ({ x: m.month, y: m.cash }))}
				markers={markers}
				description={`Cash at month end goes from ${formatDollars(month1.cash)} in ${at(1)} to ${formatDollars(last.cash)} in ${at(last.month)}${cashOut !== null && cashOut <= last.month ? `, below zero from ${at(cashOut)}` : ''}.`}
			/>
		</>
	);
}
