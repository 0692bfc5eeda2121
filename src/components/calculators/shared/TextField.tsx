type Props = {
	id: string;
	label: string;
	value: string;
	error?: string | null;
	onInput: (text: string) => void;
	/** `text` unless the value is a day (`date`) or a calendar month (`month`). */
	type?: 'text' | 'date' | 'month';
	autoComplete?: string;
	maxLength?: number;
	min?: string;
	max?: string;
};

/** A labelled field for free text, a day or a month, with its error in words; the value is only ever rendered as text. */
export function TextField({ id, label, value, error, onInput, type = 'text', autoComplete = 'off', ...rest }: Props) {
	const errorId = `${id}-error`;
	return (
		<div class={`hb-field${error ? ' hb-field-invalid' : ''}`}>
			<label for={id}>{label}</label>
			<div class="hb-input">
				<input
					id={id}
					name={id}
					type={type}
					autoComplete={autoComplete}
					value={value}
					maxLength={type === 'text' ? (rest.maxLength ?? 200) : undefined}
					min={rest.min}
					max={rest.max}
					aria-invalid={error ? 'true' : 'false'}
					aria-describedby={error ? errorId : undefined}
					onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
				/>
			</div>
			{error && (
				<p id={errorId} class="hb-error">
					{error}
				</p>
			)}
		</div>
	);
}
