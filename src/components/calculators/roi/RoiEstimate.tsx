import { useEffect, useMemo, useRef } from 'preact/hooks';
import { computeRoi, computeScenarios } from '~/lib/calculators/roi/compute';
import { checkRoiForm, roiDefaultForm } from '~/lib/calculators/roi/form';
import { estimateDocumentTitle } from '~/lib/calculators/roi/prospect';
import { roiLink } from '~/lib/calculators/roi/urlState';
import { deferred } from '../shared/deferred';
import { UrlNotice } from '../shared/UrlNotice';
import { useCalculator } from '../shared/useCalculator';
import { RoiForm } from './RoiForm';
import { RoiSummary } from './RoiSummary';

type Props = { idPrefix: string; shareBase: string };

const Results = deferred(() => import('./RoiResults').then((m) => m.RoiResults));

/** The ROI estimate for a prospect: inputs beside pinned headline figures, then scenarios, years and assumptions. */
export function RoiEstimate({ idPrefix, shareBase }: Props) {
	const state = useCalculator({ initial: roiDefaultForm, check: checkRoiForm, link: roiLink });
	const { roiCase, prospect } = state.values;
	const result = useMemo(() => computeRoi(roiCase), [roiCase]);
	const scenarios = useMemo(() => computeScenarios(roiCase), [roiCase]);

	// The title names the prospect and the preparer, so the tab, the bookmark and the saved PDF do too.
	const pageTitle = useRef<string | null>(null);
	const documentTitle = estimateDocumentTitle(prospect);
	useEffect(() => {
		pageTitle.current ??= document.title;
		document.title = documentTitle ?? pageTitle.current;
	}, [documentTitle]);

	return (
		<>
			<UrlNotice rejected={state.rejected} onDismiss={state.dismiss} />
			<div class="hb-roi-layout">
				<RoiForm
					idPrefix={idPrefix}
					form={state.form}
					errors={state.errors}
					onChange={state.setForm}
					onReset={() => {
						state.setForm(roiDefaultForm());
						state.dismiss();
					}}
				/>
				<RoiSummary roiCase={roiCase} result={result} prospect={prospect} stale={state.stale} />
			</div>
			<Results
				when={state.values}
				roiCase={roiCase}
				result={result}
				scenarios={scenarios}
				stale={state.stale}
				summary={async () => (await import('~/lib/calculators/roi/export')).roiSummary(roiCase, result, prospect)}
				csvRows={async () => (await import('~/lib/calculators/roi/export')).roiCsvRows(roiCase, result, prospect)}
				shareUrl={() => state.shareLink(shareBase)}
			/>
		</>
	);
}
