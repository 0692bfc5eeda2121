/**
 * The task lists of a rendered page, read from its HTML the one way both the
 * checklists (WorkableChecklists.astro) and the customer progress view
 * (CustomerProgress.astro, which reads other pages' HTML) do it, so an item
 * has the same id and sign-off flag in both. Browser only (DOM).
 */
import { checklistItemId } from '~/lib/handbook/checklistIds';
import { isSignOffSection } from '~/lib/handbook/checklistStore';

export type DomItem = {
	id: string;
	signOff: boolean;
	/** The texts of the item's section heading and of the level-2 heading above it (for its due day). */
	headings: [string, string];
	box: HTMLInputElement;
	li: HTMLLIElement;
	text: string;
};
/** A run of task-list items under one heading; `first` is the list it starts with. */
export type DomSection = { first: Element; items: DomItem[] };

export function readChecklists(content: Element): DomSection[] {
	const sections: DomSection[] = [];
	const ids: string[] = ['', ''];
	const texts: string[] = ['', ''];
	let current: DomSection | null = null;
	for (const child of Array.from(content.children)) {
		const heading = child.matches('.sl-heading-wrapper') ? child.querySelector('h2, h3, h4') : null;
		if (heading) {
			const text = (heading.textContent ?? '').trim();
			if (heading.tagName === 'H2') {
				ids[0] = heading.id;
				texts[0] = text;
				texts[1] = '';
			} else texts[1] = text;
			ids[1] = heading.id;
			current = null;
			continue;
		}
		const lis = child.matches('ul.contains-task-list')
			? child.querySelectorAll<HTMLLIElement>(':scope > li.task-list-item')
			: [];
		for (const li of Array.from(lis)) {
			const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]');
			if (!box) continue;
			if (!current) {
				current = { first: child, items: [] };
				sections.push(current);
			}
			const text = (li.textContent ?? '').trim();
			current.items.push({
				id: checklistItemId(ids[1]!, text),
				signOff: isSignOffSection(ids),
				headings: [texts[1]!, texts[0]!],
				box,
				li,
				text,
			});
		}
	}
	return sections;
}
