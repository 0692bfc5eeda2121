/**
 * Customer health from the implementation checklist's sign-offs: each
 * week's metrics record the sign-offs given that week (customerHealth.signOffs),
 * and per customer the dashboard counts the tracker's documents signed so far
 * (signoffs.yaml, "SIGN-OFF TRACKER" of 004_4da95366cf5a12f9.txt) and names
 * the next one due by its day in the 21-day implementation.
 */
import type { WeeklyMetrics } from '~/lib/data/metrics';

export type TrackerDocument = { document: string; day: number };

export type CustomerSignOffs = {
	customer: string;
	signed: number;
	total: number;
	latest: { document: string; signedBy: string; date: string; week: number };
	next: TrackerDocument | null;
};

/** Sign-offs naming a document the tracker does not list, as "week-11: …" problems for the build to stop on. */
export function unknownSignOffs(weeks: WeeklyMetrics[], tracker: TrackerDocument[]): string[] {
	const known = new Set(tracker.map((d) => d.document));
	return weeks.flatMap((w) =>
		(w.customerHealth?.signOffs ?? [])
			.filter((s) => !known.has(s.document))
			.map((s) => `week ${w.week}: "${s.document}" is not a document of the sign-off tracker (signoffs.yaml)`),
	);
}

/** Per customer (in order of first sign-off): documents signed of the tracker's, the latest, and the next due. */
export function signOffsByCustomer(weeks: WeeklyMetrics[], tracker: TrackerDocument[]): CustomerSignOffs[] {
	const byCustomer = new Map<string, { documents: Set<string>; latest: CustomerSignOffs['latest'] }>();
	for (const week of weeks)
		for (const s of week.customerHealth?.signOffs ?? []) {
			const entry = byCustomer.get(s.customer) ?? { documents: new Set<string>(), latest: { ...s, week: week.week } };
			entry.documents.add(s.document);
			if (s.date >= entry.latest.date)
				entry.latest = { document: s.document, signedBy: s.signedBy, date: s.date, week: week.week };
			byCustomer.set(s.customer, entry);
		}
	const ordered = [...tracker].sort((a, b) => a.day - b.day);
	return [...byCustomer].map(([customer, { documents, latest }]) => ({
		customer,
		signed: tracker.filter((d) => documents.has(d.document)).length,
		total: tracker.length,
		latest,
		next: ordered.find((d) => !documents.has(d.document)) ?? null,
	}));
}
