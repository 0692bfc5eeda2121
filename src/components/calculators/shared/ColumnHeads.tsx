/** A table's header row: one column heading a name; a name may carry a class (`['Net burn', 'hb-wide']`). */
export function ColumnHeads({ names }: { names: (string | [string, string])[] }) {
	return (
		<thead>
			<tr>
				{names.map((name) => {
					const [text, className] = typeof name === 'string' ? [name] : name;
					return (
						<th key={text} scope="col" class={className}>
							{text}
						</th>
					);
				})}
			</tr>
		</thead>
	);
}
