type Props<T extends string> = {
	name: string;
	legend: string;
	value: T;
	options: [T, string][];
	onChange: (value: T) => void;
};

/** A choice between a few options, as a group of radio buttons. */
export function Radios<T extends string>({ name, legend, value, options, onChange }: Props<T>) {
	return (
		<fieldset class="hb-choice">
			<legend>{legend}</legend>
			{options.map(([v, text]) => (
				<label key={v}>
					<input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
					<span>{text}</span>
				</label>
			))}
		</fieldset>
	);
}
