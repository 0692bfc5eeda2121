import { useEffect, useMemo, useState } from 'preact/hooks';
import { REPORT_DEFAULTS, REPORT_FIELDS, type ReportField } from '~/lib/calculators/roi/schema';
import { computeValueReport, STREAM_LABELS } from '~/lib/calculators/roi/compute';
import { reportCsvRows, reportSummary } from '~/lib/calculators/roi/format';
import { readUrlState, writeUrlState } from '~/lib/calculators/shared/urlState';
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import { ResultActions } from '../shared/ResultActions';
import { UrlNotice } from '../shared/UrlNotice';
import { textsFrom, useFieldTexts } from '../shared/useFieldTexts';
import { FieldGroups, type FieldGroup } from './FieldGroups';
import { StaleBanner } from './StaleBanner';
import { useUrlSync } from './useUrlSync';

const GROUPS: FieldGroup<ReportField>[] = [
	{ legend: 'Operational efficiency', fields: ['baselineHours', 'week1Hours', 'hourlyCost'] },
	{ legend: 'Error reduction', fields: ['baselineIncidents', 'week1Incidents', 'costPerIncident'] },
	{ legend: 'Revenue protection', fields: ['baselineLossPerMonth', 'week1Recovery'] },
	{
		legend: 'Compliance',
		fields: ['receiptsGenerated', 'validationRatePct', 'violationsPrevented', 'costPerViolation'],
	},
];

/** The week-1 value realization report: measured improvements, annualized. */
export function ValueReport({ idPrefix, shareBase }: { idPrefix: string; shareBase: string }) {
	const report = useFieldTexts(REPORT_FIELDS, textsFrom(REPORT_DEFAULTS));
	const [rejected, setRejected] = useState<string[]>([]);

	useEffect(() => {
		if (!location.search) return;
		const state = readUrlState(location.search, REPORT_FIELDS, textsFrom(REPORT_DEFAULTS));
		report.setTexts(state.texts);
		setRejected(state.rejected);
	}, []);

	const values = report.values;
	const result = useMemo(() => (values ? computeValueReport(values) : null), [values]);
	const query = values ? writeUrlState(values, { mode: 'report' }) : null;
	useUrlSync(query);

	return (
		<>
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="Week-1 measurements">
				<FieldGroups
					groups={GROUPS}
					specs={REPORT_FIELDS}
					idPrefix={idPrefix}
					texts={report.texts}
					errors={report.errors}
					onInput={report.set}
				/>
			</form>
			{result && values && (
				<section class={`hb-results${report.stale ? ' hb-stale' : ''}`} aria-label="Week-1 value report">
					<StaleBanner stale={report.stale} />
					<p class="hb-headline" role="status" aria-live="polite">
						Annualized value from week-1 measurements:{' '}
						<strong data-result="report-total">{formatDollars(result.totalAnnualized)}</strong>.
					</p>
					<table>
						<caption>Value streams, annualized</caption>
						<thead>
							<tr>
								<th scope="col">Value stream</th>
								<th scope="col">Improvement</th>
								<th scope="col">Annualized value</th>
							</tr>
						</thead>
						<tbody>
							{result.streams.map((s) => (
								<tr key={s.id}>
									<th scope="row">{STREAM_LABELS[s.id]}</th>
									<td class="hb-num">
										{s.id === 'compliance'
											? `${formatNumber(values.receiptsGenerated)} receipts, ${formatPercent(values.validationRatePct)} validated, ${formatNumber(values.violationsPrevented)} prevented`
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
						summary={() => reportSummary(result)}
						csvRows={() => reportCsvRows(result)}
						csvName="tai-week-1-value.csv"
						shareUrl={() => `${shareBase}?${writeUrlState(values, { mode: 'report' })}`}
					/>
				</section>
			)}
		</>
	);
}
