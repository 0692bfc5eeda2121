import {
	addFormRow,
	removeFormRow,
	updateFormRow,
	type RunwayForm as Form,
	type SectionId,
	type TopKey,
} from '~/lib/calculators/runway/form';
import { calendarMonth } from '~/lib/calculators/runway/format';
import type { RunwayInputs } from '~/lib/calculators/runway/schema';
import { Radios } from '../shared/Radios';
import { RowEditor } from './RowEditor';
import { ROWS } from './sections';
import { TopFields } from './TopFields';

export type FormProps = {
	idPrefix: string;
	form: Form;
	errors: Record<string, string>;
	/** The model the results show: the last one without errors. */
	used: RunwayInputs;
	stale: boolean;
	hireNotes: string[];
	onChange: (update: (form: Form) => Form) => void;
};

/** The inputs below the first view: revenue, hires, contractors, infrastructure, fundraise and cash timing. */
export function RunwayFormRest({ idPrefix, form, errors, used, stale, hireNotes, onChange }: FormProps) {
	const set = (patch: Partial<Form>) => onChange((f) => ({ ...f, ...patch }));
	const fields = (keys: TopKey[]) => (
		<TopFields idPrefix={idPrefix} keys={keys} form={form} errors={errors} onChange={onChange} />
	);
	const rows = (section: SectionId) => ({
		idPrefix,
		section,
		rows: form[section],
		errors,
		// Rows show calendar months of the month typed, even while another field is wrong.
		firstMonth: stale ? form.firstMonth : used.firstMonth,
		onChange: (n: number, patch: { name?: string; field?: string; text?: string }) =>
			onChange((f) => updateFormRow(f, section, n, patch)),
		onAdd: () => onChange((f) => addFormRow(f, section)),
		onRemove: (n: number) => onChange((f) => removeFormRow(f, section, n)),
	});
	return (
		<>
			<fieldset>
				<legend>Revenue</legend>
				<Radios
					name={`${idPrefix}-revenue-mode`}
					legend="Revenue is"
					value={form.revenueMode}
					options={[
						['growth', 'MRR with a monthly growth rate'],
						['schedule', 'A schedule of customers'],
					]}
					onChange={(revenueMode) => set({ revenueMode })}
				/>
				{form.revenueMode === 'growth' ? (
					fields(['startingMrr', 'growthPct'])
				) : (
					<RowEditor {...rows('customers')} {...ROWS.customers} />
				)}
			</fieldset>
			{(['hires', 'contractors', 'infraSteps'] as const).map((section) => (
				<fieldset key={section}>
					<legend>{ROWS[section].legend}</legend>
					<RowEditor
						{...rows(section)}
						{...ROWS[section]}
						notes={section === 'hires' ? (n) => (hireNotes[n] ? `This hire ${hireNotes[n]}.` : undefined) : undefined}
					/>
				</fieldset>
			))}
			<fieldset>
				<legend>Fundraise</legend>
				{fields(['fundraiseAmount', 'fundraiseLeadMonths', 'fundraiseMonth'])}
				{used.fundraiseMonth > 0 && (
					<p class="hb-hint hb-span">Lands in {calendarMonth(used.firstMonth, used.fundraiseMonth)}.</p>
				)}
			</fieldset>
			<fieldset>
				<legend>Cash timing</legend>
				<Radios
					name={`${idPrefix}-deposits`}
					legend="Customer deposits"
					value={form.depositMode}
					options={[
						['credit', 'Pay the customer’s first invoices'],
						['cash', 'Come on top of the invoices'],
					]}
					onChange={(depositMode) => set({ depositMode })}
				/>
				<Radios
					name={`${idPrefix}-collection`}
					legend="MRR is collected"
					value={form.collection}
					options={[
						['same', 'In the month it is billed'],
						['next', 'The month after'],
					]}
					onChange={(collection) => set({ collection })}
				/>
			</fieldset>
		</>
	);
}
