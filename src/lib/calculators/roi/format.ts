/** ROI results in words on screen and on paper: payback, ROI and the assumptions table. */
import { formatDollars, formatNumber, formatPercent } from '~/lib/format';
import { UNIT_LABELS } from '~/lib/calculators/shared/fields';
import {
	BILLING_LABELS,
	ROI_DEFAULT_BILLING,
	ROI_DEFAULT_SOURCES,
	ROI_DEFAULTS,
	ROI_FIELDS,
	type RoiCase,
	type RoiField,
} from './schema';

/** The source of a value the prospect's case changed from the default: theirs, in their words. */
export const ENTERED_FOR_THIS_CASE = 'Your figure';

export function formatPayback(months: number | null, years: number): string {
	if (months === null) return `not within ${years} ${years === 1 ? 'year' : 'years'}`;
	if (months === 0) return 'immediate';
	return `${months} ${months === 1 ? 'month' : 'months'}`;
}

export function formatRoiPct(roiPct: number | null): string {
	return roiPct === null ? 'not defined (no costs)' : formatPercent(roiPct, 0);
}

function formatFieldValue(field: RoiField, value: number): string {
	const spec = ROI_FIELDS[field];
	if (spec.unit === 'dollars') return formatDollars(value, value % 1 === 0 ? 0 : 2);
	if (spec.unit === 'percent') return formatPercent(value);
	return `${formatNumber(value, 2)} ${UNIT_LABELS[spec.unit]}`;
}

/** Every input with its value and where its default comes from. */
export function assumptionRows(c: RoiCase): { label: string; value: string; source: string }[] {
	return [
		// A value the prospect's case changed is theirs: the default's note no longer applies.
		...(Object.keys(ROI_FIELDS) as RoiField[]).map((f) => ({
			label: ROI_FIELDS[f].label,
			value: formatFieldValue(f, c[f]),
			source: c[f] === ROI_DEFAULTS[f] ? ROI_DEFAULT_SOURCES[f] : ENTERED_FOR_THIS_CASE,
		})),
		{
			label: 'Billing',
			value: BILLING_LABELS[c.billing],
			source: c.billing === ROI_DEFAULT_BILLING ? ROI_DEFAULT_SOURCES.billing : ENTERED_FOR_THIS_CASE,
		},
	];
}
