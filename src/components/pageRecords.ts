// Reads the docs collection into plain records for src/lib/handbook/pageIndex.
// Drafts (including internal pages in the public build) are left out.
import { getCollection } from 'astro:content';
import type { PageRecord } from '~/lib/handbook/pageIndex';

export async function pageRecords(): Promise<PageRecord[]> {
	const entries = await getCollection('docs', (entry) => import.meta.env.DEV || !entry.data.draft);
	return entries.map((entry) => ({
		slug: entry.id,
		title: entry.data.title,
		kind: entry.data.kind,
		owner: entry.data.owner,
		audience: entry.data.audience,
		reviewCadence: entry.data.reviewCadence,
		lastReviewed: entry.data.lastReviewed,
		order: entry.data.sidebar?.order,
	}));
}
