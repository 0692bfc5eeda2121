/**
 * Lists of pages derived from frontmatter: by role, by owner, by review
 * status. Works on plain page records so it can be tested without Astro.
 */
import type { Cadence, KindId } from './kinds';
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
	/** The page's place in its sidebar section (frontmatter `sidebar.order`); unset pages follow, by title. */
	order?: number;
};

/**
 * The sidebar's sections in the order astro.config.mjs lists them: a role's
 * reading path walks them in this order, so it reads the way the sidebar does.
 */
export const READING_SECTIONS = [
	{ dir: 'start', label: 'Start here' },
	{ dir: 'runbooks', label: 'Runbooks' },
	{ dir: 'implementation', label: 'Customer implementation' },
	{ dir: 'playbooks', label: 'Playbooks' },
	{ dir: 'plans', label: 'Plans & operations' },
	{ dir: 'execution-log', label: 'Execution log' },
	{ dir: 'calculators', label: 'Calculators' },
	{ dir: 'reference', label: 'Reference' },
	{ dir: 'handbook', label: 'About this handbook' },
] as const;

export type ReadingStep = { id: string; label: string; pages: PageRecord[] };

const bySidebarOrder = (a: PageRecord, b: PageRecord) =>
	(a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title);

/**
 * A role's pages as a reading path: the sections in sidebar order, and in each
 * section the pages in their sidebar order (Kickoff, Days 1-3, before Baseline,
 * Days 4-7). Role pages and the home page are left out.
 */
export function readingPathForRole(pages: readonly PageRecord[], role: RoleId): ReadingStep[] {
	const mine = pages.filter((p) => p.audience.includes(role) && p.slug.includes('/') && !p.slug.startsWith('roles/'));
	return READING_SECTIONS.map((section) => ({
		id: `read-${section.dir}`,
		label: section.label,
		pages: mine.filter((p) => p.slug.startsWith(`${section.dir}/`)).sort(bySidebarOrder),
	})).filter((step) => step.pages.length > 0);
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

/** The `count` pages reviewed most recently (ties by title), for the home page's "recently changed". */
export function recentlyReviewed(pages: readonly PageRecord[], count: number): PageRecord[] {
	return [...pages]
		.filter((p) => p.slug !== 'index')
		.sort((a, b) => b.lastReviewed.getTime() - a.lastReviewed.getTime() || a.title.localeCompare(b.title))
		.slice(0, count);
}

/** The `count` pages due for review soonest, overdue first; pages reviewed only as needed are left out. */
export function dueSoonest(pages: readonly PageRecord[], today: Date, count: number): HealthRow[] {
	return healthRows(
		pages.filter((p) => p.slug !== 'index'),
		today,
	)
		.filter((row) => row.due)
		.slice(0, count);
}
