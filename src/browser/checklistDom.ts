/**
 * The task lists of a rendered page, read from its HTML the one way both the
 * checklists (WorkableChecklists.astro) and the customer progress view
 * (CustomerProgress.astro, which reads other pages' HTML) do it, so an item
 * has the same id and sign-off flag in both; the sections follow the rule the
 * server used to reserve their space (src/lib/handbook/checklistSections.ts).
 * Browser only (DOM).
 */
import { checklistSections, type ChecklistBlock, type SectionItem } from '~/lib/handbook/checklistSections';

export type DomItem = Omit<SectionItem<unknown>, 'item'> & { box: HTMLInputElement; li: HTMLLIElement };
/** A run of task-list items under one heading; `first` is the list it starts with. */
export type DomSection = { first: Element; items: DomItem[] };

function* blocks(content: Element): Generator<ChecklistBlock<Element, { box: HTMLInputElement; li: HTMLLIElement }>> {
	for (const child of Array.from(content.children)) {
		const heading = child.matches('.sl-heading-wrapper') ? child.querySelector('h2, h3, h4') : null;
		if (heading) {
			yield {
				heading: { level: Number(heading.tagName[1]), id: heading.id, text: (heading.textContent ?? '').trim() },
			};
		} else if (child.matches('ul.contains-task-list')) {
			const items = Array.from(child.querySelectorAll<HTMLLIElement>(':scope > li.task-list-item')).flatMap((li) => {
				const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]');
				return box ? [{ item: { box, li }, text: (li.textContent ?? '').trim() }] : [];
			});
			yield { list: child, items };
		} else yield null;
	}
}

export function readChecklists(content: Element): DomSection[] {
	return checklistSections(blocks(content)).map(({ first, items }) => ({
		first,
		items: items.map(({ item, ...rest }) => ({ ...rest, ...item })),
	}));
}
