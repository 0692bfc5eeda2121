/**
 * Lists of pages derived from frontmatter: by role, by owner, by review
 * status. Works on plain page records so it can be tested without Astro.
 */
import { KINDS, type Cadence, type KindId } from './kinds';
import type { RoleId } from './roles';
import { reviewStatus, type ReviewStatus } from './reviewDue';

export type PageRecord = {
	slug: string;
	title: string;
	kind: KindId;
	owner: RoleId;
	audience: RoleId[];
	reviewCadence: Cadence;
	lastReviewed: Date;
};

/** Pages whose audience includes the role, grouped by kind in the order kinds are defined; role pages are left out. */
export function pagesForRole(pages: readonly PageRecord[], role: RoleId): { kind: KindId; pages: PageRecord[] }[] {
	const mine = pages.filter((p) => p.audience.includes(role) && !p.slug.startsWith('roles/'));
	return KINDS.map((k) => ({
		kind: k.id,
		pages: mine.filter((p) => p.kind === k.id).sort((a, b) => a.title.localeCompare(b.title)),
	})).filter((group) => group.pages.length > 0);
}

export type HealthRow = PageRecord & ReviewStatus;

/** Every page with its review status: overdue first (most overdue on top), then by due date, then pages with no due date. */
export function healthRows(pages: readonly PageRecord[], today: Date): HealthRow[] {
	const rows = pages.map((p) => ({ ...p, ...reviewStatus(p.lastReviewed, p.reviewCadence, today) }));
	return rows.sort((a, b) => {
		if (a.due && b.due) return a.due.getTime() - b.due.getTime() || a.title.localeCompare(b.title);
		if (a.due) return -1;
		if (b.due) return 1;
		return a.title.localeCompare(b.title);
	});
}

export function countsByOwner(rows: readonly HealthRow[]): { owner: RoleId; pages: number; overdue: number }[] {
	const counts = new Map<RoleId, { owner: RoleId; pages: number; overdue: number }>();
	for (const row of rows) {
		const entry = counts.get(row.owner) ?? { owner: row.owner, pages: 0, overdue: 0 };
		entry.pages += 1;
		if (row.overdue) entry.overdue += 1;
		counts.set(row.owner, entry);
	}
	return [...counts.values()].sort(
		(a, b) => b.overdue - a.overdue || b.pages - a.pages || a.owner.localeCompare(b.owner),
	);
}
