/**
 * Scored leads kept in this browser (localStorage), as JSON. Reading is
 * strict: storage is as untrusted as a link, so a list that fails the schema
 * is ignored as a whole and the page says so. Names are plain text, rendered
 * only as text.
 */
import * as z from 'zod/mini';
import { plainTextError } from '~/lib/calculators/shared/plainText';

export const LEADS_STORAGE_KEY = 'tai-bant-leads-v1';
/** The lead being scored, so a reload or a closed tab does not lose it. */
export const DRAFT_STORAGE_KEY = 'tai-bant-draft-v1';
const MAX_LEADS = 500;

const plain = z.string().check(z.refine((t) => plainTextError(t) === null, 'not plain text'));

// Times are checked by hand rather than with zod's optional and nullable, which the other
// calculators do not use: zod/mini is shared by every calculator page, so each of its
// features costs them all.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const isTime = (t: unknown): t is string => typeof t === 'string' && ISO_TIME.test(t) && Number.isFinite(Date.parse(t));
const isoTime = z.string().check(z.refine(isTime, 'not a time'));
const scores = z.record(z.string().check(z.regex(/^[a-z-]{1,40}$/)), z.int().check(z.gte(0), z.lte(3)));
const hardStops = z.array(z.string().check(z.regex(/^[a-z-]{1,60}$/))).check(z.maxLength(20));

const leadSchema = z.object({
	id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
	name: plain,
	company: plain,
	scores,
	hardStops,
	savedAt: isoTime,
});

export type Lead = z.infer<typeof leadSchema> & {
	/** When the lead became GO: the proposal clock starts here. Absent when it is not GO. */
	goAt?: string;
	/** When the rep marked the proposal sent. */
	proposalSentAt?: string;
};

/** The optional times of a stored entry: each absent or a time; null when one is anything else. */
function optionalTimes(raw: unknown, keys: readonly ('goAt' | 'proposalSentAt')[]) {
	const out: { goAt?: string; proposalSentAt?: string } = {};
	for (const key of keys) {
		const value = (raw as Record<string, unknown>)[key];
		if (value === undefined) continue;
		if (!isTime(value)) return null;
		out[key] = value;
	}
	return out;
}

const draftSchema = z.object({
	name: z.string().check(z.maxLength(200)),
	company: z.string().check(z.maxLength(200)),
	scores,
	hardStops,
	/** The saved lead being edited, or '' for a new one. */
	editing: z.string().check(z.regex(/^([a-z0-9-]{1,40})?$/)),
});

export type Draft = Omit<z.infer<typeof draftSchema>, 'editing'> & { editing: string | null; goAt?: string };

/** The stored draft, or null when there is none or it cannot be used (then the form starts blank). */
export function parseDraft(json: string | null): Draft | null {
	if (!json) return null;
	try {
		const raw: unknown = JSON.parse(json);
		const parsed = z.safeParse(draftSchema, raw);
		const times = parsed.success ? optionalTimes(raw, ['goAt']) : null;
		if (!parsed.success || !times) return null;
		return { ...parsed.data, editing: parsed.data.editing || null, ...times };
	} catch {
		return null;
	}
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

const leadsSchema = z.array(leadSchema).check(z.maxLength(MAX_LEADS));

/** The stored list, or an empty list and a message when what is stored cannot be used. */
export function parseLeads(json: string | null): { leads: Lead[]; error: string | null } {
	if (json === null || json === '') return { leads: [], error: null };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { leads: [], error: 'The saved leads in this browser could not be read, so none are shown.' };
	}
	const parsed = z.safeParse(leadsSchema, data);
	const times = parsed.success ? (data as unknown[]).map((raw) => optionalTimes(raw, ['goAt', 'proposalSentAt'])) : [];
	if (!parsed.success || times.includes(null))
		return { leads: [], error: 'The saved leads in this browser are not in the expected form, so none are shown.' };
	return { leads: parsed.data.map((lead, i) => ({ ...lead, ...times[i] })), error: null };
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
