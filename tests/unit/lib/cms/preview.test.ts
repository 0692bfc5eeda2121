import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewHtml, safeHref } from '~/lib/cms/preview';

describe('the editor preview renders a body as the site does', () => {
	it('asides in Starlight markup, with their title', () => {
		const { html, error } = previewHtml(
			':::tip[Working a live implementation?]\nUse the checklist.\n:::\n\n:::note\nPlain note.\n:::',
		);
		expect(error).toBeNull();
		// Block elements are separated by newlines in the output, as in the site's HTML.
		expect(html.replace(/>\n</g, '><')).toContain(
			'<aside aria-label="Working a live implementation?" class="starlight-aside starlight-aside--tip"><p class="starlight-aside__title" aria-hidden="true">Working a live implementation?</p><div class="starlight-aside__content"><p>Use the checklist.</p></div></aside>',
		);
		expect(html).toContain('class="starlight-aside starlight-aside--note"');
		expect(html).toContain('>Note</p>');
	});

	it('tables and task lists as GitHub Markdown', () => {
		const { html } = previewHtml(
			'| Step | Owner |\n| --- | --- |\n| Kickoff | CSM |\n\n- [ ] Train the team.\n- [x] Send the email.',
		);
		expect(html).toContain('<th>Step</th>');
		expect(html).toContain('<td>Kickoff</td>');
		expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" disabled> Train the team\.<\/li>/);
		expect(html).toMatch(/<input type="checkbox" disabled checked> Send the email\./);
	});

	it('components as a labelled box, imports left out, Internal passages marked', () => {
		const { html } = previewHtml(
			"import BudgetTable from '~/components/BudgetTable.astro';\nimport Internal from '~/components/Internal.astro';\n\n<BudgetTable />\n\n<Internal>\nSalaries stay here.\n</Internal>",
		);
		expect(html).not.toContain('import');
		expect(html).toContain('<div class="hb-preview-component"><strong>BudgetTable</strong>: the Phase 2 budget');
		expect(html).toMatch(
			/<div class="hb-preview-internal"><p><strong>Internal only<\/strong>.*<p>Salaries stay here\.<\/p><\/div>/s,
		);
	});

	it('never turns author text into markup or a script link', () => {
		const { html } = previewHtml(
			'<details><summary onclick="alert(1)">More</summary>Text</details>\n\n[x](javascript:alert(1)) [y](/runbooks/) ![i](data:image/svg+xml,1)',
		);
		expect(html).toContain('<details><summary>More</summary>Text</details>');
		expect(html).not.toMatch(/onclick|javascript:|data:/);
		expect(html).toContain('<a href="/runbooks/">y</a>');
		expect(safeHref('https://example.com')).toBe('https://example.com');
		expect(safeHref(' JavaScript:alert(1)')).toBeNull();
		expect(safeHref('//evil.example')).toBeNull();
	});

	it('a body that will not build is shown as text with the reason', () => {
		const { html, error } = previewHtml('Broken <Tag\n\n# Heading');
		expect(error).toMatch(/^This body will not build: /);
		expect(html).toBe('<pre class="hb-preview-source">Broken &#60;Tag\n\n# Heading</pre>');
	});

	it('every page of the handbook previews without an error', () => {
		const pages = [
			'runbooks/customer-onboarding.mdx',
			'runbooks/incident-response.mdx',
			'plans/phase-2-budget-and-risks.mdx',
			'metrics.mdx',
		];
		for (const page of pages) {
			const body = readFileSync(`content/docs/${page}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
			expect(previewHtml(body).error, page).toBeNull();
		}
	});
});
