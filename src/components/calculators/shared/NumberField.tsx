import type { FieldSpec } from '~/lib/calculators/shared/fields';
import { UNIT_LABELS } from '~/lib/calculators/shared/fields';

type Props = {
	id: string;
	spec: FieldSpec;
	value: string;
	error?: string;
	onInput: (text: string) => void;
	label?: string;
};

/** A labelled text field for a number, with its unit, an optional hint and an error in words. */
export function NumberField({ id, spec, value, error, onInput, label }: Props) {
	const unit = UNIT_LABELS[spec.unit];
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy = [spec.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
	return (
		<div class={`hb-field${error ? ' hb-field-invalid' : ''}`}>
			<label for={id}>
				{label ?? spec.label} <span class="hb-unit">({unit})</span>
			</label>
			<div class="hb-input">
				{spec.unit === 'dollars' && <span aria-hidden="true">$</span>}
				<input
					id={id}
					name={id}
					type="text"
					inputMode="decimal"
					autoComplete="off"
					spellcheck={false}
					value={value}
					aria-invalid={error ? 'true' : 'false'}
					aria-describedby={describedBy}
					onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
				/>
				{spec.unit !== 'dollars' && <span aria-hidden="true">{unit}</span>}
			</div>
			{spec.hint && (
				<p id={hintId} class="hb-hint">
					{spec.hint}
				</p>
			)}
			{error && (
				<p id={errorId} class="hb-error">
					{error}
				</p>
			)}
		</div>
	);
}
