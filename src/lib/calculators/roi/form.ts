/**
 * The ROI estimate's form as typed, and its check: the number fields against
 * their specs, the billing choice, and the prospect details as plain text.
 * A prospect detail that fails shows its error and heads the estimate blank.
 */
import { completeValues, validateFields, type Checked } from '~/lib/calculators/shared/validate';
import { EMPTY_PROSPECT, PROSPECT_LABELS, prospectError, type ProspectDetails } from './prospect';
import { ROI_DEFAULT_BILLING, ROI_FIELDS, type Billing, type RoiCase, type RoiField } from './schema';
import { roiDefaultTexts } from './urlState';

export type RoiForm = { texts: Record<RoiField, string>; billing: Billing; prospect: ProspectDetails };

/** What the results are computed from: the case, and the prospect it is for. */
export type RoiValues = { roiCase: RoiCase; prospect: ProspectDetails };

export function roiDefaultForm(): RoiForm {
	return { texts: roiDefaultTexts(), billing: ROI_DEFAULT_BILLING, prospect: { ...EMPTY_PROSPECT } };
}

export function checkRoiForm(form: RoiForm): Checked<RoiValues> {
	const { values, errors } = validateFields(ROI_FIELDS, form.texts);
	const all: Record<string, string> = { ...(errors as Record<string, string>) };
	for (const key of Object.keys(PROSPECT_LABELS) as (keyof ProspectDetails)[]) {
		const error = prospectError(key, form.prospect[key]);
		if (error) all[key] = error;
	}
	const prospectOk = Object.keys(PROSPECT_LABELS).every((key) => !all[key]);
	const numbers = completeValues(ROI_FIELDS, values);
	return {
		values: numbers && {
			roiCase: { ...numbers, billing: form.billing },
			prospect: prospectOk ? form.prospect : EMPTY_PROSPECT,
		},
		errors: all,
	};
}
