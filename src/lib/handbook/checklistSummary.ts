/**
 * The line atop a checklist page (WorkableChecklists.astro), as the server
 * renders it for a first visit and the script renders it as ticks change. Its
 * own module, so that only the checklists' script carries it.
 */
import { progressText, type SectionProgress } from './checklistIds';

/** The page's progress, and for customer work whose it is. */
export function pageProgressText(progress: SectionProgress, customer: string | null): string {
	return customer
		? `This page: ${progressText(progress)} for ${customer}. Ticks are saved in this browser.`
		: `This page: ${progressText(progress)}. Your own list, saved in this browser.`;
}
