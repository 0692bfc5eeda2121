/**
 * ROI state in a link: the numeric fields (shared/urlState.ts), `billing`,
 * and the prospect details `company`, `preparedBy`, `date`. One value that
 * fails validation makes the whole link fall back to the defaults, with the
 * rejected parts named, so a prospect never sees a half-tampered estimate.
 */
import { readUrlState, writeUrlState } from '~/lib/calculators/shared/urlState';
import {
	BILLINGS,
	ROI_DEFAULT_BILLING,
	ROI_DEFAULTS,
	ROI_FIELDS,
	type Billing,
	type RoiField,
	type RoiInputs,
} from './schema';
import { EMPTY_PROSPECT, PROSPECT_LABELS, prospectError, type ProspectDetails } from './prospect';

export type RoiUrlState = {
	texts: Record<RoiField, string>;
	billing: Billing;
	prospect: ProspectDetails;
	rejected: string[];
};

export function roiDefaultTexts(): Record<RoiField, string> {
	const out = {} as Record<RoiField, string>;
	for (const key of Object.keys(ROI_DEFAULTS) as RoiField[]) out[key] = String(ROI_DEFAULTS[key]);
	return out;
}

export function readRoiUrl(search: string): RoiUrlState {
	const numbers = readUrlState(search, ROI_FIELDS, roiDefaultTexts());
	const rejected = [...numbers.rejected];
	const params = new URLSearchParams(search.length > 4000 ? '' : search);
	const rawBilling = params.get('billing');
	let billing: Billing = ROI_DEFAULT_BILLING;
	if (rawBilling !== null) {
		if ((BILLINGS as readonly string[]).includes(rawBilling)) billing = rawBilling as Billing;
		else rejected.push('Billing');
	}
	const prospect = { ...EMPTY_PROSPECT };
	for (const key of Object.keys(PROSPECT_LABELS) as (keyof ProspectDetails)[]) {
		const raw = params.get(key);
		if (raw === null) continue;
		if (prospectError(key, raw) === null) prospect[key] = raw;
		else rejected.push(PROSPECT_LABELS[key]);
	}
	if (rejected.length > 0)
		return { texts: roiDefaultTexts(), billing: ROI_DEFAULT_BILLING, prospect: { ...EMPTY_PROSPECT }, rejected };
	return { texts: numbers.texts, billing, prospect, rejected };
}

export function writeRoiUrl(values: RoiInputs, billing: Billing, prospect: ProspectDetails): string {
	const extra: Record<string, string> = { billing };
	for (const [key, value] of Object.entries(prospect)) if (value.trim() !== '') extra[key] = value;
	return writeUrlState(values, extra);
}
