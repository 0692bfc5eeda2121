import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	BILLINGS,
	BILLING_LABELS,
	ROI_DEFAULT_BILLING,
	ROI_FIELDS,
	type Billing,
	type RoiField,
} from '~/lib/calculators/roi/schema';
import { computeRoi, computeScenarios, STREAM_LABELS, type StreamId } from '~/lib/calculators/roi/compute';
import { assumptionRows, formatPayback, formatRoiPct, roiCsvRows, roiSummary } from '~/lib/calculators/roi/format';
import {
	EMPTY_PROSPECT,
	PROSPECT_LABELS,
	estimateDocumentTitle,
	preparedLine,
	prospectError,
	type ProspectDetails,
} from '~/lib/calculators/roi/prospect';
import { readRoiUrl, roiDefaultTexts, writeRoiUrl } from '~/lib/calculators/roi/urlState';
import { formatDollars, formatPercent } from '~/lib/format';
import { ResultActions } from '../shared/ResultActions';
import { LineChart } from '../shared/LineChart';
import { UrlNotice } from '../shared/UrlNotice';
import { useFieldTexts } from '../shared/useFieldTexts';
import { FieldGroups, type FieldGroup } from './FieldGroups';
import { StaleBanner } from './StaleBanner';
import { useUrlSync } from './useUrlSync';

type Props = { idPrefix: string; shareBase: string };

const STREAMS = Object.keys(STREAM_LABELS) as StreamId[];

/** Who the estimate is for: plain text fields, rendered back only as text. */
function ProspectFields({
	idPrefix,
	details,
	onInput,
}: {
	idPrefix: string;
	details: ProspectDetails;
	onInput: (key: keyof ProspectDetails, text: string) => void;
}) {
	return (
		<fieldset class="hb-prospect">
			<legend>Prospect</legend>
			{(Object.keys(PROSPECT_LABELS) as (keyof ProspectDetails)[]).map((key) => {
				const id = `${idPrefix}-${key}`;
				const error = prospectError(key, details[key]);
				return (
					<div key={key} class={`hb-field${error ? ' hb-field-invalid' : ''}`}>
						<label for={id}>{PROSPECT_LABELS[key]}</label>
						<div class="hb-input">
							<input
								id={id}
								name={id}
								type={key === 'date' ? 'date' : 'text'}
								autoComplete={key === 'company' ? 'organization' : key === 'preparedBy' ? 'name' : 'off'}
								value={details[key]}
								maxLength={200}
								aria-invalid={error ? 'true' : 'false'}
								aria-describedby={error ? `${id}-error` : undefined}
								onInput={(e) => onInput(key, (e.currentTarget as HTMLInputElement).value)}
							/>
						</div>
						{error && (
							<p id={`${id}-error`} class="hb-error">
								{error}
							</p>
						)}
					</div>
				);
			})}
		</fieldset>
	);
}

/** The ROI estimate for a prospect: inputs beside pinned headline figures, then scenarios, years and assumptions. */
export function RoiEstimate({ idPrefix, shareBase }: Props) {
	const roi = useFieldTexts(ROI_FIELDS, roiDefaultTexts());
	const [billing, setBilling] = useState<Billing>(ROI_DEFAULT_BILLING);
	const [prospect, setProspect] = useState<ProspectDetails>(EMPTY_PROSPECT);
	const [rejected, setRejected] = useState<string[]>([]);

	useEffect(() => {
		if (!location.search) return;
		const state = readRoiUrl(location.search);
		roi.setTexts(state.texts);
		setBilling(state.billing);
		setProspect(state.prospect);
		setRejected(state.rejected);
	}, []);

	const prospectOk = (Object.keys(prospect) as (keyof ProspectDetails)[]).every(
		(k) => prospectError(k, prospect[k]) === null,
	);
	const shownProspect = prospectOk ? prospect : EMPTY_PROSPECT;
	const values = roi.values;
	const roiCase = useMemo(() => (values ? { ...values, billing } : null), [values, billing]);
	const result = useMemo(() => (roiCase ? computeRoi(roiCase) : null), [roiCase]);
	const scenarios = useMemo(() => (roiCase ? computeScenarios(roiCase) : []), [roiCase]);
	const query = roiCase && prospectOk ? writeRoiUrl(values!, billing, prospect) : null;
	useUrlSync(query);

	// The title names the prospect and the preparer, so the tab, the bookmark and the saved PDF do too.
	const pageTitle = useRef<string | null>(null);
	const documentTitle = estimateDocumentTitle(shownProspect);
	useEffect(() => {
		pageTitle.current ??= document.title;
		document.title = documentTitle ?? pageTitle.current;
	}, [documentTitle]);

	const reset = () => {
		roi.setTexts(roiDefaultTexts());
		setBilling(ROI_DEFAULT_BILLING);
		setProspect(EMPTY_PROSPECT);
		setRejected([]);
	};

	const groups: FieldGroup<RoiField>[] = [
		{ legend: 'Time saved', fields: ['hoursBefore', 'hoursAfter', 'hourlyCost', 'recapturePct'] },
		{ legend: 'Errors avoided', fields: ['incidentsBefore', 'incidentsAfter', 'costPerIncident'] },
		{ legend: 'Revenue protected', fields: ['revenueLostPerMonth', 'recoveredPct'] },
		{ legend: 'Compliance', fields: ['violationsPerMonth', 'costPerViolation'] },
		{
			legend: 'Price',
			fields: ['annualSubscription', 'implementationCost', 'internalHours'],
			after: (
				<div class="hb-field">
					<label for={`${idPrefix}-billing`}>Billing</label>
					<div class="hb-input">
						<select
							id={`${idPrefix}-billing`}
							value={billing}
							onChange={(e) => setBilling((e.currentTarget as HTMLSelectElement).value as Billing)}
						>
							{BILLINGS.map((b) => (
								<option key={b} value={b}>
									{BILLING_LABELS[b]}
								</option>
							))}
						</select>
					</div>
				</div>
			),
		},
		{
			legend: 'Timing and risk',
			fields: ['implementationDays', 'rampMonths', 'years', 'discountRatePct', 'riskAdjustmentPct', 'costRiskPct'],
		},
	];

	const prepared = preparedLine(shownProspect);
	const years = roiCase?.years ?? 0;
	const horizon = `${years} ${years === 1 ? 'year' : 'years'}`;

	return (
		<>
			<UrlNotice rejected={rejected} onDismiss={() => setRejected([])} />
			<div class="hb-roi-layout">
				<form class="hb-form hb-roi-form" onSubmit={(e) => e.preventDefault()} aria-label="ROI inputs">
					<ProspectFields
						idPrefix={idPrefix}
						details={prospect}
						onInput={(key, text) => setProspect((p) => ({ ...p, [key]: text }))}
					/>
					<FieldGroups
						groups={groups}
						specs={ROI_FIELDS}
						idPrefix={idPrefix}
						texts={roi.texts}
						errors={roi.errors}
						onInput={roi.set}
					/>
					<p class="hb-form-actions">
						<button type="button" onClick={reset}>
							Reset to the defaults
						</button>
					</p>
				</form>
				{result && roiCase && (
					<aside class={`hb-roi-headline${roi.stale ? ' hb-stale' : ''}`} aria-label="Headline figures">
						<p class="hb-print-only">TAI Autonomics: ROI estimate over {horizon}</p>
						<p class="hb-prepared" data-result="prepared">
							{prepared || `ROI estimate over ${horizon}`}
						</p>
						<StaleBanner stale={roi.stale} />
						<dl aria-live="polite">
							<div>
								<dt>NPV</dt>
								<dd data-result="npv">{formatDollars(result.npv)}</dd>
							</div>
							<div>
								<dt>ROI</dt>
								<dd data-result="roi">{formatRoiPct(result.roiPct)}</dd>
							</div>
							<div>
								<dt>Payback</dt>
								<dd data-result="payback">{formatPayback(result.paybackMonths, roiCase.years)}</dd>
							</div>
							<div>
								<dt>Annual benefit</dt>
								<dd data-result="annual-benefit">{formatDollars(result.riskAdjustedAnnualBenefit)}</dd>
							</div>
							<div>
								<dt>Net, {horizon}</dt>
								<dd data-result="net-benefit">{formatDollars(result.netBenefit)}</dd>
							</div>
						</dl>
					</aside>
				)}
			</div>
			{result && roiCase && (
				<section class={`hb-results hb-roi-results${roi.stale ? ' hb-stale' : ''}`} aria-label="ROI results">
					<table data-table="scenarios">
						<caption>Scenarios (costs the same in each)</caption>
						<thead>
							<tr>
								<th scope="col">Scenario</th>
								<th scope="col">NPV</th>
								<th scope="col">ROI</th>
								<th scope="col">Payback</th>
							</tr>
						</thead>
						<tbody>
							{scenarios.map((s) => (
								<tr key={s.id} data-scenario={s.id}>
									<th scope="row">{s.label}</th>
									<td class="hb-num">{formatDollars(s.result.npv)}</td>
									<td class="hb-num">{formatRoiPct(s.result.roiPct)}</td>
									<td class="hb-num">{formatPayback(s.result.paybackMonths, roiCase.years)}</td>
								</tr>
							))}
						</tbody>
					</table>
					<table data-table="years">
						<caption>Year by year (undiscounted, risk-adjusted)</caption>
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
							<tr>
								<th scope="row" colSpan={4}>
									NPV at {formatPercent(roiCase.discountRatePct)} discount: benefits {formatDollars(result.pvBenefits)}{' '}
									− costs {formatDollars(result.pvCosts)}
								</th>
								<td class="hb-num">{formatDollars(result.npv)}</td>
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
						<thead>
							<tr>
								<th scope="col">Input</th>
								<th scope="col">Value</th>
								<th scope="col">Source</th>
							</tr>
						</thead>
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
					<ResultActions
						summary={() => roiSummary(roiCase, result, shownProspect)}
						csvRows={() => roiCsvRows(roiCase, result, shownProspect)}
						csvName="tai-roi.csv"
						shareUrl={() => `${shareBase}?${writeRoiUrl(values!, billing, shownProspect)}`}
					/>
				</section>
			)}
		</>
	);
}
