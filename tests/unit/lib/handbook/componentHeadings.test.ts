import { describe, expect, it } from 'vitest';
import { headingsWithComponents, tocItems, type ComponentUse } from '~/lib/handbook/componentHeadings';

const md = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });
const resolve = (use: ComponentUse) =>
	use.name === 'CopyTemplate' && use.props.heading !== 'false'
		? [{ depth: 2, slug: use.props.id, text: `Template ${use.props.id}` }]
		: use.name === 'Notes'
			? [md(2, 'First note'), md(2, 'Second note')]
			: [];

describe('headingsWithComponents', () => {
	it('puts component headings where the component stands between Markdown headings', async () => {
		const body = [
			"import Notes from '~/components/Notes.astro';",
			'## Intro',
			'<Notes />',
			'## Outro',
			'<CopyTemplate id="weekly" />',
			'<CopyTemplate id="hidden" heading={false} />',
			'### Detail',
		].join('\n');
		const headings = await headingsWithComponents(body, [md(2, 'Intro'), md(2, 'Outro'), md(3, 'Detail')], resolve);
		expect(headings.map((h) => h.text)).toEqual([
			'Intro',
			'First note',
			'Second note',
			'Outro',
			'Template weekly',
			'Detail',
		]);
	});

	it('ignores headings and tags inside code fences', async () => {
		const body = ['```md', '## Not a heading', '<Notes />', '```', '## Real'].join('\n');
		const headings = await headingsWithComponents(body, [md(2, 'Real')], resolve);
		expect(headings.map((h) => h.text)).toEqual(['Real']);
	});
});

describe('tocItems', () => {
	it('nests h3 under the h2 before it and drops levels outside the range', () => {
		expect(tocItems([md(2, 'A'), md(3, 'A1'), md(4, 'deep'), md(2, 'B')], 2, 3)).toEqual([
			{ ...md(2, 'A'), children: [{ ...md(3, 'A1'), children: [] }] },
			{ ...md(2, 'B'), children: [] },
		]);
	});
});
