import type { RunwayResult } from '~/lib/calculators/runway/compute';
import { calendarMonth } from '~/lib/calculators/runway/format';
import type { KeyMonth } from '~/lib/calculators/runway/report';
import { formatDollars } from '~/lib/format';
import { ColumnHeads } from '../shared/ColumnHeads';

type Props = { result: RunwayResult; firstMonth: string; keyMonths: KeyMonth[] };

const money = (value: number, wide = false) => (
	<td class={`hb-num${wide ? ' hb-wide' : ''}`}>{formatDollars(value)}</td>
);

/** The key months a board asks about (printed), and every month shown (on screen only). */
export function RunwayTables({ result, firstMonth, keyMonths }: Props) {
	return (
		<>
			<div class="hb-table-scroll hb-key-months" tabIndex={0} role="region" aria-label="Key months">
				<table data-result="key-months">
					<caption>Key months</caption>
					<ColumnHeads names={['Month', 'What happens', 'Cash at end', 'Revenue', 'Expenses']} />
					<tbody>
						{keyMonths.map((m) => (
							<tr key={m.month} class={m.cash < 0 ? 'hb-negative' : ''}>
								<th scope="row">{m.calendar}</th>
								<td>{m.events}</td>
								{money(m.cash)}
								{money(m.revenue)}
								{money(m.expenses)}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<div class="hb-table-scroll hb-all-months" tabIndex={0} role="region" aria-label="Month by month">
				<table class="hb-months">
					<caption>Month by month</caption>
					<ColumnHeads
						names={[
							'Month',
							'Cash at end',
							'Revenue',
							'Expenses',
							['Net burn', 'hb-wide'],
							['Deposits + raise', 'hb-wide'],
						]}
					/>
					<tbody>
						{result.months.map((m) => (
							<tr key={m.month} class={m.cash < 0 ? 'hb-negative' : ''}>
								<th scope="row">{calendarMonth(firstMonth, m.month)}</th>
								{money(m.cash)}
								{money(m.revenue)}
								{money(m.grossBurn)}
								{money(m.netBurn, true)}
								{money(m.deposits + m.fundraise, true)}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</>
	);
}
