import { ROI_FIELDS, BILLINGS, BILLING_LABELS, type Billing, type RoiField } from '~/lib/calculators/roi/schema';
import type { RoiForm as Form } from '~/lib/calculators/roi/form';
import { PROSPECT_LABELS, type ProspectDetails } from '~/lib/calculators/roi/prospect';
import { FieldGroups, type FieldGroup } from '../shared/FieldGroups';
import { TextField } from '../shared/TextField';

type Props = {
	idPrefix: string;
	form: Form;
	errors: Record<string, string>;
	onChange: (update: (form: Form) => Form) => void;
	onReset: () => void;
};

const GROUPS: FieldGroup<RoiField>[] = [
	{ legend: 'Time saved', fields: ['hoursBefore', 'hoursAfter', 'hourlyCost', 'recapturePct'] },
	{ legend: 'Errors avoided', fields: ['incidentsBefore', 'incidentsAfter', 'costPerIncident'] },
	{ legend: 'Revenue protected', fields: ['revenueLostPerMonth', 'recoveredPct'] },
	{ legend: 'Compliance', fields: ['violationsPerMonth', 'costPerViolation'] },
	{ legend: 'Price', fields: ['annualSubscription', 'implementationCost', 'internalHours'] },
	{
		legend: 'Timing and risk',
		fields: ['implementationDays', 'rampMonths', 'years', 'discountRatePct', 'riskAdjustmentPct', 'costRiskPct'],
	},
];

const AUTOCOMPLETE: Record<keyof ProspectDetails, string> = {
	company: 'organization',
	preparedBy: 'name',
	date: 'off',
};

/** The ROI inputs: who the estimate is for (plain text), the prospect's numbers by group, the billing terms. */
export function RoiForm({ idPrefix, form, errors, onChange, onReset }: Props) {
	const billing = (
		<div class="hb-field">
			<label for={`${idPrefix}-billing`}>Billing</label>
			<div class="hb-input">
				<select
					id={`${idPrefix}-billing`}
					value={form.billing}
					onChange={(e) => {
						const value = (e.currentTarget as HTMLSelectElement).value as Billing;
						onChange((f) => ({ ...f, billing: value }));
					}}
				>
					{BILLINGS.map((b) => (
						<option key={b} value={b}>
							{BILLING_LABELS[b]}
						</option>
					))}
				</select>
			</div>
		</div>
	);
	return (
		<form class="hb-form hb-roi-form" onSubmit={(e) => e.preventDefault()} aria-label="ROI inputs">
			<fieldset class="hb-prospect">
				<legend>Prospect</legend>
				{(Object.keys(PROSPECT_LABELS) as (keyof ProspectDetails)[]).map((key) => (
					<TextField
						key={key}
						id={`${idPrefix}-${key}`}
						label={PROSPECT_LABELS[key]}
						type={key === 'date' ? 'date' : 'text'}
						autoComplete={AUTOCOMPLETE[key]}
						value={form.prospect[key]}
						error={errors[key]}
						onInput={(text) => onChange((f) => ({ ...f, prospect: { ...f.prospect, [key]: text } }))}
					/>
				))}
			</fieldset>
			<FieldGroups
				groups={GROUPS.map((g) => (g.legend === 'Price' ? { ...g, after: billing } : g))}
				specs={ROI_FIELDS}
				idPrefix={idPrefix}
				texts={form.texts}
				errors={errors}
				onInput={(key, text) => onChange((f) => ({ ...f, texts: { ...f.texts, [key]: text } }))}
			/>
			<p class="hb-form-actions">
				<button type="button" onClick={onReset}>
					Reset to the defaults
				</button>
			</p>
		</form>
	);
}
