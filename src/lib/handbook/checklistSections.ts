/**
 * How a page's task lists form sections: the one rule shared by the server,
 * which reserves each section's progress line and each sign-off's fields in
 * the page's HTML (checklistMarkup.ts), and the browser, which reads the lists
 * from the page (src/browser/checklistDom.ts), so both always agree.
 *
 * The page is read as its top-level blocks in order. A section is a run of
 * task-list items under one heading: it starts at the first task list after
 * the heading and takes in every task list until the next heading.
 */
import { checklistItemId } from './checklistIds';
import { isSignOffSection } from './checklistStore';

/** A top-level block: a heading, a task list with its items (each with its words), or anything else (null). */
export type ChecklistBlock<List, Item extends { text: string }> =
	{ heading: { level: number; id: string; text: string } } | { list: List; items: Item[] } | null;

/** An item as read from the page, with its id, whether it is a sign-off, and its headings. */
export type SectionItem<Item> = Item & {
	id: string;
	signOff: boolean;
	/** The texts of the item's section heading and of the level-2 heading above it (for its due day). */
	headings: [string, string];
};
/** A run of task-list items under one heading; `first` is the list it starts with. */
export type ChecklistSection<List, Item> = { first: List; items: SectionItem<Item>[] };

export function checklistSections<List, Item extends { text: string }>(
	blocks: ChecklistBlock<List, Item>[],
): ChecklistSection<List, Item>[] {
	const sections: ChecklistSection<List, Item>[] = [];
	// [level-2 heading, nearest heading]: ids for item ids and sign-offs, texts for due days.
	const ids = ['', ''];
	const texts = ['', ''];
	let current: ChecklistSection<List, Item> | null = null;
	for (const block of blocks) {
		if (block && 'heading' in block) {
			const { level, id, text } = block.heading;
			if (level === 2) {
				ids[0] = id;
				texts[0] = text;
				texts[1] = '';
			} else texts[1] = text;
			ids[1] = id;
			current = null;
		} else if (block) {
			for (const item of block.items) {
				if (!current) {
					current = { first: block.list, items: [] };
					sections.push(current);
				}
				current.items.push({
					...item,
					id: checklistItemId(ids[1]!, item.text),
					signOff: isSignOffSection(ids),
					headings: [texts[1]!, texts[0]!],
				});
			}
		}
	}
	return sections;
}
