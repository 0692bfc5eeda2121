/**
 * BANT scorecard state in a URL: one parameter per scored criterion (0-3) and
 * `stops` as a comma-separated list of hard-stop ids. Anything else makes the
 * whole link fall back to a blank scorecard, with the bad parts named.
 */
import * as z from 'zod/mini';
import type { BantRubric } from './schema';

const level = z.string().check(z.regex(/^[0-3]$/));

export function readBantUrl(
	search: string,
	rubric: BantRubric,
): { scores: Record<string, number>; hardStops: string[]; rejected: string[] } | null {
	if (search.length > 2000) return { scores: {}, hardStops: [], rejected: ['the link is too long'] };
	const params = new URLSearchParams(search);
	const scores: Record<string, number> = {};
	const rejected: string[] = [];
	let present = false;
	for (const c of rubric.criteria) {
		const raw = params.get(c.id);
		if (raw === null) continue;
		present = true;
		if (z.safeParse(level, raw.trim()).success) scores[c.id] = Number(raw.trim());
		else rejected.push(c.label);
	}
	const stopsRaw = params.get('stops');
	const known = new Set(rubric.hardStops.map((s) => s.id));
	const hardStops = stopsRaw ? stopsRaw.split(',').filter(Boolean) : [];
	if (stopsRaw !== null) present = true;
	if (hardStops.some((s) => !known.has(s))) rejected.push('hard stops');
	if (!present) return null;
	return { scores, hardStops: hardStops.filter((s) => known.has(s)), rejected };
}

export function writeBantUrl(scores: Record<string, number>, hardStops: readonly string[]): string {
	const params = new URLSearchParams();
	for (const [id, value] of Object.entries(scores)) params.set(id, String(value));
	if (hardStops.length) params.set('stops', hardStops.join(','));
	return params.toString();
}
