/**
 * Scored leads kept in this browser (localStorage), as JSON. Reading is
 * strict: storage is as untrusted as a link, so a list that fails the schema
 * is ignored as a whole and the page says so. Names are plain text, rendered
 * only as text.
 */
import * as z from 'zod/mini';
import { plainTextError } from '~/lib/calculators/shared/plainText';

export const LEADS_STORAGE_KEY = 'tai-bant-leads-v1';
const MAX_LEADS = 500;

const plain = z.string().check(z.refine((t) => plainTextError(t) === null, 'not plain text'));

const leadSchema = z.object({
	id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
	name: plain,
	company: plain,
	scores: z.record(z.string().check(z.regex(/^[a-z-]{1,40}$/)), z.int().check(z.gte(0), z.lte(3))),
	hardStops: z.array(z.string().check(z.regex(/^[a-z-]{1,60}$/))).check(z.maxLength(20)),
	savedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/)),
});

export type Lead = z.infer<typeof leadSchema>;

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
	if (!parsed.success)
		return { leads: [], error: 'The saved leads in this browser are not in the expected form, so none are shown.' };
	return { leads: parsed.data, error: null };
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
