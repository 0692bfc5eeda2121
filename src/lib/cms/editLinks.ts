/**
 * Where an owner edits a page in the browser editor: its entry in the
 * collection named after its content/docs folder (cmsConfig.ts), and which
 * pages are due soon enough to list per owner on the health page.
 */
import type { HealthRow } from '~/lib/handbook/pageIndex';
import type { RoleId } from '~/lib/handbook/roles';

/** `runbooks/incident-response` → `/admin/#/collections/runbooks/entries/incident-response`; top-level pages have no collection. */
export function editPath(slug: string): string | null {
	const match = /^([\w-]+)\/([\w/-]+)$/.exec(slug);
	return match ? `/admin/#/collections/${match[1]}/entries/${match[2]}` : null;
}

/** Pages overdue or due within `withinDays`, grouped by owner, most overdue first. */
export function dueByOwner(rows: readonly HealthRow[], withinDays = 7): { owner: RoleId; rows: HealthRow[] }[] {
	const due = rows.filter((r) => r.daysLeft !== null && r.daysLeft <= withinDays);
	const owners = [...new Set(due.map((r) => r.owner))].sort();
	return owners.map((owner) => ({
		owner,
		rows: due.filter((r) => r.owner === owner).sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0)),
	}));
}
