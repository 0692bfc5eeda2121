// "On this page" lists the headings components render, and every link in it
// leads to a heading on the page.
import { describe, expect, it } from 'vitest';
import { htmlPages, requireDist } from './dist';

requireDist();
const pages = htmlPages();
const tocLinks = (html: string) => {
	const toc = html.match(/<starlight-toc\b[\s\S]*?<\/starlight-toc>/)?.[0] ?? '';
	return [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
};

describe('table of contents', () => {
	it('every link points at an element on the page', () => {
		const broken: string[] = [];
		for (const page of pages)
			for (const id of tocLinks(page.html))
				if (id !== '_top' && !page.html.includes(`id="${id}"`)) broken.push(`${page.url}#${id}`);
		expect(broken).toEqual([]);
	});

	it.each([
		['/reference/source-notes/', 10],
		['/reference/templates/', 5],
		['/roles/csm/', 3],
		['/handbook/health/', 2],
	])('%s lists the headings its components render', (url, atLeast) => {
		const page = pages.find((p) => p.url === url)!;
		expect(tocLinks(page.html).filter((id) => id !== '_top').length).toBeGreaterThanOrEqual(atLeast);
	});
});
