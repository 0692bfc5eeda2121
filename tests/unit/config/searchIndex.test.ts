// Pagefind is given only what it indexes of a built page (indexedHtml): the
// page up to <body> and the one <main data-pagefind-body>. Anything else is
// sent whole, so the index can never lose text to the shortcut.
import { describe, expect, it } from 'vitest';
import { indexedHtml } from '~/config/searchIndex';

const head = '<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>T</title></head>';
const sidebar = '<nav class="sidebar" aria-label="Main"><ul><li><a href="/a/">A → é</a></li></ul></nav>';
const main =
	'<main data-pagefind-body class="x" lang="en"><h1>Title é</h1><span data-pagefind-filter="owner">CEO</span></main>';
const page = (body: string) => Buffer.from(`${head}<body class="b">${body}</body></html>`, 'utf8');

describe('indexedHtml', () => {
	it('keeps the head and the marked <main>, without the sidebar or the rest of the body', () => {
		expect(indexedHtml(page(`<header>H</header>${sidebar}<div>${main}<footer>F</footer></div>`))).toBe(
			`${head}<body>${main}</body></html>`,
		);
	});

	it.each([
		['no element is marked', `${sidebar}<main><h1>T</h1></main>`],
		['two elements are marked', `${sidebar}${main}<div data-pagefind-body>more</div>`],
		['the marked element is not <main>', `${sidebar}<div data-pagefind-body><h1>T</h1></div>`],
		['the marker is only text on the page', `${sidebar}<main><p>data-pagefind-body</p></main>`],
		['the <main> never closes', `${sidebar}<main data-pagefind-body><h1>T</h1>`],
	])('sends the whole page when %s', (_, body) => {
		expect(indexedHtml(page(body))).toBe(page(body).toString('utf8'));
	});
});
