/**
 * Totals computed from data rows, and their comparison with the totals the
 * planning documents state. A mismatch is never corrected: both figures are
 * shown and the page links to the source note that explains it.
 */
import type { Budget, Meeting, Modules, PackageDocuments, Resources } from './schemas';

export function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

export type TotalCheck = { computed: number; stated: number; matches: boolean; difference: number };

export function checkTotal(computed: number, stated: number): TotalCheck {
	return { computed, stated, matches: computed === stated, difference: stated - computed };
}

export const moduleLocTotal = (data: Modules) => checkTotal(sum(data.modules.map((m) => m.loc)), data.statedTotalLoc);
export const budgetTotal = (data: Budget) => checkTotal(sum(data.lines.map((l) => l.amount)), data.statedTotal);
export const hoursTotal = (data: Resources) =>
	checkTotal(sum(data.hoursByWeek.map((w) => w.hours)), data.statedTotalHours);
export const tasksTotal = (data: Resources) =>
	checkTotal(sum(data.hoursByWeek.map((w) => w.tasks)), data.statedTotalTasks);
export const packagePagesTotal = (data: PackageDocuments) =>
	checkTotal(sum(data.documents.map((d) => d.pages)), data.statedTotalPagesHeader);

/** Agenda minutes, where every item has a time box; null when the agenda has none. */
export function agendaMinutes(meeting: Meeting): TotalCheck | null {
	const timed = meeting.agenda.filter((item) => item.minutes !== undefined);
	if (timed.length === 0) return null;
	return checkTotal(sum(timed.map((item) => item.minutes ?? 0)), meeting.statedMinutes);
}

/** Engineering line of the Phase 2 budget: hours × rate, checked against its amount. */
export function engineeringCheck(data: Budget): TotalCheck | null {
	const line = data.lines.find((l) => l.hours !== undefined && l.hourlyRate !== undefined);
	if (!line || line.hours === undefined || line.hourlyRate === undefined) return null;
	return checkTotal(line.hours * line.hourlyRate, line.amount);
}

/** Contingency as a percent of the other lines, checked against its amount. */
export function contingencyCheck(data: Budget): TotalCheck | null {
	const line = data.lines.find((l) => l.contingencyPct !== undefined);
	if (!line || line.contingencyPct === undefined) return null;
	const base = sum(data.lines.filter((l) => l !== line).map((l) => l.amount));
	return checkTotal(Math.round((base * line.contingencyPct) / 100), line.amount);
}
