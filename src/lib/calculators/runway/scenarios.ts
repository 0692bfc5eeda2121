/**
 * Named runway scenarios kept in this browser (localStorage), compared two at
 * a time, and exported as a JSON file. Reading them back, from storage or a
 * file, is in savedScenarios.ts: it needs the model schema, which loads only
 * when there is something to read.
 */
import { formatDollars, formatNumber } from '~/lib/format';
import { computeRunway, type RunwayResult } from './compute';
import { breakEvenText, calendarMonth, runwayMonthsText } from './format';
import { rowNameError, type RunwayInputs } from './schema';

export type Scenario = { name: string; inputs: RunwayInputs };
export type StorageLike = { getItem(key: string): string | null; setItem(key: string, value: string): void };

export const STORAGE_KEY = 'tai-runway-scenarios';
export const MAX_SCENARIOS = 20;
export const FILE_KIND = 'tai-runway-scenario';
export const UNAVAILABLE = 'Saved scenarios are not available: this browser does not allow the page to store data.';

export function scenarioNameError(name: string): string | null {
	if (name.trim() === '') return 'Give the scenario a name.';
	return rowNameError(name.trim());
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

type ComparisonRow = { label: string; a: string; b: string; difference: string };

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
