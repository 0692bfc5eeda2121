// Figures as numbers, whatever their spelling: "$4K", "$4,000" and "4,000
// dollars" are the same figure to a reader, so the public build's leak check
// (publicLeaks.ts) compares values. Pure: no disk, no Astro; tested on strings
// in tests/unit/config/figures.test.ts. Which parts of a data file are
// internal is src/lib/site/visibility.ts's to say (splitByVisibility).

/**
 * A figure, the words around it where it was written (its data row, or the
 * sentence before it), the data field that holds it, if any, and the file
 * that states it.
 */
export type Figure = { value: number; context: string; source: string; field?: string };
export type Figures = { money: Figure[]; numbers: Figure[]; percents: Figure[] };
export type FigureKind = 'money' | 'number' | 'percent';

// "$4,000", "$4K", "$150K+", "$1.2M" and both ends of a range such as "$2-3M".
export const MONEY_PATTERN =
	/\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?[-–]\s?\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?)?\s?([KkMm](?![a-z]))?/g;
// A thousands group never starts with 0: "0,100" is code (`slice(0,100)`), not a figure.
export const GROUPED_PATTERN = /(?<![\d.,$])([1-9]\d{0,2}(?:,\d{3})+)(?![\d,])/g;
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
export function addTextFigures(figures: Figures, text: string, source: string, rowContext = ''): void {
	// A short value ("~$500K") says too little by itself: its row says what it is.
	// The words before a figure say what it is; the words after it often belong to the next thought.
	const around = (index: number) => `${rowContext} ${text.slice(Math.max(0, index - 120), index)}`;
	// Both ends of a range ("$2-3M") are figures.
	for (const m of text.matchAll(MONEY_PATTERN))
		for (const value of moneyIn(m[0])) figures.money.push({ value, context: around(m.index), source });
	for (const m of text.matchAll(GROUPED_PATTERN))
		figures.numbers.push({ value: Number(m[1]!.replace(/,/g, '')), context: around(m.index), source });
	// A whole percent in prose ("25%") is too common to tell apart; structured `…Pct` fields carry those.
	for (const { value, index } of percentsIn(text))
		if (!Number.isInteger(value)) figures.percents.push({ value, context: around(index), source });
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
export function addDataFigures(
	figures: Figures,
	value: unknown,
	source: string,
	key = '',
	row: Record<string, unknown> = {},
): void {
	if (typeof value === 'number') {
		const figure = { value, context: rowText(row), source, field: key };
		if (/pct$/i.test(key)) figures.percents.push(figure);
		else if (/amount|rate|salary|burn|cash|cost|deposit|mrr|monthly|total/i.test(key) || value >= 1_000) {
			figures.money.push(figure);
			if (value >= 1_000) figures.numbers.push(figure);
		}
		// ARR is MRR × 12: the MRR table shows both.
		if (key === 'mrr') figures.money.push({ value: value * 12, context: rowText(row), source, field: 'arr' });
	} else if (typeof value === 'string') addTextFigures(figures, value, source, value.length < 200 ? value : '');
	else if (Array.isArray(value)) value.forEach((item) => addDataFigures(figures, item, source, key, row));
	else if (value && typeof value === 'object') {
		// Values the planning documents do not give are made up for the calculators: not figures to protect.
		if ((value as { example?: unknown }).example === true) return;
		for (const [k, v] of Object.entries(value)) addDataFigures(figures, v, source, k, value as Record<string, unknown>);
	}
}

/** A round figure ($4,000, $120,000, 40%) can be a coincidence; it leaks only beside words of its own row. */
export function isRound(figure: Figure, kind: FigureKind): boolean {
	return kind === 'percent' ? Number.isInteger(figure.value) : figure.value % 100 === 0;
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

// Parts of a field name that say a unit or a kind of value, not what the value is.
const UNIT_WORDS = new Set(['usd', 'pct', 'ms', 'amount', 'total', 'value', 'count', 'per', 'stated']);

/** What a field's name says its value is: `mrrUsd` → ["mrr"], `weeklyRate` → ["weekly", "rate"]. */
export function fieldWords(field: string): string[] {
	return (field.match(/[a-z]+|[A-Z][a-z]*/g) ?? []).map((w) => w.toLowerCase()).filter((w) => !UNIT_WORDS.has(w));
}

/**
 * The internal figure a public figure matches: the same value, and for a round
 * value (a coincidence is likely) a word of its own row nearby, or where its
 * row has no words, the name of its field ("mrr" for `mrrUsd: 10000`). A round
 * amount with no words of its own ("$40K deal") matches anywhere; a round
 * percent with none cannot be told from any other and is left out.
 */
export function leakOf(list: Figure[], kind: FigureKind, value: number, near: string): Figure | undefined {
	return list.find((f) => {
		if (f.value !== value) return false;
		if (!isRound(f, kind)) return true;
		const own = distinctiveWords(f.context);
		const words = own.length > 0 ? own : fieldWords(f.field ?? '');
		if (words.length === 0) return kind !== 'percent';
		return words.some((w) => near.includes(w));
	});
}

/** The text a reader sees in an HTML page: no scripts, styles or tags, the common entities decoded. */
export function textOf(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}

export type Leak = { file: string; written: string; quote: string; figure: Figure };

/**
 * Every internal figure stated in one fetchable file (`text` as served; HTML
 * is read as its visible text, other files as they are).
 */
export function leaksIn(file: string, text: string, figures: Figures): Leak[] {
	const readable = /\.html$/.test(file) ? textOf(text) : text;
	const nearby = (index: number) => readable.slice(Math.max(0, index - 200), index + 200).toLowerCase();
	const quote = (index: number) => readable.slice(Math.max(0, index - 50), index + 12).trim();
	const leaks: Leak[] = [];
	const check = (kind: FigureKind, list: Figure[], pattern: RegExp, read: (m: RegExpMatchArray) => number[]) => {
		for (const m of readable.matchAll(pattern))
			for (const value of read(m)) {
				// Single-digit amounts ("$2" in "$1$2") are never a figure worth protecting.
				const figure = kind === 'money' && value < 10 ? undefined : leakOf(list, kind, value, nearby(m.index ?? 0));
				if (figure) leaks.push({ file, written: m[0].trim(), quote: quote(m.index ?? 0), figure });
			}
	};
	check('money', figures.money, MONEY_PATTERN, (m) => moneyIn(m[0]));
	check('number', [...figures.numbers, ...figures.money], GROUPED_PATTERN, (m) => groupedNumbersIn(m[0]));
	check('percent', figures.percents, PERCENT_PATTERN, (m) => percentsIn(m[0]).map((p) => p.value));
	return leaks;
}

/** One line per leak: the file, the figure as written there, and where the internal figure comes from. */
export function describeLeak(leak: Leak): string {
	const context = leak.figure.context.replace(/\s+/g, ' ').trim().slice(0, 80);
	return `${leak.file}: ${leak.written} in "${leak.quote}" is an internal figure (${leak.figure.source}: "${context}")`;
}
