// Figures as numbers, whatever their spelling: "$4K", "$4,000" and "4,000
// dollars" are the same figure to a reader, so the leak check compares values.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';

/** A figure and the words around it where it was written (its data row, or the sentence before it). */
export type Figure = { value: number; context: string };
export type Figures = { money: Figure[]; numbers: Figure[]; percents: Figure[] };

// "$4,000", "$4K", "$150K+", "$1.2M" and both ends of a range such as "$2-3M".
export const MONEY_PATTERN =
	/\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?[-–]\s?\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?)?\s?([KkMm](?![a-z]))?/g;
export const GROUPED_PATTERN = /(?<![\d.,$])(\d{1,3}(?:,\d{3})+)(?![\d,])/g;
export const PERCENT_PATTERN = /(?<![\d.])(\d+(?:\.\d+)?)\s?%/g;

export function moneyIn(text: string): number[] {
	return [...text.matchAll(MONEY_PATTERN)].flatMap((m) => {
		const scale = m[5] ? (m[5].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
		const value = (digits: string, fraction = '') =>
			Math.round(Number(`${digits.replace(/,/g, '')}${fraction}`) * scale * 100) / 100;
		return m[3] ? [value(m[1]!, m[2]), value(m[3], m[4])] : [value(m[1]!, m[2])];
	});
}

/** Numbers written with thousands separators ("215,270"), which are never small counts. */
export function groupedNumbersIn(text: string): number[] {
	return [...text.matchAll(GROUPED_PATTERN)].map((m) => Number(m[1]!.replace(/,/g, '')));
}

export function percentsIn(text: string): { value: number; index: number }[] {
	return [...text.matchAll(PERCENT_PATTERN)].map((m) => ({ value: Number(m[1]), index: m.index ?? 0 }));
}

export function emptyFigures(): Figures {
	return { money: [], numbers: [], percents: [] };
}

/** Adds the figures written in a piece of text, each with the words before it. */
export function addTextFigures(figures: Figures, text: string, rowContext = ''): void {
	// A short value ("~$500K") says too little by itself: its row says what it is.
	// The words before a figure say what it is; the words after it often belong to the next thought.
	const around = (index: number) => `${rowContext} ${text.slice(Math.max(0, index - 120), index)}`;
	for (const m of text.matchAll(MONEY_PATTERN))
		figures.money.push({ value: moneyIn(m[0])[0]!, context: around(m.index) });
	for (const m of text.matchAll(GROUPED_PATTERN))
		figures.numbers.push({ value: Number(m[1]!.replace(/,/g, '')), context: around(m.index) });
	// A whole percent in prose ("25%") is too common to tell apart; structured `…Pct` fields carry those.
	for (const { value, index } of percentsIn(text))
		if (!Number.isInteger(value)) figures.percents.push({ value, context: around(index) });
}

const rowText = (row: Record<string, unknown>) =>
	Object.values(row)
		.filter((v) => typeof v === 'string')
		.join(' ');

/**
 * Adds the figures of parsed YAML data: every `…Pct` field, every dollar
 * field (`amount`, `weeklyRate`, `salary…`, `…Burn`, `mrr`…) and number of
 * 1,000 or more, and the figures written inside strings, each with the text
 * of its row as context.
 */
export function addDataFigures(figures: Figures, value: unknown, key = '', row: Record<string, unknown> = {}): void {
	if (typeof value === 'number') {
		const figure = { value, context: rowText(row) };
		if (/pct$/i.test(key)) figures.percents.push(figure);
		else if (/amount|rate|salary|burn|cash|cost|deposit|mrr|monthly|total/i.test(key) || value >= 1_000) {
			figures.money.push(figure);
			if (value >= 1_000) figures.numbers.push(figure);
		}
		// ARR is MRR × 12: the MRR table shows both.
		if (key === 'mrr') figures.money.push({ value: value * 12, context: rowText(row) });
	} else if (typeof value === 'string') addTextFigures(figures, value, value.length < 200 ? value : '');
	else if (Array.isArray(value)) value.forEach((item) => addDataFigures(figures, item, key, row));
	else if (value && typeof value === 'object') {
		// Values the planning documents do not give are made up for the calculators: not figures to protect.
		if ((value as { example?: unknown }).example === true) return;
		for (const [k, v] of Object.entries(value)) addDataFigures(figures, v, k, value as Record<string, unknown>);
	}
}

/**
 * Splits parsed data into what the public build may show and what it may not:
 * an internal file, a row marked `internal: true` and a field whose name
 * starts with `internal` are internal.
 */
export function splitByVisibility(data: unknown, fileIsInternal: boolean): { internal: unknown[]; public: unknown[] } {
	const parts = { internal: [] as unknown[], public: [] as unknown[] };
	const walk = (value: unknown, internal: boolean): unknown => {
		if (Array.isArray(value)) return value.map((item) => walk(item, internal)).filter((v) => v !== undefined);
		if (!value || typeof value !== 'object') return value;
		const record = value as Record<string, unknown>;
		if (!internal && record.internal === true) {
			parts.internal.push(record);
			return undefined;
		}
		const kept: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(record)) {
			if (!internal && /^internal[A-Z]/.test(k)) parts.internal.push({ [k]: v, ...record });
			else kept[k] = walk(v, internal);
		}
		return kept;
	};
	if (fileIsInternal) parts.internal.push(data);
	else parts.public.push(walk(data, false));
	return parts;
}

/** A round figure ($4,000, $120,000, 40%) can be a coincidence; it leaks only beside words of its own row. */
export function isRound(figure: Figure, kind: 'money' | 'number' | 'percent'): boolean {
	return kind === 'percent' ? Number.isInteger(figure.value) : figure.value % 100 === 0;
}

export function dataFile(path: string): { visibility: unknown; data: unknown } {
	const data = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
	return { visibility: data.visibility, data };
}

/** The text of every file a visitor's browser can fetch, with the compressed search fragments decompressed. */
export function publicTexts(dir: string): { file: string; text: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(html|js|mjs|json|xml|txt|css|svg|pf_fragment|pf_meta|pf_index)$/.test(f) || f === '_headers')
		.map((file) => {
			const raw = readFileSync(join(dir, file));
			let text: string;
			if (/\.pf_(fragment|meta|index)$/.test(file)) {
				const inflated = gunzipSync(raw);
				// Pagefind prefixes its payloads with a signature; the rest is JSON or CBOR with readable strings.
				text = inflated.toString('utf8');
			} else text = raw.toString('utf8');
			return { file, text };
		});
}

/** Words of a row's text that identify it (long enough not to match by chance). */
export function distinctiveWords(context: string): string[] {
	const common = new Set([
		'customer',
		'customers',
		'mitigation',
		'review',
		'testing',
		'weekly',
		'planning',
		'phase',
		'months',
		'stated',
		'target',
		'figure',
		'source',
	]);
	return [...new Set(context.toLowerCase().match(/[a-z]{6,}/g) ?? [])].filter((w) => !common.has(w));
}
