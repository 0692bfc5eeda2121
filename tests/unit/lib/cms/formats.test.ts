// Saving one field in the editor changes one line of the file: each kind of
// field the generated forms hold is saved through the page and data formats
// on the handbook's real files, and the line diff is checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readData, readPage, SOURCE_KEY, withoutUnfilled, writeData, writePage } from '~/lib/cms/formats';
import { freshYaml, inlineYaml, patchYaml } from '~/lib/cms/yamlPatch';

/** Lines removed and added between two texts (longest common subsequence of lines). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
	const a = before.split('\n');
	const b = after.split('\n');
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const removed: string[] = [];
	const added: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) (i++, j++);
		else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
		else removed.push(a[i++]!);
	}
	return { removed, added };
}

const onboarding = readFileSync('content/docs/runbooks/customer-onboarding.mdx', 'utf8');
const week10 = readFileSync('content/data/metrics/week-10.yaml', 'utf8');
const signoffs = readFileSync('content/data/signoffs.yaml', 'utf8');

/** Opens a page as the editor does, changes one value, saves. */
function savePage(change: (values: Record<string, unknown>) => void, text = onboarding) {
	const values = structuredClone(readPage(text));
	change(values);
	return writePage(values);
}

describe('a page saved from the editor', () => {
	it('is byte for byte the same file when nothing changed', () => {
		expect(savePage(() => {})).toBe(onboarding);
	});

	it('date (Last reviewed, "Today"): one line', () => {
		const after = savePage((v) => (v.lastReviewed = '2026-12-04'));
		expect(lineDiff(onboarding, after)).toEqual({
			removed: ['lastReviewed: 2026-11-24'],
			added: ['lastReviewed: 2026-12-04'],
		});
	});

	it('string (Title): one line, quoted only as YAML needs', () => {
		const after = savePage((v) => (v.title = 'Customer onboarding: the 30-60-90 day program'));
		expect(lineDiff(onboarding, after)).toEqual({
			removed: ['title: Customer onboarding (30-60-90 day program)'],
			added: ["title: 'Customer onboarding: the 30-60-90 day program'"],
		});
		expect(readPage(after).title).toBe('Customer onboarding: the 30-60-90 day program');
	});

	it('text (Description): one line, never re-wrapped', () => {
		const description = `${readPage(onboarding).description as string} Read it before the kickoff.`;
		const { removed, added } = lineDiff(
			onboarding,
			savePage((v) => (v.description = description)),
		);
		expect(removed).toHaveLength(1);
		expect(added).toEqual([`description: ${description}`]);
	});

	it('select (Owner): one line', () => {
		expect(
			lineDiff(
				onboarding,
				savePage((v) => (v.owner = 'ceo')),
			),
		).toEqual({
			removed: ['owner: csm'],
			added: ['owner: ceo'],
		});
	});

	it('multiple select (Audience): one line, still a flow list', () => {
		const after = savePage((v) => (v.audience = [...(v.audience as string[]), 'operations']));
		expect(lineDiff(onboarding, after)).toEqual({
			removed: ['audience: [csm, ceo, vp-sales, cto, new-hire]'],
			added: ['audience: [csm, ceo, vp-sales, cto, new-hire, operations]'],
		});
	});

	it('multiple select of quoted values (Sources): one line, quoting kept', () => {
		const after = savePage((v) => (v.sources = ['000_b1b8c92185dfa288.txt']));
		expect(lineDiff(onboarding, after)).toEqual({
			removed: ["sources: ['000_b1b8c92185dfa288.txt', '004_4da95366cf5a12f9.txt']"],
			added: ["sources: ['000_b1b8c92185dfa288.txt']"],
		});
	});

	it('number in an object (Sidebar → Order): one line', () => {
		expect(
			lineDiff(
				onboarding,
				savePage((v) => (v.sidebar = { order: 2 })),
			),
		).toEqual({
			removed: ['  order: 1'],
			added: ['  order: 2'],
		});
	});

	it('a field filled in for the first time is added as one line, after the field before it in the form', () => {
		const page = onboarding.replace('visibility: public\n', '');
		const after = savePage((v) => (v.visibility = 'internal'), page);
		expect(lineDiff(page, after)).toEqual({ removed: [], added: ['visibility: internal'] });
		expect(after).toMatch(/sources: \[.*\]\nvisibility: internal\n---/);
	});

	it('an optional group left empty is not written, and an emptied field takes its line with it', () => {
		const page = onboarding.replace('sidebar:\n  order: 1\n', '');
		expect(savePage((v) => (v.sidebar = { order: null }), page)).toBe(page);
		expect(savePage((v) => (v.description = ''), page)).toBe(page.replace(/^description: .*\n/m, ''));
	});

	it('body (a runbook step): only that line of the body', () => {
		const step = "- [ ] Train the customer's team.";
		expect(onboarding).toContain(step);
		const after = savePage((v) => (v.body = (v.body as string).replace(step, `${step} Record who attended.`)));
		expect(lineDiff(onboarding, after)).toEqual({
			removed: [step],
			added: [`${step} Record who attended.`],
		});
	});

	it('a new page is written in the handbook style: flow lists, one line per field', () => {
		const text = writePage({
			title: 'New runbook',
			owner: 'cto',
			audience: ['cto', 'engineering'],
			kind: 'runbook',
			lastReviewed: '2026-12-04',
			sources: ['000_b1b8c92185dfa288.txt'],
			sidebar: { order: null },
			description: '',
			body: 'First step.',
		});
		expect(text).toBe(
			[
				'---',
				'title: New runbook',
				'owner: cto',
				'audience: [ cto, engineering ]',
				'kind: runbook',
				'lastReviewed: 2026-12-04',
				'sources: [ 000_b1b8c92185dfa288.txt ]',
				'---',
				'',
				'First step.',
				'',
			].join('\n'),
		);
	});
});

describe('a data file saved from the editor', () => {
	const saveData = (text: string, change: (values: Record<string, unknown>) => void) => {
		const values = structuredClone(readData(text));
		change(values);
		return writeData(values);
	};

	it('keeps its comments and is unchanged when nothing changed', () => {
		expect(saveData(week10, () => {})).toBe(week10);
		expect(saveData(signoffs, () => {})).toBe(signoffs);
	});

	it('number in a group (Revenue → MRR): one line, comments kept', () => {
		const after = saveData(week10, (v) => ((v.revenue as Record<string, number>).mrrUsd = 12000));
		expect(lineDiff(week10, after)).toEqual({ removed: ['  mrrUsd: 10000'], added: ['  mrrUsd: 12000'] });
	});

	it('a value filled in for the first time in a group: one line, in the group', () => {
		const after = saveData(week10, (v) => ((v.quality as Record<string, number>).uptimePct = 99.7));
		expect(lineDiff(week10, after)).toEqual({ removed: [], added: ['  uptimePct: 99.7'] });
		expect(parse(after).quality).toEqual({ p95Ms: 120, uptimePct: 99.7 });
	});

	it('a field inside a list of flow rows (a sign-off day): one line, the row stays a flow map', () => {
		const after = saveData(signoffs, (v) => {
			((v.documents as Record<string, unknown>[])[1] as Record<string, unknown>).day = 2;
		});
		expect(lineDiff(signoffs, after)).toEqual({
			removed: [
				"  - { document: 'Technical setup checklist', owner: CTO, reviewer: CSM, day: 1, template: technical-setup-checklist }",
			],
			added: [
				"  - { document: 'Technical setup checklist', owner: CTO, reviewer: CSM, day: 2, template: technical-setup-checklist }",
			],
		});
	});

	it('boolean and list of plain values: one line each', () => {
		const text = 'visibility: internal\nweek: 11\nflag: false\nfeatures: [receipts, pricing]\n';
		expect(lineDiff(text, patchYaml(text, { ...parse(text), flag: true }))).toEqual({
			removed: ['flag: false'],
			added: ['flag: true'],
		});
		expect(lineDiff(text, patchYaml(text, { ...parse(text), features: ['receipts', 'pricing', 'reports'] }))).toEqual({
			removed: ['features: [receipts, pricing]'],
			added: ['features: [receipts, pricing, reports]'],
		});
	});

	it('a row added to a block list is written as a block', () => {
		const text = 'risks:\n  - risk: Hiring\n    status: watch\n';
		const after = patchYaml(text, {
			risks: [
				{ risk: 'Hiring', status: 'watch' },
				{ risk: 'Churn', status: 'on track' },
			],
		});
		expect(parse(after)).toEqual({
			risks: [
				{ risk: 'Hiring', status: 'watch' },
				{ risk: 'Churn', status: 'on track' },
			],
		});
		expect(after).toBe('risks:\n  - risk: Hiring\n    status: watch\n  - risk: Churn\n    status: on track\n');
	});

	it('a new week is written as a block file without blanks', () => {
		const text = writeData({
			visibility: 'internal',
			week: 11,
			source: 'Friday review, week 11',
			revenue: { mrrUsd: 12000, customersLive: 2, pipelineUsd: null },
			quality: {},
		});
		expect(text).toBe(
			'visibility: internal\nweek: 11\nsource: Friday review, week 11\nrevenue:\n  mrrUsd: 12000\n  customersLive: 2\n',
		);
	});
});

describe('values as YAML', () => {
	it('quotes only what YAML would misread, and never lets a value become markup or another type', () => {
		expect(inlineYaml('csm', false)).toBe('csm');
		expect(inlineYaml('10', false)).toBe("'10'");
		expect(inlineYaml('true', false)).toBe("'true'");
		expect(inlineYaml('a: b', false)).toBe("'a: b'");
		expect(inlineYaml("it's", false)).toBe("it's");
		expect(inlineYaml('a, b', true)).toBe("'a, b'");
		expect(inlineYaml('- item', false)).toBe("'- item'");
		expect(inlineYaml('two\nlines', false)).toBe('"two\\nlines"');
		for (const value of ['#', '{x}', "'", '"', 'a #b', '@x', '2026-12-04', 'null', '~'])
			expect(parse(`k: ${inlineYaml(value, false)}`).k, value).toBe(value);
	});

	it('keeps the text of a page it cannot patch out of the way: the source key is never written', () => {
		const values = readPage(onboarding);
		expect(values[SOURCE_KEY]).toBe(onboarding);
		expect(writePage(values)).not.toContain(SOURCE_KEY);
		expect(freshYaml({ a: [1, 2] })).toBe('a: [ 1, 2 ]\n');
	});

	it('drops unfilled and emptied values, unless the file holds that blank itself', () => {
		expect(withoutUnfilled({ a: '', b: null, c: {}, d: 1 }, {})).toEqual({ d: 1 });
		expect(withoutUnfilled({ a: '' }, { a: 'x' })).toEqual({});
		expect(withoutUnfilled({ a: '' }, { a: '' })).toEqual({ a: '' });
	});
});
