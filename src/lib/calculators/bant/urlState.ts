/**
 * The lead being scored, in a link: one parameter a scored criterion (0-3),
 * `stops` as a comma-separated list of hard-stop ids, and the lead's `name`
 * and `company` as plain text (shared/urlState.ts reads and limits every link
 * the same way). Anything else opens nothing, with the bad parts named.
 */
import { plainTextError } from '~/lib/calculators/shared/plainText';
import {
	queryAddress,
	readQuery,
	readTextParams,
	writeQuery,
	type LinkFormat,
	type UrlState,
} from '~/lib/calculators/shared/urlState';
import type { LeadForm } from './leads';
import type { BantRubric } from './schema';

const WHO = { name: 'Lead name', company: 'Company' };

export function readBantUrl(search: string, rubric: BantRubric): UrlState<LeadForm> | null {
	const keys = [...rubric.criteria.map((c) => c.id), 'stops', ...Object.keys(WHO)];
	return readQuery(search, keys, (params, reject) => {
		const scores: Record<string, number> = {};
		for (const c of rubric.criteria) {
			const raw = params.get(c.id)?.trim();
			if (raw === undefined) continue;
			if (/^[0-3]$/.test(raw)) scores[c.id] = Number(raw);
			else reject(c.label);
		}
		const known = new Set(rubric.hardStops.map((s) => s.id));
		const hardStops = (params.get('stops') ?? '').split(',').filter(Boolean);
		if (hardStops.some((s) => !known.has(s))) reject('hard stops');
		const who = readTextParams(params, WHO, (_, text) => plainTextError(text), reject);
		return { ...who, scores, hardStops };
	});
}

export function writeBantUrl(lead: LeadForm): string {
	const { name, company, scores, hardStops } = lead;
	return writeQuery({ ...scores, stops: hardStops.join(','), name, company });
}

export function bantLink(rubric: BantRubric): LinkFormat<LeadForm, LeadForm> {
	return {
		read: ({ search }) => readBantUrl(search, rubric),
		write: (lead, { hash }) => queryAddress(writeBantUrl(lead), hash),
	};
}
