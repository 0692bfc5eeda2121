import { STREAM_LABELS, type RoiResult, type ScenarioId, type StreamId } from '~/lib/calculators/roi/compute';
import { assumptionRows, formatPayback, formatRoiPct } from '~/lib/calculators/roi/format';
import type { RoiCase } from '~/lib/calculators/roi/schema';
import type { Cell } from '~/lib/calculators/shared/csv';
import { formatDollars, formatPercent } from '~/lib/format';
import { ColumnHeads } from '../shared/ColumnHeads';
import { LineChart } from '../shared/LineChart';
import { ResultActions } from '../shared/ResultActions';

type Props = {
	roiCase: RoiCase;
	result: RoiResult;
	scenarios: { id: ScenarioId; label: string; result: RoiResult }[];
	stale: boolean;
	summary: () => Promise<string>;
	csvRows: () => Promise<Cell[][]>;
	shareUrl: () => string | Promise<string>;
};

const STREAMS = Object.keys(STREAM_LABELS) as StreamId[];
const money = (value: number) => <td class="hb-num">{formatDollars(value)}</td>;

/** Scenarios, the years, value by stream, the assumptions and the cumulative chart, then the actions. */
export function RoiResults({ roiCase, result, scenarios, stale, summary, csvRows, shareUrl }: Props) {
	return (
		<section class={`hb-results hb-roi-results${stale ? ' hb-stale' : ''}`} aria-label="ROI results">
			<table data-table="scenarios">
				<caption>Scenarios (costs the same in each)</caption>
				<ColumnHeads names={['Scenario', 'NPV', 'ROI', 'Payback']} />
				<tbody>
					{scenarios.map((s) => (
						<tr key={s.id} data-scenario={s.id}>
							<th scope="row">{s.label}</th>
							{money(s.result.npv)}
							<td class="hb-num">{formatRoiPct(s.result.roiPct)}</td>
							<td class="hb-num">{formatPayback(s.result.paybackMonths, roiCase.years)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<table data-table="years">
				<caption>Year by year (undiscounted, risk-adjusted)</caption>
				<ColumnHeads names={['Year', 'Benefits', 'Costs', 'Net', 'Cumulative']} />
				<tbody>
					<tr>
						<td>0</td>
						{[0, result.initialCost, -result.initialCost, -result.initialCost].map(money)}
					</tr>
					{result.years.map((y) => (
						<tr key={y.year}>
							<td>{y.year}</td>
							{[y.benefits, y.costs, y.net, y.cumulative].map(money)}
						</tr>
					))}
					<tr>
						<th scope="row" colSpan={4}>
							NPV at {formatPercent(roiCase.discountRatePct)} discount: benefits {formatDollars(result.pvBenefits)} −
							costs {formatDollars(result.pvCosts)}
						</th>
						{money(result.npv)}
					</tr>
				</tbody>
			</table>
			<table data-table="streams" class="hb-no-print">
				<caption>Annual value by stream (full rate, before risk adjustment)</caption>
				<tbody>
					{STREAMS.map((s) => (
						<tr key={s}>
							<th scope="row">{STREAM_LABELS[s]}</th>
							<td class="hb-num" data-result={`stream-${s}`}>
								{formatDollars(result.streams[s])}
							</td>
						</tr>
					))}
				</tbody>
			</table>
			<table data-table="assumptions" class="hb-assumptions">
				<caption>Assumptions</caption>
				<ColumnHeads names={['Input', 'Value', 'Source']} />
				<tbody>
					{assumptionRows(roiCase).map((a) => (
						<tr key={a.label}>
							<th scope="row">{a.label}</th>
							<td class="hb-num">{a.value}</td>
							<td>{a.source}</td>
						</tr>
					))}
				</tbody>
			</table>
			<div class="hb-no-print">
				<LineChart
					formatY={(v) => formatDollars(v)}
					title="Cumulative net benefit"
					xLabel="Year"
					points={[{ x: 0, y: -result.initialCost }, ...result.years.map((y) => ({ x: y.year, y: y.cumulative }))]}
					description={`Cumulative net benefit goes from ${formatDollars(-result.initialCost)} in year 0 to ${formatDollars(result.netBenefit)} in year ${roiCase.years}.`}
				/>
			</div>
			<ResultActions summary={summary} csvRows={csvRows} csvName="tai-roi.csv" shareUrl={shareUrl} />
		</section>
	);
}
