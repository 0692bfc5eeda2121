/**
 * The handbook's declared gaps (content/data/gaps.yaml): one lookup by id for
 * the Gap component, and the open gaps grouped by owner for the health page.
 * A gap is open while it is in the file; writing the content closes it, and
 * its entry is deleted in the same change.
 */
import type { Gap } from './schemas';
import { readData } from './registry';
import { ROLES, type RoleId } from '~/lib/handbook/roles';
import { parseCalendarDate } from '~/lib/handbook/reviewDue';

export type { Gap };
export type DatedGap = Gap & { dueDate: Date; overdue: boolean };

/** One gap by id; an unknown id fails the build, naming the file. */
export function gap(id: string): Gap {
	const found = readData('gaps').gaps.find((g) => g.id === id);
	if (!found) throw new Error(`content/data/gaps.yaml has no gap "${id}"`);
	return found;
}

export function allGaps(): Gap[] {
	return readData('gaps').gaps;
}

/** A gap is overdue from the day after its due date. */
export function datedGap(g: Gap, today: Date): DatedGap {
	const dueDate = parseCalendarDate(g.due);
	if (!dueDate) throw new Error(`gap ${g.id}: due "${g.due}" is not a real date`);
	return { ...g, dueDate, overdue: dueDate.getTime() < today.getTime() };
}

/** Open gaps per owner, owners in the roles' order, each owner's gaps by due date then title. */
export function gapsByOwner(gaps: readonly Gap[], today: Date): { owner: RoleId; gaps: DatedGap[]; overdue: number }[] {
	return ROLES.map((role) => {
		const own = gaps
			.filter((g) => g.owner === role.id)
			.map((g) => datedGap(g, today))
			.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.title.localeCompare(b.title));
		return { owner: role.id, gaps: own, overdue: own.filter((g) => g.overdue).length };
	}).filter((group) => group.gaps.length > 0);
}
