/**
 * zod schemas built from field specs, for models read whole from outside a
 * form (a runway link, a saved scenario, a scenario file). The bounds are the
 * field's own (numberError), so a value the form refuses is refused here too.
 * Import this only where a model is read: zod is loaded on use, never in an
 * island's first view.
 */
import * as z from 'zod/mini';
import { numberError, type FieldSpec } from './fields';

function numberSchema(spec: FieldSpec) {
	return z.number().check(z.refine((value) => numberError(spec, value) === null, `Outside ${spec.label}'s bounds.`));
}

export function objectSchema<K extends string>(specs: Record<K, FieldSpec>) {
	const shape = {} as Record<K, ReturnType<typeof numberSchema>>;
	for (const key of Object.keys(specs) as K[]) shape[key] = numberSchema(specs[key]);
	return z.object(shape);
}
