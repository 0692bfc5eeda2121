import type { ComponentChildren } from 'preact';
import type { FieldSpec } from '~/lib/calculators/shared/fields';
import { NumberField } from './NumberField';

export type FieldGroup<K extends string> = { legend: string; fields: K[]; after?: ComponentChildren };

type Props<K extends string> = {
	groups: FieldGroup<K>[];
	specs: Record<K, FieldSpec>;
	idPrefix: string;
	texts: Record<K, string>;
	errors: Partial<Record<K, string>>;
	onInput: (key: K, text: string) => void;
};

/** The fieldsets of a calculator form, one labelled number field per input. */
export function FieldGroups<K extends string>({ groups, specs, idPrefix, texts, errors, onInput }: Props<K>) {
	return (
		<>
			{groups.map((g) => (
				<fieldset key={g.legend}>
					<legend>{g.legend}</legend>
					{g.fields.map((f) => (
						<NumberField
							key={f}
							id={`${idPrefix}-${f}`}
							spec={specs[f]}
							value={texts[f]}
							error={errors[f]}
							onInput={(t) => onInput(f, t)}
						/>
					))}
					{g.after}
				</fieldset>
			))}
		</>
	);
}
