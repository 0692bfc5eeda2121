import type { RunwayForm, TopKey } from '~/lib/calculators/runway/form';
import { RUNWAY_FIELDS } from '~/lib/calculators/runway/schema';
import { NumberField } from '../shared/NumberField';

type Props = {
	idPrefix: string;
	keys: TopKey[];
	form: RunwayForm;
	errors: Record<string, string>;
	onChange: (update: (form: RunwayForm) => RunwayForm) => void;
};

/** Number fields of the model itself (not of a row), one a key. */
export function TopFields({ idPrefix, keys, form, errors, onChange }: Props) {
	return (
		<>
			{keys.map((k) => (
				<NumberField
					key={k}
					id={`${idPrefix}-${k}`}
					spec={RUNWAY_FIELDS[k]}
					value={form.top[k]}
					error={errors[k]}
					onInput={(t) => onChange((f) => ({ ...f, top: { ...f.top, [k]: t } }))}
				/>
			))}
		</>
	);
}
