import { useMemo } from 'preact/hooks';
import { REPORT_DEFAULTS, REPORT_FIELDS, type ReportField } from '~/lib/calculators/roi/schema';
import { computeValueReport, STREAM_LABELS } from '~/lib/calculators/roi/compute';
import { fieldsLink } from '~/lib/calculators/shared/fieldParams';
import { checkFields, textsFrom } from '~/lib/calculators/shared/validate';
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import { ColumnHeads } from '../shared/ColumnHeads';
import { FieldGroups, type FieldGroup } from '../shared/FieldGroups';
import { ResultActions } from '../shared/ResultActions';
import { StaleNotice } from '../shared/StaleNotice';
import { UrlNotice } from '../shared/UrlNotice';
import { useCalculator } from '../shared/useCalculator';

const GROUPS: FieldGroup<ReportField>[] = [
	{ legend: 'Operational efficiency', fields: ['baselineHours', 'week1Hours', 'hourlyCost'] },
	{ legend: 'Error reduction', fields: ['baselineIncidents', 'week1Incidents', 'costPerIncident'] },
	{ legend: 'Revenue protection', fields: ['baselineLossPerMonth', 'week1Recovery'] },
	{
		legend: 'Compliance',
		fields: ['receiptsGenerated', 'validationRatePct', 'violationsPrevented', 'costPerViolation'],
	},
];
const DEFAULT_TEXTS = textsFrom(REPORT_DEFAULTS);
const check = checkFields(REPORT_FIELDS);
const link = fieldsLink(REPORT_FIELDS, DEFAULT_TEXTS, { mode: 'report' });

/** The week-1 value realization report: measured improvements, annualized. */
export function ValueReport({ idPrefix, shareBase }: { idPrefix: string; shareBase: string }) {
	const report = useCalculator({ initial: DEFAULT_TEXTS, check, link });
	const values = report.values;
	const result = useMemo(() => computeValueReport(values), [values]);
	const exported = () => import('~/lib/calculators/roi/export');

	return (
		<>
			<UrlNotice rejected={report.rejected} onDismiss={report.dismiss} />
			<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="Week-1 measurements">
				<FieldGroups
					groups={GROUPS}
					specs={REPORT_FIELDS}
					idPrefix={idPrefix}
					texts={report.form}
					errors={report.errors}
					onInput={(key, text) => report.setForm((f) => ({ ...f, [key]: text }))}
				/>
			</form>
			<section class={`hb-results${report.stale ? ' hb-stale' : ''}`} aria-label="Week-1 value report">
				<StaleNotice stale={report.stale} />
				<p class="hb-headline" role="status" aria-live="polite">
					Annualized value from week-1 measurements:{' '}
					<strong data-result="report-total">{formatDollars(result.totalAnnualized)}</strong>.
				</p>
				<table>
					<caption>Value streams, annualized</caption>
					<ColumnHeads names={['Value stream', 'Improvement', 'Annualized value']} />
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
					summary={async () => (await exported()).reportSummary(result)}
					csvRows={async () => (await exported()).reportCsvRows(result)}
					csvName="tai-week-1-value.csv"
					shareUrl={() => report.shareLink(shareBase)}
				/>
			</section>
		</>
	);
}
