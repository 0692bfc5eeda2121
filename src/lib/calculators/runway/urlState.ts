/**
 * A runway model in a link. The model travels in the fragment
 * (`#model=…`), which browsers never send to the server, so no server limit
 * on request length applies and salaries stay out of server logs. It is
 * written compactly: arrays in a fixed order instead of named objects, as
 * UTF-8 JSON in base64url. The schema's limits (50 hires of 80-character
 * names, …) keep the longest model the form accepts under MAX_LINK_CHARS,
 * which a unit test proves, so a model the form accepts always survives its
 * own link. Links from before this encoding (`?model=` with JSON) still open.
 *
 * Reading is strict: the link is parsed with the same schema as the form; if
 * it fails, the defaults load and the failing fields are named.
 */
import * as z from 'zod/mini';
import {
	COLLECTION_MODES,
	CONTRACTOR_FIELDS,
	CUSTOMER_FIELDS,
	HIRE_FIELDS,
	INFRA_STEP_FIELDS,
	DEPOSIT_MODES,
	REVENUE_MODES,
	RUNWAY_DEFAULTS,
	RUNWAY_FIELDS,
	runwayInputsSchema,
	type RunwayInputs,
} from './schema';

/** Longer links are refused before parsing; the longest valid model encodes to well under this. */
export const MAX_LINK_CHARS = 100_000;
const VERSION = 1;
const PARAM = 'model';

export type RunwayUrlState = { inputs: RunwayInputs; rejected: [] } | { inputs: null; rejected: string[] };

const LABELS: Record<string, string> = {
	firstMonth: 'First month',
	revenueMode: 'Revenue mode',
	depositMode: 'Deposits',
	collection: 'MRR collection',
	customers: 'Customers',
	hires: 'Hires',
	contractors: 'Contractors',
	infraSteps: 'Infrastructure steps',
};
const ROW_FIELDS: Record<string, Record<string, { label: string }>> = {
	customers: { name: { label: 'Name' }, ...CUSTOMER_FIELDS },
	hires: { role: { label: 'Role' }, ...HIRE_FIELDS },
	contractors: { label: { label: 'Name' }, ...CONTRACTOR_FIELDS },
	infraSteps: INFRA_STEP_FIELDS,
};

export function describeIssuePath(path: readonly PropertyKey[]): string {
	const [head, index, field] = path;
	if (typeof head !== 'string') return 'model';
	if (head in RUNWAY_FIELDS) return RUNWAY_FIELDS[head as keyof typeof RUNWAY_FIELDS].label;
	const name = LABELS[head] ?? 'model';
	if (typeof index !== 'number') return name;
	const label = typeof field === 'string' ? ROW_FIELDS[head]?.[field]?.label : undefined;
	return `${name} row ${index + 1}${label ? ` (${label})` : ''}`;
}

/** Parses an unknown value with the model schema; names the failing fields in words. */
export function parseRunwayModel(value: unknown): RunwayUrlState {
	const result = z.safeParse(runwayInputsSchema, value);
	if (!result.success)
		return { inputs: null, rejected: [...new Set(result.error.issues.map((i) => describeIssuePath(i.path)))] };
	return { inputs: result.data, rejected: [] };
}

function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The model as a compact array: field order is the format, so it only ever grows at the end. */
export function packRunwayModel(i: RunwayInputs): unknown[] {
	return [
		VERSION,
		i.startingCash,
		i.months,
		i.firstMonth,
		i.startingMrr,
		i.growthPct,
		i.otherMonthly,
		i.fundraiseAmount,
		i.fundraiseMonth,
		i.fundraiseLeadMonths,
		REVENUE_MODES.indexOf(i.revenueMode),
		DEPOSIT_MODES.indexOf(i.depositMode),
		COLLECTION_MODES.indexOf(i.collection),
		i.customers.map((c) => [c.name, c.mrr, c.startMonth, c.deposit]),
		i.hires.map((h) => [h.role, h.annualSalary, h.startMonth, h.loadPct]),
		i.contractors.map((c) => [c.label, c.count, c.weeklyRate, c.startMonth, c.months]),
		i.infraSteps.map((s) => [s.fromCustomers, s.monthly]),
	];
}

const rows = (value: unknown, keys: string[]) =>
	Array.isArray(value)
		? value.map((row) => (Array.isArray(row) ? Object.fromEntries(keys.map((k, n) => [k, row[n]])) : (row as unknown)))
		: value;

/** The inverse of packRunwayModel, before validation: unknown shapes pass through for the schema to name. */
export function unpackRunwayModel(packed: unknown): unknown {
	if (!Array.isArray(packed) || packed[0] !== VERSION) return null;
	const p = packed;
	return {
		startingCash: p[1],
		months: p[2],
		firstMonth: p[3],
		startingMrr: p[4],
		growthPct: p[5],
		otherMonthly: p[6],
		fundraiseAmount: p[7],
		fundraiseMonth: p[8],
		fundraiseLeadMonths: p[9],
		revenueMode: REVENUE_MODES[p[10] as number],
		depositMode: DEPOSIT_MODES[p[11] as number],
		collection: COLLECTION_MODES[p[12] as number],
		customers: rows(p[13], ['name', 'mrr', 'startMonth', 'deposit']),
		hires: rows(p[14], ['role', 'annualSalary', 'startMonth', 'loadPct']),
		contractors: rows(p[15], ['label', 'count', 'weeklyRate', 'startMonth', 'months']),
		infraSteps: rows(p[16], ['fromCustomers', 'monthly']),
	};
}

/** The fragment for a model, without the leading "#". */
export function writeRunwayHash(inputs: RunwayInputs): string {
	return `${PARAM}=${toBase64Url(JSON.stringify(packRunwayModel(inputs)))}`;
}

function readEncoded(encoded: string): RunwayUrlState {
	if (encoded.length > MAX_LINK_CHARS) return { inputs: null, rejected: ['the link is too long'] };
	let packed: unknown;
	try {
		packed = JSON.parse(fromBase64Url(encoded));
	} catch {
		return { inputs: null, rejected: ['the model is not readable'] };
	}
	const model = unpackRunwayModel(packed);
	if (model === null) return { inputs: null, rejected: ['the model is not readable'] };
	return parseRunwayModel(model);
}

/** Links written before the compact encoding: `?model=` with the model as JSON, without the later fields. */
function readLegacy(raw: string): RunwayUrlState {
	if (raw.length > MAX_LINK_CHARS) return { inputs: null, rejected: ['the link is too long'] };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { inputs: null, rejected: ['the model is not readable'] };
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return { inputs: null, rejected: ['the model is not readable'] };
	const { firstMonth, fundraiseLeadMonths, collection } = RUNWAY_DEFAULTS;
	// Before deposits could be credited against invoices, they were always extra cash.
	return parseRunwayModel({ firstMonth, fundraiseLeadMonths, collection, depositMode: 'cash', ...json });
}

/** The model in a page address, or null when the address carries none. */
export function readRunwayUrl(search: string, hash = ''): RunwayUrlState | null {
	const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
	if (fromHash !== null) return readEncoded(fromHash);
	const legacy = new URLSearchParams(search).get(PARAM);
	return legacy === null ? null : readLegacy(legacy);
}
