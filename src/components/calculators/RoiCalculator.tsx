import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	ROI_DEFAULTS,
	ROI_FIELDS,
	REPORT_DEFAULTS,
	REPORT_FIELDS,
	type ReportField,
	type RoiField,
} from '~/lib/calculators/roi/schema';
import { computeRoi, computeValueReport, STREAM_LABELS } from '~/lib/calculators/roi/compute';
import {
	formatPayback,
	formatRoiPct,
	reportCsvRows,
	reportSummary,
	roiCsvRows,
	roiSummary,
} from '~/lib/calculators/roi/format';
import { readUrlState, writeUrlState } from '~/lib/calculators/shared/urlState';
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import { NumberField } from './shared/NumberField';
import { ResultActions } from './shared/ResultActions';
import { LineChart } from './shared/LineChart';
import { UrlNotice } from './shared/UrlNotice';
import { textsFrom, useFieldTexts } from './shared/useFieldTexts';

type Mode = 'prospect' | 'report';
type Props = { mode?: Mode; allowModeSwitch?: boolean; idPrefix?: string };

const GROUPS: { legend: string; fields: RoiField[] }[] = [
	{ legend: 'Operational efficiency', fields: ['hoursBefore', 'hoursAfter', 'hourlyCost'] },
	{ legend: 'Error reduction', fields: ['incidentsBefore', 'incidentsAfter', 'costPerIncident'] },
	{ legend: 'Revenue protection', fields: ['revenueLostPerMonth', 'recoveredPct'] },
	{ legend: 'Compliance', fields: ['violationsPerMonth', 'costPerViolation'] },
	{ legend: 'Costs', fields: ['annualSubscription', 'implementationCost', 'internalHours'] },
	{ legend: 'Assumptions', fields: ['years', 'discountRatePct', 'riskAdjustmentPct', 'rampPct'] },
];

const REPORT_GROUPS: { legend: string; fields: ReportField[] }[] = [
	{ legend: 'Operational efficiency', fields: ['baselineHours', 'week1Hours', 'hourlyCost'] },
	{ legend: 'Error reduction', fields: ['baselineIncidents', 'week1Incidents', 'costPerIncident'] },
	{ legend: 'Revenue protection', fields: ['baselineLossPerMonth', 'week1Recovery'] },
	{
		legend: 'Compliance',
		fields: ['receiptsGenerated', 'validationRatePct', 'violationsPrevented', 'costPerViolation'],
	},
];

function initialMode(fallback: Mode, allowSwitch: boolean): Mode {
	if (!allowSwitch || typeof location === 'undefined') return fallback;
	const m = new URLSearchParams(location.search).get('mode');
	return m === 'report' ? 'report' : m === 'prospect' ? 'prospect' : fallback;
}

export default function RoiCalculator({
	mode: startMode = 'prospect',
	allowModeSwitch = false,
	idPrefix = 'roi',
}: Props) {
	const [mode, setMode] = useState<Mode>(() => initialMode(startMode, allowModeSwitch));
	const roi = useFieldTexts(ROI_FIELDS, textsFrom(ROI_DEFAULTS));
	const report = useFieldTexts(REPORT_FIELDS, textsFrom(REPORT_DEFAULTS));
	const [rejected, setRejected] = useState<string[]>([]);

	useEffect(() => {
		const search = location.search;
		if (!search) return;
		if (mode === 'prospect') {
			const state = readUrlState(search, ROI_FIELDS, textsFrom(ROI_DEFAULTS));
			roi.setTexts(state.texts);
			setRejected(state.rejected);
		} else {
			const state = readUrlState(search, REPORT_FIELDS, textsFrom(REPORT_DEFAULTS));
			report.setTexts(state.texts);
			setRejected(state.rejected);
		}
	}, []);

	const result = useMemo(() => (roi.values ? computeRoi(roi.values) : null), [roi.values]);
	const reportResult = useMemo(() => (report.values ? computeValueReport(report.values) : null), [report.values]);

	const shareUrl = () => {
		const values = mode === 'prospect' ? roi.values : report.values;
		const query = writeUrlState(values ?? {}, { mode });
		return `${location.origin}${location.pathname}?${query}`;
	};

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
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			{mode === 'prospect' ? (
				<>
					<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="ROI inputs">
						{GROUPS.map((g) => (
							<fieldset key={g.legend}>
								<legend>{g.legend}</legend>
								{g.fields.map((f) => (
									<NumberField
										key={f}
										id={`${idPrefix}-${f}`}
										spec={ROI_FIELDS[f]}
										value={roi.texts[f]}
										error={roi.errors[f]}
										onInput={(t) => roi.set(f, t)}
									/>
								))}
							</fieldset>
						))}
					</form>
					{result && roi.values && (
						<section class={`hb-results${roi.stale ? ' hb-stale' : ''}`} aria-label="ROI results">
							{roi.stale && (
								<p class="hb-error">Fix the highlighted fields; the results below use the last valid values.</p>
							)}
							<p class="hb-headline" role="status" aria-live="polite">
								NPV <strong data-result="npv">{formatDollars(result.npv)}</strong>, ROI{' '}
								<strong data-result="roi">{formatRoiPct(result.roiPct)}</strong>, payback{' '}
								<strong data-result="payback">{formatPayback(result.paybackMonths, roi.values.years)}</strong>.
							</p>
							<table>
								<caption>Annual value by stream (full run rate)</caption>
								<tbody>
									{(Object.keys(STREAM_LABELS) as (keyof typeof STREAM_LABELS)[]).map((s) => (
										<tr key={s}>
											<th scope="row">{STREAM_LABELS[s]}</th>
											<td class="hb-num" data-result={`stream-${s}`}>
												{formatDollars(result.streams[s])}
											</td>
										</tr>
									))}
									<tr>
										<th scope="row">Total</th>
										<td class="hb-num" data-result="annual-benefit">
											{formatDollars(result.annualBenefit)}
										</td>
									</tr>
									<tr>
										<th scope="row">Total after {formatPercent(roi.values.riskAdjustmentPct)} risk adjustment</th>
										<td class="hb-num">{formatDollars(result.riskAdjustedAnnualBenefit)}</td>
									</tr>
								</tbody>
							</table>
							<table>
								<caption>Present values at {formatPercent(roi.values.discountRatePct)} discount rate</caption>
								<tbody>
									<tr>
										<th scope="row">Benefits</th>
										<td class="hb-num" data-result="pv-benefits">
											{formatDollars(result.pvBenefits)}
										</td>
									</tr>
									<tr>
										<th scope="row">Costs</th>
										<td class="hb-num" data-result="pv-costs">
											{formatDollars(result.pvCosts)}
										</td>
									</tr>
									<tr>
										<th scope="row">Net present value</th>
										<td class="hb-num">{formatDollars(result.npv)}</td>
									</tr>
								</tbody>
							</table>
							<table>
								<caption>Year by year (undiscounted)</caption>
								<thead>
									<tr>
										<th scope="col">Year</th>
										<th scope="col">Benefits</th>
										<th scope="col">Costs</th>
										<th scope="col">Net</th>
										<th scope="col">Cumulative</th>
									</tr>
								</thead>
								<tbody>
									<tr>
										<td>0</td>
										<td class="hb-num">{formatDollars(0)}</td>
										<td class="hb-num">{formatDollars(result.initialCost)}</td>
										<td class="hb-num">{formatDollars(-result.initialCost)}</td>
										<td class="hb-num">{formatDollars(-result.initialCost)}</td>
									</tr>
									{result.years.map((y) => (
										<tr key={y.year}>
											<td>{y.year}</td>
											<td class="hb-num">{formatDollars(y.benefits)}</td>
											<td class="hb-num">{formatDollars(y.costs)}</td>
											<td class="hb-num">{formatDollars(y.net)}</td>
											<td class="hb-num">{formatDollars(y.cumulative)}</td>
										</tr>
									))}
								</tbody>
							</table>
							<LineChart
								formatY={(v) => formatDollars(v)}
								title="Cumulative net benefit"
								xLabel="Year"
								points={[
									{ x: 0, y: -result.initialCost },
									...result.years.map((y) => ({ x: y.year, y: y.cumulative })),
								]}
								description={`Cumulative net benefit goes from ${formatDollars(-result.initialCost)} in year 0 to ${formatDollars(result.years[result.years.length - 1]?.cumulative ?? 0)} in year ${roi.values.years}.`}
							/>
							<ResultActions
								summary={() => roiSummary(roi.values!, result)}
								csvRows={() => roiCsvRows(roi.values!, result)}
								csvName="tai-roi.csv"
								shareUrl={shareUrl}
							/>
						</section>
					)}
				</>
			) : (
				<>
					<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="Value report inputs">
						{REPORT_GROUPS.map((g) => (
							<fieldset key={g.legend}>
								<legend>{g.legend}</legend>
								{g.fields.map((f) => (
									<NumberField
										key={f}
										id={`${idPrefix}-r-${f}`}
										spec={REPORT_FIELDS[f]}
										value={report.texts[f]}
										error={report.errors[f]}
										onInput={(t) => report.set(f, t)}
									/>
								))}
							</fieldset>
						))}
					</form>
					{reportResult && report.values && (
						<section class={`hb-results${report.stale ? ' hb-stale' : ''}`} aria-label="Value report results">
							{report.stale && (
								<p class="hb-error">Fix the highlighted fields; the results below use the last valid values.</p>
							)}
							<p class="hb-headline" role="status" aria-live="polite">
								Annualized value:{' '}
								<strong data-result="report-total">{formatDollars(reportResult.totalAnnualized)}</strong>.
							</p>
							<table>
								<thead>
									<tr>
										<th scope="col">Value stream</th>
										<th scope="col">Improvement</th>
										<th scope="col">Annualized value</th>
									</tr>
								</thead>
								<tbody>
									{reportResult.streams.map((s) => (
										<tr key={s.id}>
											<th scope="row">{STREAM_LABELS[s.id]}</th>
											<td class="hb-num">
												{s.id === 'compliance'
													? `${formatNumber(report.values!.receiptsGenerated)} receipts, ${formatPercent(report.values!.validationRatePct)} validated, ${formatNumber(report.values!.violationsPrevented)} prevented`
													: s.improvementPct === null
														? 'no baseline'
														: `${formatPercent(s.improvementPct)} ${s.id === 'revenue' ? 'of monthly loss recovered' : 'reduction'}`}
											</td>
											<td class="hb-num" data-result={`report-${s.id}`}>
												{formatDollars(s.annualizedValue)}
											</td>
										</tr>
									))}
								</tbody>
							</table>
							<ResultActions
								summary={() => reportSummary(reportResult)}
								csvRows={() => reportCsvRows(reportResult)}
								csvName="tai-week-1-value.csv"
								shareUrl={shareUrl}
							/>
						</section>
					)}
				</>
			)}
		</div>
	);
}
