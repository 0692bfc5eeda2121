import { describe, expect, it, beforeAll } from 'vitest';
import { htmlPages, ids, requireDist } from './dist';
import { unresolvedPointers } from './pointers';
import { readData } from '../../src/lib/data/registry';

const gaps = readData('gaps').gaps;
const page = (url: string) => htmlPages().find((p) => p.url === url);

describe('the pointer check, on small pages', () => {
	const main = (body: string) => `<main>${body}</main>`;

	it('finds a pointer to a named document that leads nowhere', () => {
		const found = unresolvedPointers(main('<p>Offers: use the offer templates; salary within the range.</p>'));
		expect(found.map((p) => p.object)).toEqual(['the offer templates']);
		expect(
			unresolvedPointers(
				main('<li>→ Open: the KPI dashboard (revenue tracking) and the <a href="/x/">MRR targets</a>.</li>'),
			),
		).toHaveLength(1);
		expect(
			unresolvedPointers(main('<td>Follow the 30-day onboarding plan for your role (from the hiring plan).</td>')),
		).toHaveLength(1);
		// Each document of a list is its own pointer: one link does not cover the other.
		expect(unresolvedPointers(main('<p>See the <a href="/a/">runbook</a> and the incident log.</p>'))).toHaveLength(1);
	});

	it('accepts a pointer that links, names a declared gap, or refers to the page it is on', () => {
		for (const body of [
			'<p>If the data is late, see the <a href="/implementation/escalation/#contingency-plans">baseline delay contingency</a>.</p>',
			'<p>Offers: use the offer templates (<span class="hb-gap-inline" data-gap="offer-templates">Not written yet</span>).</p>',
			'<p>Follow <a href="/plans/product-execution/#use-case-2">use case 2</a> when latency rises.</p>',
			'<p>Use this calculator with a prospect on the call.</p>',
			'<tr><td><a href="/runbooks/customer-onboarding/">Customer onboarding runbook</a></td><td>Follow its checklist week by week</td></tr>',
			'<tr>\n<td><a href="/runbooks/customer-onboarding/">Customer onboarding runbook</a></td>\n<td>Follow its checklist week by week</td>\n</tr>',
			'<p>Use a manual calculation as backup.</p>',
			'<p>Ready-to-use templates for the team.</p>',
		])
			expect(unresolvedPointers(main(body)), body).toEqual([]);
	});

	it('ignores what quotes or computes: declared gap boxes, templates, code and islands', () => {
		expect(
			unresolvedPointers(
				main(
					'<aside class="hb-gap" data-gap="x"><p>What the plans say: "Use the hiring plan for offers".</p></aside>' +
						'<pre><code>Use the runbook template</code></pre><astro-island>Open the ROI calculator</astro-island>',
				),
			),
		).toEqual([]);
	});
});

describe('the built site', () => {
	beforeAll(() => requireDist());

	it('has no pointer to a named document that neither links to a page or heading nor names a declared gap', () => {
		const unresolved = htmlPages()
			// The source notes quote the planning documents word for word.
			.filter((p) => p.url !== '/reference/source-notes/' && p.path !== '404.html')
			.flatMap((p) => unresolvedPointers(p.html).map((x) => `${p.url}: ${x.verb} ${x.object}  [${x.block}]`));
		expect(unresolved).toEqual([]);
	});

	it('declares every gap in place on the page the gap file names, with owner and due date', () => {
		expect(gaps.length).toBeGreaterThanOrEqual(20);
		for (const g of gaps) {
			const html = page(g.page)?.html;
			expect(html, `${g.id}: no page ${g.page}`).toBeDefined();
			const box = html!.match(new RegExp(`<aside class="hb-gap" id="gap-${g.id}"[\\s\\S]*?</aside>`))?.[0];
			expect(box, `${g.id} is not declared on ${g.page}`).toBeDefined();
			expect(box).toContain(`data-gap="${g.id}"`);
			expect(box).toContain(`datetime="${g.due}"`);
		}
	});

	it('sends every gap to a page that exists', () => {
		for (const g of gaps) {
			const [path] = g.wouldGo.split('#');
			expect(page(path!), `${g.id} would go to ${g.wouldGo}`).toBeDefined();
		}
	});

	it('links every inline mention of a gap to the box that declares it', () => {
		const broken: string[] = [];
		for (const p of htmlPages())
			for (const [, id] of p.html.matchAll(/<span class="hb-gap-inline" data-gap="([^"]+)">/g)) {
				const g = gaps.find((x) => x.id === id)!;
				if (!p.html.includes(`href="${g.page}#gap-${id}"`)) broken.push(`${p.url} → ${id}`);
				if (!ids(page(g.page)!.html).has(`gap-${id}`)) broken.push(`${g.page} has no #gap-${id}`);
			}
		expect(broken).toEqual([]);
	});

	it('lists every open gap on the health page, grouped by owner, with the count', () => {
		const html = page('/handbook/health/')!.html;
		expect(html).toContain(`data-gap-count="${gaps.length}"`);
		for (const g of gaps) {
			const row = html.match(new RegExp(`<li data-gap-row="${g.id}">[\\s\\S]*?</li>`))?.[0];
			expect(row, g.id).toBeDefined();
			expect(row).toContain(`href="${g.page}#gap-${g.id}"`);
			// The row sits under its owner's heading: the nearest heading before it.
			const before = html.slice(0, html.indexOf(`data-gap-row="${g.id}"`));
			expect(before.match(/<h3 id="gaps-([a-z-]+)"/g)?.at(-1), g.id).toBe(`<h3 id="gaps-${g.owner}"`);
		}
	});
});
