import type { RunwayForm as Form } from '~/lib/calculators/runway/form';
import { deferred } from '../shared/deferred';
import { TextField } from '../shared/TextField';
import type { FormProps } from './RunwayFormRest';
import { TopFields } from './TopFields';

const Rest = deferred(() => import('./RunwayFormRest').then((m) => m.RunwayFormRest));

/** The runway inputs: cash and months first; the rest (revenue, hires, contractors, …) load on use. */
export function RunwayForm(props: FormProps) {
	const { idPrefix, form, errors, onChange } = props;
	return (
		<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="Burn and runway inputs">
			<fieldset>
				<legend>Cash and months</legend>
				<TextField
					id={`${idPrefix}-firstMonth`}
					label="First month of the model"
					type="month"
					min="2000-01"
					max="2099-12"
					value={form.firstMonth}
					error={errors.firstMonth}
					onInput={(firstMonth) => onChange((f: Form) => ({ ...f, firstMonth }))}
				/>
				<TopFields
					idPrefix={idPrefix}
					keys={['startingCash', 'otherMonthly', 'months']}
					form={form}
					errors={errors}
					onChange={onChange}
				/>
			</fieldset>
			<Rest when={form} {...props} />
		</form>
	);
}
