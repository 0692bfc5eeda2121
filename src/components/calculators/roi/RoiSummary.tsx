import type { RoiResult } from '~/lib/calculators/roi/compute';
import { formatPayback, formatRoiPct } from '~/lib/calculators/roi/format';
import { preparedLine, type ProspectDetails } from '~/lib/calculators/roi/prospect';
import type { RoiCase } from '~/lib/calculators/roi/schema';
import { formatDollars } from '~/lib/format';
import { StaleNotice } from '../shared/StaleNotice';

type Props = { roiCase: RoiCase; result: RoiResult; prospect: ProspectDetails; stale: boolean };

/** The headline figures, pinned beside the inputs (and heading the printed estimate). */
export function RoiSummary({ roiCase, result, prospect, stale }: Props) {
	const horizon = `${roiCase.years} ${roiCase.years === 1 ? 'year' : 'years'}`;
	const figures: [string, string, string][] = [
		['NPV', 'npv', formatDollars(result.npv)],
		['ROI', 'roi', formatRoiPct(result.roiPct)],
		['Payback', 'payback', formatPayback(result.paybackMonths, roiCase.years)],
		['Annual benefit', 'annual-benefit', formatDollars(result.riskAdjustedAnnualBenefit)],
		[`Net, ${horizon}`, 'net-benefit', formatDollars(result.netBenefit)],
	];
	return (
		<aside class={`hb-roi-headline${stale ? ' hb-stale' : ''}`} aria-label="Headline figures">
			<p class="hb-print-only">TAI Autonomics: ROI estimate over {horizon}</p>
			<p class="hb-prepared" data-result="prepared">
				{preparedLine(prospect) || `ROI estimate over ${horizon}`}
			</p>
			<StaleNotice stale={stale} />
			<dl aria-live="polite">
				{figures.map(([term, name, value]) => (
					<div key={name}>
						<dt>{term}</dt>
						<dd data-result={name}>{value}</dd>
					</div>
				))}
			</dl>
		</aside>
	);
}
