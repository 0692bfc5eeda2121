import type { LeadForm } from '~/lib/calculators/bant/leads';
import type { BantRubric } from '~/lib/calculators/bant/schema';
import { roleLabel } from '~/lib/handbook/roles';
import { TextField } from '../shared/TextField';

type Props = {
	rubric: BantRubric;
	idPrefix: string;
	form: LeadForm;
	errors: Record<string, string>;
	onChange: (update: (form: LeadForm) => LeadForm) => void;
};

/** Who the lead is, a level 0-3 for each criterion (with its GO minimum and stops), and the other hard stops. */
export function BantForm({ rubric, idPrefix, form, errors, onChange }: Props) {
	return (
		<form class="hb-form" onSubmit={(e) => e.preventDefault()} aria-label="BANT scorecard">
			<fieldset>
				<legend>Lead</legend>
				{(['name', 'company'] as const).map((key) => (
					<TextField
						key={key}
						id={`${idPrefix}-${key}`}
						label={key === 'name' ? 'Lead name' : 'Company'}
						value={form[key]}
						error={errors[key]}
						onInput={(text) => onChange((f) => ({ ...f, [key]: text }))}
					/>
				))}
			</fieldset>
			{rubric.criteria.map((c) => (
				<fieldset
					key={c.id}
					class="hb-criterion"
					aria-describedby={`${idPrefix}-${c.id}-gate ${idPrefix}-${c.id}-counterpart`}
				>
					<legend>
						{c.label} <span class="hb-unit">(weight {c.weight}%, score 0-3)</span>
					</legend>
					<p id={`${idPrefix}-${c.id}-gate`} class="hb-gate" data-gate={c.id}>
						GO needs level {c.gate.minimum} or above (set by the {roleLabel(c.gate.owner)})
					</p>
					<p id={`${idPrefix}-${c.id}-counterpart`} class="hb-hint">
						{c.counterpart}
					</p>
					{c.levels.map((text, level) => (
						<label key={level} class="hb-level">
							<input
								type="radio"
								name={`${idPrefix}-${c.id}`}
								value={level}
								checked={form.scores[c.id] === level}
								onChange={() => onChange((f) => ({ ...f, scores: { ...f.scores, [c.id]: level } }))}
							/>{' '}
							<strong>{level}</strong> - {text}
							{c.disqualifying.includes(level) ? (
								<span class="hb-stop-tag"> (stop: NO-GO)</span>
							) : (
								level < c.gate.minimum && <span class="hb-below-tag"> (below GO minimum)</span>
							)}
						</label>
					))}
				</fieldset>
			))}
			<fieldset>
				<legend>Other hard stops (any one means NO-GO)</legend>
				{rubric.hardStops.map((s) => (
					<label key={s.id} class="hb-level">
						<input
							type="checkbox"
							name={`${idPrefix}-stop`}
							value={s.id}
							checked={form.hardStops.includes(s.id)}
							onChange={(e) => {
								const on = (e.currentTarget as HTMLInputElement).checked;
								onChange((f) => ({
									...f,
									hardStops: on ? [...f.hardStops, s.id] : f.hardStops.filter((x) => x !== s.id),
								}));
							}}
						/>{' '}
						{s.label}
					</label>
				))}
			</fieldset>
		</form>
	);
}
