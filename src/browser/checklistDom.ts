/**
 * The task lists of a rendered page, read from its HTML the one way both the
 * checklists (WorkableChecklists.astro) and the customer progress view
 * (CustomerProgress.astro, which reads other pages' HTML) do it, so an item
 * has the same id and sign-off flag in both; the sections follow the rule the
 * server used to reserve their space (src/lib/handbook/checklistSections.ts).
 * Browser only (DOM).
 */
import { checklistSections, type ChecklistBlock, type ChecklistSection } from '~/lib/handbook/checklistSections';

type Found = { box: HTMLInputElement; li: HTMLLIElement; text: string };
export type DomSection = ChecklistSection<Element, Found>;
export type DomItem = DomSection['items'][number];

export function readChecklists(content: Element): DomSection[] {
	return checklistSections(
		Array.from(content.children, (child): ChecklistBlock<Element, Found> => {
			const heading = child.matches('.sl-heading-wrapper') ? child.querySelector('h2, h3, h4') : null;
			if (heading)
				return { heading: { level: Number(heading.tagName[1]), id: heading.id, text: heading.textContent!.trim() } };
			if (!child.matches('ul.contains-task-list')) return null;
			const items = Array.from(child.querySelectorAll<HTMLLIElement>(':scope > li.task-list-item')).flatMap((li) => {
				const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]');
				return box ? [{ box, li, text: li.textContent!.trim() }] : [];
			});
			return { list: child, items };
		}),
	);
}
