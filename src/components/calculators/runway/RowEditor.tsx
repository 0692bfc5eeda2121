import type { FormErrors, FormRow, SectionId } from '~/lib/calculators/runway/form';
import { SECTIONS } from '~/lib/calculators/runway/form';
import { calendarMonth } from '~/lib/calculators/runway/format';
import { LIMITS } from '~/lib/calculators/runway/schema';

type Props = {
	idPrefix: string;
	section: SectionId;
	/** The name column's label and what to call an unnamed row ("Hire"); null for rows without names. */
	nameLabel: string | null;
	rowNoun: string;
	/** Short column labels, by field. */
	labels: Record<string, string>;
	/** Fields holding a model month, shown with their calendar month. */
	monthFields?: string[];
	firstMonth: string | null;
	rows: FormRow[];
	errors: FormErrors;
	notes?: (index: number) => string | undefined;
	onChange: (index: number, patch: { name?: string; field?: string; text?: string }) => void;
	onAdd: () => void;
	onRemove: (index: number) => void;
};

/** One compact line per row: a name, its numbers (months with their date), a remove button, errors below. */
export function RowEditor(p: Props) {
	const { specs, limit } = SECTIONS[p.section];
	const rowName = (row: FormRow, n: number) => row.name.trim() || `${p.rowNoun} ${n + 1}`;
	return (
		<div class="hb-lines">
			{p.rows.map((row, n) => {
				const base = `${p.idPrefix}-${p.section}-${row.id}`;
				const rowErrors = Object.entries(p.errors).filter(([k]) => k.startsWith(`${p.section}.${n}.`));
				const errorId = `${base}-errors`;
				const note = p.notes?.(n);
				const label = (f: string) => (f === 'name' ? (p.nameLabel ?? '') : (p.labels[f] ?? specs[f]!.label));
				return (
					<div key={row.id} class="hb-line" role="group" aria-label={rowName(row, n)} data-row={p.section}>
						{p.nameLabel && (
							<div class={`hb-cell hb-cell-name${p.errors[`${p.section}.${n}.name`] ? ' hb-field-invalid' : ''}`}>
								<label for={`${base}-name`}>{p.nameLabel}</label>
								<input
									id={`${base}-name`}
									type="text"
									value={row.name}
									maxLength={LIMITS.name}
									autoComplete="off"
									aria-invalid={p.errors[`${p.section}.${n}.name`] ? 'true' : 'false'}
									aria-describedby={rowErrors.length ? errorId : undefined}
									onInput={(e) => p.onChange(n, { name: (e.currentTarget as HTMLInputElement).value })}
								/>
							</div>
						)}
						{Object.keys(specs).map((f) => {
							const spec = specs[f]!;
							const id = `${base}-${f}`;
							const invalid = Boolean(p.errors[`${p.section}.${n}.${f}`]);
							const month = p.monthFields?.includes(f) ? Number(row.texts[f]) : NaN;
							return (
								<div
									key={f}
									class={`hb-cell${spec.unit === 'dollars' ? ' hb-cell-money' : ''}${invalid ? ' hb-field-invalid' : ''}`}
								>
									<label for={id}>
										<span class="sr-only">{rowName(row, n)}: </span>
										{label(f)}
										{spec.unit === 'percent' && <span class="hb-unit"> (%)</span>}
									</label>
									<div class="hb-input">
										{spec.unit === 'dollars' && <span aria-hidden="true">$</span>}
										<input
											id={id}
											type="text"
											inputMode="decimal"
											autoComplete="off"
											spellcheck={false}
											value={row.texts[f] ?? ''}
											aria-invalid={invalid ? 'true' : 'false'}
											aria-describedby={rowErrors.length ? errorId : undefined}
											onInput={(e) => p.onChange(n, { field: f, text: (e.currentTarget as HTMLInputElement).value })}
										/>
										{p.firstMonth && Number.isInteger(month) && month >= 1 && month <= 120 && (
											<span class="hb-date" data-date={f}>
												{calendarMonth(p.firstMonth, month)}
											</span>
										)}
									</div>
								</div>
							);
						})}
						<button
							type="button"
							class="hb-remove"
							aria-label={`Remove ${rowName(row, n)}`}
							title={`Remove ${rowName(row, n)}`}
							onClick={() => p.onRemove(n)}
						>
							×
						</button>
						{note && <p class="hb-line-note">{note}</p>}
						{rowErrors.length > 0 && (
							<p class="hb-error hb-line-note" id={errorId}>
								{rowErrors.map(([k, e]) => `${label(k.split('.')[2]!)}: ${e}`).join(' ')}
							</p>
						)}
					</div>
				);
			})}
			<p class="hb-lines-add">
				<button type="button" onClick={p.onAdd} disabled={p.rows.length >= limit}>
					Add {p.rowNoun.toLowerCase()}
				</button>{' '}
				{p.rows.length >= limit && (
					<span class="hb-hint">{limit} is the most a share link carries; remove one to add another.</span>
				)}
			</p>
		</div>
	);
}
