/**
 * A runway model in a URL: the whole model as JSON in the `model` parameter.
 * It is parsed with the same schema as the form; if it fails, the defaults
 * load and the failing fields are named.
 */
import * as z from 'zod/mini';
import { runwayInputsSchema, RUNWAY_FIELDS, type RunwayInputs } from './schema';

const MAX_LENGTH = 8000;

function describe(path: PropertyKey[]): string {
	const [head, index, field] = path;
	if (typeof head === 'string' && head in RUNWAY_FIELDS) return RUNWAY_FIELDS[head as keyof typeof RUNWAY_FIELDS].label;
	if (typeof head === 'string' && typeof index === 'number')
		return `${head} row ${index + 1}${field ? ` (${String(field)})` : ''}`;
	return String(head ?? 'model');
}

export function readRunwayUrl(search: string): { inputs: RunwayInputs; rejected: string[] } | null {
	const params = new URLSearchParams(search);
	const raw = params.get('model');
	if (raw === null) return null;
	if (raw.length > MAX_LENGTH) return { inputs: null as never, rejected: ['the link is too long'] };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { inputs: null as never, rejected: ['the model is not readable'] };
	}
	const result = z.safeParse(runwayInputsSchema, json);
	if (!result.success)
		return { inputs: null as never, rejected: [...new Set(result.error.issues.map((i) => describe(i.path)))] };
	return { inputs: result.data, rejected: [] };
}

export function writeRunwayUrl(inputs: RunwayInputs): string {
	return new URLSearchParams({ model: JSON.stringify(inputs) }).toString();
}
