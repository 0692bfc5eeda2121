/**
 * Scenarios read back from this browser's storage or from a file. Storage and
 * files are as untrusted as a link: each model is checked with the model
 * schema (model.ts), and what fails is refused with a message in words,
 * never shown as markup. Loaded only when there is something to read.
 */
import { parseRunwayModel } from './model';
import {
	FILE_KIND,
	MAX_SCENARIOS,
	scenarioNameError,
	STORAGE_KEY,
	UNAVAILABLE,
	type Scenario,
	type StorageLike,
} from './scenarios';

/** A scenario file is a file, not a link: its own limit, twice the longest model a link carries. */
const MAX_FILE_CHARS = 200_000;

function readScenario(value: unknown): { scenario: Scenario } | { error: string } {
	if (typeof value !== 'object' || value === null) return { error: 'This is not a runway scenario.' };
	const { name, model } = value as { name?: unknown; model?: unknown };
	if (typeof name !== 'string' || scenarioNameError(name)) return { error: 'The scenario has no usable name.' };
	const parsed = parseRunwayModel(model);
	if (!parsed.value) return { error: `The scenario has values that could not be used: ${parsed.rejected.join(', ')}.` };
	return { scenario: { name: name.trim(), inputs: parsed.value } };
}

export function loadScenarios(storage: StorageLike | null): { scenarios: Scenario[]; error?: string } {
	let raw: string | null;
	try {
		if (!storage) return { scenarios: [], error: UNAVAILABLE };
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		return { scenarios: [], error: UNAVAILABLE };
	}
	if (raw === null) return { scenarios: [] };
	let list: unknown;
	try {
		list = JSON.parse(raw);
	} catch {
		list = null;
	}
	if (!Array.isArray(list))
		return { scenarios: [], error: 'The saved scenarios could not be read and were set aside.' };
	const scenarios: Scenario[] = [];
	let skipped = 0;
	for (const item of list.slice(0, MAX_SCENARIOS)) {
		const read = readScenario(item);
		if ('scenario' in read) scenarios.push(read.scenario);
		else skipped++;
	}
	return skipped
		? { scenarios, error: `${skipped} saved scenario(s) could not be read and were left out.` }
		: { scenarios };
}

export function importScenario(text: string): { scenario: Scenario } | { error: string } {
	if (text.length > MAX_FILE_CHARS) return { error: 'The file is too large to be a runway scenario.' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { error: 'The file is not JSON.' };
	}
	if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== FILE_KIND)
		return { error: 'This is not a runway scenario file.' };
	return readScenario(json);
}
