/**
 * Named runway scenarios kept in this browser (localStorage), compared two at
 * a time, and exported or imported as a JSON file. Everything read back, from
 * storage or from a file, is validated with the model schema; what fails is
 * refused with a message in words, never shown as markup.
 */
import * as z from 'zod/mini';
import { formatDollars, formatNumber } from '~/lib/format';
import { computeRunway, type RunwayResult } from './compute';
import { breakEvenText, calendarMonth, runwayMonthsText } from './format';
import { rowNameSchema, type RunwayInputs } from './schema';
import { parseRunwayModel } from './urlState';

export type Scenario = { name: string; inputs: RunwayInputs };
export type StorageLike = { getItem(key: string): string | null; setItem(key: string, value: string): void };

export const STORAGE_KEY = 'tai-runway-scenarios';
export const MAX_SCENARIOS = 20;
const FILE_KIND = 'tai-runway-scenario';
const UNAVAILABLE = 'Saved scenarios are not available: this browser does not allow the page to store data.';

export function scenarioNameError(name: string): string | null {
	if (name.trim() === '') return 'Give the scenario a name.';
	const result = z.safeParse(rowNameSchema, name.trim());
	return result.success ? null : (result.error.issues[0]?.message ?? 'Invalid name.');
}

function readScenario(value: unknown): { scenario: Scenario } | { error: string } {
	if (typeof value !== 'object' || value === null) return { error: 'This is not a runway scenario.' };
	const { name, model } = value as { name?: unknown; model?: unknown };
	if (typeof name !== 'string' || scenarioNameError(name)) return { error: 'The scenario has no usable name.' };
	const parsed = parseRunwayModel(model);
	if (!parsed.inputs)
		return { error: `The scenario has values that could not be used: ${parsed.rejected.join(', ')}.` };
	return { scenario: { name: name.trim(), inputs: parsed.inputs } };
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

/** Writes the list; returns a message when the browser refuses (storage off or full). */
export function storeScenarios(storage: StorageLike | null, scenarios: readonly Scenario[]): string | null {
	try {
		if (!storage) return UNAVAILABLE;
		storage.setItem(STORAGE_KEY, JSON.stringify(scenarios.map((s) => ({ name: s.name, model: s.inputs }))));
		return null;
	} catch {
		return 'The scenario was not saved: this browser’s storage for the page is full or switched off. Export it as a file instead.';
	}
}

/** Adds a scenario, replacing one of the same name; refuses past MAX_SCENARIOS. */
export function withScenario(list: readonly Scenario[], s: Scenario): { scenarios: Scenario[]; error?: string } {
	const others = list.filter((x) => x.name !== s.name);
	if (others.length >= MAX_SCENARIOS)
		return { scenarios: [...list], error: `At most ${MAX_SCENARIOS} scenarios: delete one first.` };
	return { scenarios: [...others, s] };
}

export function exportScenario(s: Scenario): string {
	return `${JSON.stringify({ kind: FILE_KIND, version: 1, name: s.name, model: s.inputs }, null, 2)}\n`;
}

export function importScenario(text: string): { scenario: Scenario } | { error: string } {
	if (text.length > 200_000) return { error: 'The file is too large to be a runway scenario.' };
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

export type ComparisonRow = { label: string; a: string; b: string; difference: string };

function verdictShort(i: RunwayInputs, r: RunwayResult): string {
	const v = r.verdict;
	if (v.kind === 'alive') return `Alive from ${calendarMonth(i.firstMonth, v.breakEvenMonth)}`;
	if (v.kind === 'dead') return `Dead: cash out ${calendarMonth(i.firstMonth, v.cashOutMonth)}`;
	return 'Dead: never covers expenses';
}

const signedMonths = (n: number) => (n === 0 ? 'same' : `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n))} months`);
const signedDollars = (n: number) =>
	Math.abs(n) < 0.005 ? 'same' : `${n > 0 ? '+' : '−'}${formatDollars(Math.abs(n))}`;

/** Verdict, runway, break-even and cash after 12 and 24 months of two scenarios, and how B differs from A. */
export function compareScenarios(a: RunwayInputs, b: RunwayInputs): ComparisonRow[] {
	const ra = computeRunway(a);
	const rb = computeRunway(b);
	const cash = (r: RunwayResult, n: number) => r.projection[n - 1]!.cash;
	const months = (x: number | null, y: number | null) =>
		x !== null && y !== null ? signedMonths(y - x) : x === y ? 'same' : 'differs';
	return [
		{
			label: 'Verdict',
			a: verdictShort(a, ra),
			b: verdictShort(b, rb),
			difference:
				ra.defaultAlive !== rb.defaultAlive
					? rb.defaultAlive
						? 'B is alive'
						: 'B is dead'
					: verdictShort(a, ra) === verdictShort(b, rb)
						? 'same'
						: 'same verdict, other month',
		},
		{
			label: 'Runway',
			a: runwayMonthsText(ra),
			b: runwayMonthsText(rb),
			difference: months(ra.runwayMonths, rb.runwayMonths),
		},
		{
			label: 'Break-even',
			a: breakEvenText(ra, a.firstMonth),
			b: breakEvenText(rb, b.firstMonth),
			difference: months(ra.breakEvenMonth, rb.breakEvenMonth),
		},
		...[12, 24].map((n) => ({
			label: `Cash after ${n} months`,
			a: formatDollars(cash(ra, n)),
			b: formatDollars(cash(rb, n)),
			difference: signedDollars(cash(rb, n) - cash(ra, n)),
		})),
	];
}
