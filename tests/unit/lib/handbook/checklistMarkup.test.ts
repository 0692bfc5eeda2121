import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { workableChecklistHtml } from '~/lib/handbook/checklistMarkup';

const heading = (level: number, id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Section titled “${text}”</span></a></div>`;
const task = (text: string) => `<li class="task-list-item"><input type="checkbox" disabled> ${text}</li>`;
const list = (...items: string[]) => `<ul class="contains-task-list">${items.map(task).join('')}</ul>`;

// A page as Starlight renders it: a list before any heading, a section of two lists with a
// paragraph between them, a plain list, and a sign-off section.
const PAGE = [
	list('Read the page.'),
	heading(2, 'day-1', 'Day 1'),
	list('Kickoff held.', 'Agenda sent.'),
	'<p>Then:</p>',
	list('Notes shared.'),
	'<ul><li>Not a task.</li></ul>',
	heading(3, 'sign-off', 'Sign-off'),
	list('CTO', 'Customer "lead" <b>&amp;</b> <script>x</script>'),
].join('\n');

const texts = (html: string, selector: RegExp) => [...html.matchAll(selector)].map((m) => m[1]);

describe('the room a checklist script fills is in the server-rendered HTML', () => {
	const { html, items } = workableChecklistHtml(PAGE);

	it('counts every task-list item of the page', () => {
		// 1 before any heading + 3 under Day 1 + 2 under Sign-off = 6.
		expect(items).toBe(6);
	});

	it('puts one progress line before the first list of each section, at no ticks', () => {
		// Sections: the untitled list (1 item), Day 1's two lists with a paragraph between (2 + 1 = 3), Sign-off (2).
		expect(texts(html, /<div class="hb-progress" data-pagefind-ignore="">.*?<span>([^<]*)<\/span><\/div>/g)).toEqual([
			'0 of 1 done',
			'0 of 3 done',
			'0 of 2 done',
		]);
		expect(html).toContain('<progress max="3" value="0" aria-label="Section progress: 0 of 3 done"></progress>');
		// Day 1's second list starts no section of its own.
		expect(html).toContain('<p>Then:</p>\n<ul class="contains-task-list">');
	});

	it('gives each sign-off item its name and date fields, labelled by its words as escaped text', () => {
		expect(texts(html, /<input type="text" aria-label="([^"]*)"/g)).toEqual([
			'CTO: signed by',
			'Customer &#x22;lead&#x22; &#x26; x: signed by',
		]);
		expect(texts(html, /<input type="date" aria-label="([^"]*)"/g)).toEqual([
			'CTO: date',
			'Customer &#x22;lead&#x22; &#x26; x: date',
		]);
		// Inside the item, after its words; the page's own markup is otherwise untouched.
		expect(html).toContain('> CTO<span class="hb-signoff"><input type="text"');
		expect(
			html.replace(
				/<div class="hb-progress" data-pagefind-ignore="">.*?<\/div>|<span class="hb-signoff">.*?<\/span>| aria-label="[^"]*"/g,
				'',
			),
		).toBe(PAGE);
	});

	it("labels each item's box by the item's words, as escaped text", () => {
		expect(texts(html, /<input aria-label="([^"]*)" type="checkbox"/g)).toEqual([
			'Read the page.',
			'Kickoff held.',
			'Agenda sent.',
			'Notes shared.',
			'CTO',
			'Customer &quot;lead&quot; &amp; x',
		]);
	});

	it('adds no element a browser would read differently', () => {
		const signoffs = fromHtml(html, { fragment: true }).children.filter(
			(n) => n.type === 'element' && n.tagName === 'ul',
		);
		expect(signoffs).toHaveLength(5);
	});

	it('leaves a page without task lists as it was', () => {
		const plain = `${heading(2, 'a', 'A')}<ul><li>One</li></ul>`;
		expect(workableChecklistHtml(plain)).toEqual({ html: plain, items: 0 });
	});
});
