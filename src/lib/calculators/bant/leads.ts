/**
 * Scored leads kept in this browser (localStorage), as JSON. Reading is
 * strict: storage is as untrusted as a link, so a list with one entry out of
 * shape is ignored as a whole and the page says so. Names are plain text,
 * rendered only as text. Checked by hand, not with zod: this ships in the
 * scorecard's first view, which carries no schema library.
 */
import { plainTextError } from '~/lib/calculators/shared/plainText';
import type { Checked } from '~/lib/calculators/shared/validate';
import type { BantInputs } from './schema';

export const LEADS_STORAGE_KEY = 'tai-bant-leads-v1';
/** The lead being scored, so a reload or a closed tab does not lose it. */
export const DRAFT_STORAGE_KEY = 'tai-bant-draft-v1';
const MAX_LEADS = 500;
const MAX_STOPS = 20;
const DRAFT_TEXT_MAX = 200;

/** The lead on the scorecard: its scores and hard stops, and who it is. */
export type LeadForm = BantInputs & { name: string; company: string };

export type Lead = LeadForm & {
	id: string;
	savedAt: string;
	/** When the lead became GO: the proposal clock starts here. Absent when it is not GO. */
	goAt?: string;
	/** When the rep marked the proposal sent. */
	proposalSentAt?: string;
};

/** The lead in progress, and the saved lead it edits (null for a new one). */
export type Draft = LeadForm & { editing: string | null; goAt?: string };

const LEAD_ID = /^[a-z0-9-]{1,40}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (t: unknown): t is string => typeof t === 'string' && ISO_TIME.test(t) && Number.isFinite(Date.parse(t));
const isPlain = (t: unknown): t is string => typeof t === 'string' && plainTextError(t) === null;
const isDraftText = (t: unknown): t is string => typeof t === 'string' && t.length <= DRAFT_TEXT_MAX;

/** Scores 0-3 under criterion-like ids, or null. */
function readScores(v: unknown): Record<string, number> | null {
	if (!isRecord(v)) return null;
	const scores: Record<string, number> = {};
	for (const [id, level] of Object.entries(v)) {
		if (!/^[a-z-]{1,40}$/.test(id) || !Number.isInteger(level) || (level as number) < 0 || (level as number) > 3)
			return null;
		scores[id] = level as number;
	}
	return scores;
}

function readStops(v: unknown): string[] | null {
	if (!Array.isArray(v) || v.length > MAX_STOPS) return null;
	return v.every((s) => typeof s === 'string' && /^[a-z-]{1,60}$/.test(s)) ? [...(v as string[])] : null;
}

/** The optional times of a stored entry: each absent or a time; null when one is anything else. */
function optionalTimes(raw: Record<string, unknown>, keys: readonly ('goAt' | 'proposalSentAt')[]) {
	const out: { goAt?: string; proposalSentAt?: string } = {};
	for (const key of keys) {
		const value = raw[key];
		if (value === undefined) continue;
		if (!isTime(value)) return null;
		out[key] = value;
	}
	return out;
}

function readLead(raw: unknown): Lead | null {
	if (!isRecord(raw)) return null;
	const { id, name, company, savedAt } = raw;
	const scores = readScores(raw.scores);
	const hardStops = readStops(raw.hardStops);
	const times = optionalTimes(raw, ['goAt', 'proposalSentAt']);
	if (typeof id !== 'string' || !LEAD_ID.test(id) || !isPlain(name) || !isPlain(company) || !isTime(savedAt))
		return null;
	if (!scores || !hardStops || !times) return null;
	return { id, name, company, scores, hardStops, savedAt, ...times };
}

/** The lead as scored: a name or company that is not plain text shows its error and is left out of the lead. */
export function checkLead(form: LeadForm): Checked<LeadForm> {
	const errors: Record<string, string> = {};
	for (const key of ['name', 'company'] as const) {
		const error = plainTextError(form[key]);
		if (error) errors[key] = error;
	}
	return {
		values: { ...form, name: errors.name ? '' : form.name, company: errors.company ? '' : form.company },
		errors,
	};
}

/** Whether two forms hold the same lead: the same name, company, scores and hard stops. */
export function sameLead(a: LeadForm, b: LeadForm): boolean {
	const scores = (l: LeadForm) => JSON.stringify(Object.entries(l.scores).sort());
	return (
		a.name === b.name &&
		a.company === b.company &&
		scores(a) === scores(b) &&
		[...a.hardStops].sort().join() === [...b.hardStops].sort().join()
	);
}

/** The stored draft, or null when there is none or it cannot be used (then the form starts blank). */
export function parseDraft(json: string | null): Draft | null {
	if (!json) return null;
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return null;
	}
	if (!isRecord(raw)) return null;
	const { name, company, editing } = raw;
	const scores = readScores(raw.scores);
	const hardStops = readStops(raw.hardStops);
	const times = optionalTimes(raw, ['goAt']);
	if (!isDraftText(name) || !isDraftText(company) || !scores || !hardStops || !times) return null;
	if (typeof editing !== 'string' || (editing !== '' && !LEAD_ID.test(editing))) return null;
	return { name, company, scores, hardStops, editing: editing || null, ...times };
}

export function serializeDraft(draft: Draft): string {
	return JSON.stringify({ ...draft, editing: draft.editing ?? '' });
}

export function isBlankDraft(draft: Draft): boolean {
	return (
		!draft.name.trim() &&
		!draft.company.trim() &&
		Object.keys(draft.scores).length === 0 &&
		draft.hardStops.length === 0 &&
		draft.editing === null
	);
}

/** The stored list, or an empty list and a message when what is stored cannot be used. */
export function parseLeads(json: string | null): { leads: Lead[]; error: string | null } {
	if (json === null || json === '') return { leads: [], error: null };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { leads: [], error: 'The saved leads in this browser could not be read, so none are shown.' };
	}
	const leads = Array.isArray(data) && data.length <= MAX_LEADS ? data.map(readLead) : [null];
	if (leads.includes(null))
		return { leads: [], error: 'The saved leads in this browser are not in the expected form, so none are shown.' };
	return { leads: leads as Lead[], error: null };
}

export function serializeLeads(leads: readonly Lead[]): string {
	return JSON.stringify(leads);
}

/** Adds the lead, or replaces the one with the same id; the newest first. */
export function upsertLead(leads: readonly Lead[], lead: Lead): Lead[] {
	return [lead, ...leads.filter((l) => l.id !== lead.id)];
}

export function removeLead(leads: readonly Lead[], id: string): Lead[] {
	return leads.filter((l) => l.id !== id);
}

export function newLeadId(now: Date, random: number): string {
	return `${now.getTime().toString(36)}-${Math.floor(random * 1e9).toString(36)}`;
}
