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
 * Writing and decoding live here, with no schema library; a decoded model is
 * checked by readRunwayUrl (model.ts). The island loads both on use (link.ts).
 */
import { COLLECTION_MODES, DEPOSIT_MODES, REVENUE_MODES, type RunwayInputs } from './schema';

const VERSION = 1;
const PARAM = 'model';

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
function packRunwayModel(i: RunwayInputs): unknown[] {
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
function unpackRunwayModel(packed: unknown): unknown {
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

/** The search and fragment of an address holding this model: other query parameters stay, an old `model` one goes. */
export function runwayAddress(inputs: RunwayInputs, search: string): string {
	const params = new URLSearchParams(search);
	params.delete(PARAM);
	const query = params.toString();
	return `${query ? `?${query}` : ''}#${writeRunwayHash(inputs)}`;
}

/**
 * The model an address carries, still unchecked: its text, whether it is an
 * old `?model=` link, and a decoder that gives the model or undefined when it
 * is not readable. Null when the address carries no model.
 */
export function linkedModel(
	search: string,
	hash: string,
): { text: string; legacy: boolean; decode: () => unknown } | null {
	const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
	if (fromHash !== null)
		return {
			text: fromHash,
			legacy: false,
			decode: () => {
				try {
					return unpackRunwayModel(JSON.parse(fromBase64Url(fromHash))) ?? undefined;
				} catch {
					return undefined;
				}
			},
		};
	const legacy = new URLSearchParams(search).get(PARAM);
	if (legacy === null) return null;
	return {
		text: legacy,
		legacy: true,
		decode: () => {
			try {
				const json: unknown = JSON.parse(legacy);
				return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : undefined;
			} catch {
				return undefined;
			}
		},
	};
}
