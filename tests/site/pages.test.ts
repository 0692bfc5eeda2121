import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, brokenLinks, htmlPages, requireDist, textOf } from './dist';

beforeAll(() => requireDist());

const pages = () => htmlPages().filter((p) => p.path !== '404.html');
const content = () => pages().filter((p) => p.url !== '/');

describe('every built page', () => {
	it('has a title and exactly one h1', () => {
		const all = pages();
		expect(all.length).toBeGreaterThan(50);
		for (const page of all) {
			expect(page.html, page.url).toMatch(/<title>[^<]{3,}<\/title>/);
			expect(page.html.match(/<h1[\s>]/g)?.length, `${page.url} h1 count`).toBe(1);
		}
	});

	it('shows no mis-encoded characters', () => {
		for (const page of htmlPages()) {
			expect(textOf(page.html), page.url).not.toMatch(/â€|â”|âœ|Ã©|ðŸ|â†’|Â·/);
		}
	});

	it('carries owner, audience, kind and review dates as search filters', () => {
		for (const page of content()) {
			expect(page.html, page.url).toMatch(/data-pagefind-filter="kind"/);
			expect(page.html, page.url).toMatch(/data-pagefind-filter="owner"/);
			expect(page.html, page.url).toMatch(/data-pagefind-filter="audience"/);
			expect(page.html, page.url).toMatch(/<dt>Next review<\/dt>/);
			expect(page.html, page.url).toMatch(/data-pagefind-meta="title"/);
		}
	});

	it('has a content security policy trusting only the inline scripts and styles the sources produce', async () => {
		const { inlineTexts, sha256, sitePolicy } = await import('../../src/config/cspIntegration');
		for (const page of htmlPages()) {
			const meta = page.html.match(/<meta http-equiv="content-security-policy" content="([^"]+)">/);
			expect(meta?.[1], page.url).toBeDefined();
			expect(meta?.[1]).not.toMatch(/(script|style)-src [^;]*'unsafe-inline'/);
			const inline = inlineTexts(page.html);
			const hashes = (tag: string) => inline.filter((i) => i.tag === tag).map((i) => sha256(i.text));
			expect(meta?.[1]).toBe(sitePolicy(hashes('script'), hashes('style')));
		}
	});

	it("keeps styles in files: the only inline style is Astro's island rule", () => {
		for (const page of htmlPages())
			for (const [, css] of page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
				expect(css, page.url).toBe('astro-island,astro-slot,astro-static-slot{display:contents}');
	});
});

describe('tables', () => {
	it('can every one take keyboard focus, since a wide table scrolls sideways', () => {
		for (const page of htmlPages()) {
			const main = page.html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
			const islands = main.replace(/<astro-island[\s\S]*?<\/astro-island>/g, '');
			for (const [tag] of islands.matchAll(/<table\b[^>]*>/g)) expect(tag, page.url).toMatch(/tabindex="0"/);
		}
	});
});

describe('table rows', () => {
	const cells = (row: string) =>
		[...row.matchAll(/<t[hd]\b([^>]*)>/g)].reduce(
			(n, [, attrs]) => n + Number(attrs!.match(/colspan="(\d+)"/)?.[1] ?? 1),
			0,
		);

	it('have as many cells as the table has header cells', () => {
		const uneven: string[] = [];
		for (const page of htmlPages()) {
			const main = page.html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
			for (const [table] of main.matchAll(/<table\b[\s\S]*?<\/table>/g)) {
				const head = table.match(/<thead>[\s\S]*?<\/thead>/)?.[0];
				if (!head) continue;
				const width = cells(head);
				const body = table.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0] ?? '';
				for (const [row] of body.matchAll(/<tr\b[\s\S]*?<\/tr>/g))
					if (cells(row) !== width) uneven.push(`${page.url}: ${cells(row)} cells under ${width} headers`);
			}
		}
		expect(uneven).toEqual([]);
	});
});

describe('reader pages', () => {
	// The source-notes page quotes the planning documents, and the maintenance
	// page's document map (marked data-provenance) names each original file beside
	// the handbook page that replaced it: both are provenance, not directions.
	const PROVENANCE = new Set(['/reference/source-notes/']);
	const readerText = () =>
		content()
			.filter((p) => !PROVENANCE.has(p.url))
			.map((p) => {
				const main = (p.html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '')
					.replace(/<table[^>]*data-provenance[\s\S]*?<\/table>/g, ' ')
					// A template's download link names the file it hands over: the reader can open it.
					.replace(/<a [^>]*\bdownload="[^"]*"[^>]*>[\s\S]*?<\/a>/g, ' ')
					// Calculator islands carry their own wording, tested with the calculators.
					.replace(/<astro-island[\s\S]*?<\/astro-island>/g, ' ')
					.replace(/<footer[\s\S]*?<\/footer>/g, ' ');
				return { url: p.url, text: textOf(main) };
			});

	it('name no document the reader cannot open: no .md or .txt files, no appendices', () => {
		const dead = readerText().flatMap(({ url, text }) =>
			[...text.matchAll(/[\w./-]+\.(?:md|txt)\b|\bappendix\b[^.]*/gi)].map((m) => `${url}: ${m[0]}`),
		);
		expect(dead).toEqual([]);
	});

	it("speak to the reader, not about the handbook's sources or repository", () => {
		const slips = [
			/planning documents?/i,
			/content\/(?:data|docs)\//,
			/src\/(?:lib|components)\//,
			/\bFor the [A-Z][a-z]+/,
			/generated from page frontmatter/i,
			/\(computed\)/,
			/[a-z]:\d/,
			/\bthe[a-z]+ source note/,
			/thesource/,
		];
		// Role pages and handbook health name roles in generated lists ("For the
		// Board & investors"); the change log quotes commit messages as written.
		const generated = (url: string) =>
			url.startsWith('/roles/') || ['/handbook/health/', '/handbook/changes/'].includes(url);
		const found = readerText()
			.filter(({ url }) => url !== '/handbook/maintenance/' && !generated(url))
			.flatMap(({ url, text }) => slips.flatMap((re) => (text.match(re) ? [`${url}: ${text.match(re)![0]}`] : [])));
		expect(found).toEqual([]);
	});
});

describe('generated sentences', () => {
	// Inline elements whose text runs straight into the word next to them: a
	// component that loses the space around a link renders "Start withgetting
	// started". A one-letter bold initial (**B**udget) is meant to touch its word.
	const INLINE = 'a|strong|em|code|b|i|kbd|abbr|time';
	const joined = (html: string) =>
		[
			...html.matchAll(new RegExp(`[A-Za-z0-9]<(?:${INLINE})\\b[^>]*>[^<]{0,24}`, 'g')),
			...html.matchAll(new RegExp(`(?<!<strong>[A-Z])</(?:${INLINE})>[A-Za-z0-9][^<]{0,16}`, 'g')),
		].map((m) => m[0].replace(/<(\w+) [^>]*>/, '<$1>'));
	const mainOf = (html: string) =>
		(html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '')
			.replace(/<astro-island[\s\S]*?<\/astro-island>/g, ' ')
			.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
			.replace(/<pre[\s\S]*?<\/pre>/g, ' ');

	it('the check finds words run together around a link, and leaves a bold initial alone', () => {
		expect(
			joined('<p>Start with<a href="/start/">getting started</a> and the<a href="/x/">source note</a>.</p>'),
		).toHaveLength(2);
		expect(joined('<p>see the <a href="/x/">source note</a>.</p><p><strong>B</strong>udget</p>')).toEqual([]);
	});

	it('keep a space between a word and a link, or any inline element, on every page', () => {
		const found = htmlPages().flatMap((p) => joined(mainOf(p.html)).map((m) => `${p.url}: ${m}`));
		expect(found).toEqual([]);
		const runTogether = htmlPages().flatMap((p) => {
			const hit = textOf(mainOf(p.html)).match(/withgetting|thesource|\bthe(?!se\b|ir\b)[a-z]+ source note/);
			return hit ? [`${p.url}: ${hit[0]}`] : [];
		});
		expect(runTogether).toEqual([]);
	});

	it('name roles as English does, not "for the Engineering", on every page and in every description', () => {
		const phrases = /\b(?:for|written for) the (?:Engineering|Finance|Operations|New hire|Board)\b/;
		const found = htmlPages().flatMap((p) => {
			const description = p.html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
			const text = `${textOf(mainOf(p.html))} ${description}`;
			return text.match(phrases) ? [`${p.url}: ${text.match(phrases)![0]}`] : [];
		});
		expect(found).toEqual([]);
	});
});

describe('links and anchors', () => {
	it('every internal link points at a page that exists, and every #anchor at an id on it', () => {
		expect(brokenLinks()).toEqual([]);
	});
});

describe('search index', () => {
	it('exists and covers every content page', () => {
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
		const language = Object.values(entry.languages as Record<string, { page_count: number }>)[0];
		expect(language?.page_count).toBeGreaterThanOrEqual(content().length);
		expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('indexes calculator pages by their text, not their widgets', () => {
		for (const url of ['/calculators/roi/', '/calculators/runway/', '/calculators/bant/']) {
			const html = htmlPages().find((p) => p.url === url)!.html;
			expect(html, url).toMatch(/<div data-pagefind-ignore>(?:(?!<\/div>)[\s\S])*?<astro-island/);
			expect(html).toMatch(/id="how-this-is-calculated"/);
		}
	});
});
