/**
 * The server's half of a workable checklist: the page's rendered Markdown with
 * the room its script fills already in place, so nothing moves when the
 * script runs (no layout shift). Before the first list of each section goes
 * its progress line ("0 of 5 done"), and into each sign-off item go its name
 * and date fields; the script (WorkableChecklists.astro) finds them there and
 * fills them in. Each item's box is labelled by the item's words. Sections follow checklistSections.ts, as the script reads
 * them. Without JavaScript the styles hide both, and the lists stay plain.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { progressText } from './checklistIds';
import { checklistSections, type ChecklistBlock } from './checklistSections';

export type ChecklistMarkup = { html: string; items: number };

const isElement = (node: Root | RootContent | ElementContent): node is Element => node.type === 'element';
const hasClass = (node: Element, name: string) =>
	Array.isArray(node.properties.className) && node.properties.className.includes(name);

function textOf(node: Root | RootContent | ElementContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

function find(node: Element, test: (e: Element) => boolean): Element | undefined {
	for (const child of node.children) {
		if (!isElement(child)) continue;
		if (test(child)) return child;
		const found = find(child, test);
		if (found) return found;
	}
	return undefined;
}

/** The page's top-level blocks, as checklistSections.ts reads them; a task list's items keep their element. */
function blocks(root: Root): ChecklistBlock<Element, { li: Element; box: Element; text: string }>[] {
	return root.children.filter(isElement).map((child) => {
		const heading = hasClass(child, 'sl-heading-wrapper') ? find(child, (e) => /^h[234]$/.test(e.tagName)) : undefined;
		if (heading)
			return { heading: { level: Number(heading.tagName[1]), id: String(heading.properties.id ?? ''), text: '' } };
		if (child.tagName !== 'ul' || !hasClass(child, 'contains-task-list')) return null;
		const items = child.children
			.filter(isElement)
			.filter((li) => li.tagName === 'li' && hasClass(li, 'task-list-item'))
			.flatMap((li) => {
				const box = find(li, (e) => e.tagName === 'input' && e.properties.type === 'checkbox');
				return box ? [{ li, box, text: textOf(li).trim() }] : [];
			});
		return { list: child, items };
	});
}

const element = (tagName: string, properties: Element['properties'], ...children: ElementContent[]): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});

/** Text as the value of a double-quoted attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A section's progress line at no ticks, as the script first renders it. */
function progressLine(total: number): string {
	const text = progressText({ done: 0, total });
	return toHtml(
		element(
			'div',
			// Not page content: kept out of the search index.
			{ className: ['hb-progress'], dataPagefindIgnore: '' },
			element('progress', { max: String(total), value: '0', ariaLabel: `Section progress: ${text}` }),
			{ type: 'text', value: ' ' },
			element('span', {}, { type: 'text', value: text }),
		),
	);
}

/** The name and date fields of a sign-off item, labelled by the item's words. */
function signOffFields(itemText: string): string {
	return toHtml(
		element(
			'span',
			{ className: ['hb-signoff'] },
			element('input', { type: 'text', ariaLabel: `${itemText}: signed by`, placeholder: 'Name' }),
			element('input', { type: 'date', ariaLabel: `${itemText}: date` }),
		),
	);
}

/**
 * The page's HTML with each section's progress line and each sign-off's fields
 * in place, and how many checklist items it holds (0: not a checklist page).
 */
export function workableChecklistHtml(html: string): ChecklistMarkup {
	const root = fromHtml(html, { fragment: true });
	const sections = checklistSections(blocks(root));
	const inserts: { at: number; html: string }[] = [];
	for (const section of sections) {
		inserts.push({ at: section.first.position!.start.offset!, html: progressLine(section.items.length) });
		for (const item of section.items) {
			const box = item.box.position!.start.offset!;
			if (html.startsWith('<input', box)) inserts.push({ at: box + 6, html: ` aria-label="${attribute(item.text)}"` });
			const end = item.li.position!.end.offset!;
			// Inside the item, before its closing tag.
			if (item.signOff && html.slice(end - 5, end) === '</li>')
				inserts.push({ at: end - 5, html: signOffFields(item.text) });
		}
	}
	let out = html;
	for (const { at, html: piece } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + piece + out.slice(at);
	return { html: out, items: sections.reduce((n, s) => n + s.items.length, 0) };
}
