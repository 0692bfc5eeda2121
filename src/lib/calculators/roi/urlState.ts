/**
 * ROI state in a link: one parameter a number field, `billing`, and the
 * prospect details `company`, `preparedBy`, `date` (shared/urlState.ts reads
 * and limits every link the same way). A company alone (the BANT scorecard's
 * link) keeps every other default.
 */
import { readNumberParams } from '~/lib/calculators/shared/fieldParams';
import {
	queryAddress,
	readQuery,
	readTextParams,
	writeQuery,
	type LinkFormat,
	type UrlState,
} from '~/lib/calculators/shared/urlState';
import { textsFrom } from '~/lib/calculators/shared/validate';
import {
	BILLINGS,
	ROI_DEFAULT_BILLING,
	ROI_DEFAULTS,
	ROI_FIELDS,
	type Billing,
	type RoiField,
	type RoiInputs,
} from './schema';
import type { RoiForm, RoiValues } from './form';
import { PROSPECT_LABELS, prospectError, type ProspectDetails } from './prospect';

const KEYS = [...Object.keys(ROI_FIELDS), 'billing', ...Object.keys(PROSPECT_LABELS)];

export function roiDefaultTexts(): Record<RoiField, string> {
	return textsFrom(ROI_DEFAULTS);
}

export function readRoiUrl(search: string): UrlState<RoiForm> | null {
	return readQuery(search, KEYS, (params, reject) => {
		const texts = readNumberParams(params, ROI_FIELDS, roiDefaultTexts(), reject);
		const raw = params.get('billing') ?? ROI_DEFAULT_BILLING;
		if (!(BILLINGS as readonly string[]).includes(raw)) reject('Billing');
		const prospect = readTextParams(params, PROSPECT_LABELS, prospectError, reject);
		return { texts, billing: raw as Billing, prospect };
	});
}

export function writeRoiUrl(values: RoiInputs, billing: Billing, prospect: ProspectDetails): string {
	return writeQuery({ ...values, billing, ...prospect });
}

export const roiLink: LinkFormat<RoiForm, RoiValues> = {
	read: ({ search }) => readRoiUrl(search),
	write: ({ roiCase, prospect }, { hash }) => queryAddress(writeRoiUrl(roiCase, roiCase.billing, prospect), hash),
};
