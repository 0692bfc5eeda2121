// Text that YAML reads as a comment is lost without an error: in
// `title: Customer #1 is live` the title is "Customer". These checks read each
// data file's own lines and fail when a string value is followed, on its line,
// by a ` #` comment that may have cut it short.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

const DATA = join(import.meta.dirname, '../../../content/data');

/** Keys whose values are short codes (enums, ids), where a trailing `# why` comment is allowed. */
const CODE_KEYS = new Set(['salaryPoint', 'visibility', 'owner', 'id', 'kind', 'impact', 'type', 'roleId']);

/** Every unquoted string value followed on its own line by ` #`, with the text YAML dropped. */
function cutStrings(source: string): { line: number; key: string; value: string; lost: string }[] {
	const doc = parseDocument(source);
	const found: { line: number; key: string; value: string; lost: string }[] = [];
	const check = (node: Node | null | undefined, key: string) => {
		if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
		const end = node.range[1];
		const lineEnd = source.indexOf('\n', end);
		const rest = source.slice(end, lineEnd < 0 ? undefined : lineEnd);
		const comment = rest.match(/^[ \t]+#(.*)$/);
		if (!comment) return;
		// A comment glued to its text ("#1") is always content; otherwise only short codes may carry a comment.
		if (/^\S/.test(comment[1]!) || !CODE_KEYS.has(key))
			found.push({
				line: source.slice(0, node.range[0]).split('\n').length,
				key,
				value: node.value,
				lost: `#${comment[1]}`,
			});
	};
	visit(doc, {
		Pair(_, pair) {
			if (isPair(pair) && isScalar(pair.key)) {
				const key = String(pair.key.value);
				check(pair.value as Node, key);
				if (isSeq(pair.value)) for (const item of pair.value.items) check(item as Node, key);
			}
		},
	});
	return found;
}

describe('the check for text lost to a YAML comment', () => {
	it('finds a title cut at " #", as YAML reads it', () => {
		// YAML reads "Customer #1 is live" as the title "Customer" and a comment "#1 is live".
		const found = cutStrings('notes:\n  - title: Customer #1 is live\n    source: x.txt\n');
		expect(found).toEqual([{ line: 2, key: 'title', value: 'Customer', lost: '#1 is live' }]);
	});

	it('finds a prose value followed by a spaced comment, and in a flow mapping or a list', () => {
		expect(cutStrings('explanation: Week 10 to week 13 # about 21 days\n')).toHaveLength(1);
		expect(cutStrings('rows:\n  - { name: Customer #3, mrr: 3333 }\n')).toHaveLength(1);
		expect(cutStrings('figures: [one, two #2]\n')).toHaveLength(1);
		expect(cutStrings('figures:\n  - Customer #2\n')).toHaveLength(1);
	});

	it('accepts quoted values, comments on their own line and a comment after a short code', () => {
		expect(cutStrings("title: 'Customer #1 is live'\n# a note\nsalaryPoint: max # min, mid or max\n")).toEqual([]);
		expect(cutStrings('title: "Customer #1"\nweek: 10 # a number, not text\n')).toEqual([]);
	});
});

describe('content/data', () => {
	const files = readdirSync(DATA, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

	it('has no string value that loses text to a comment', () => {
		expect(files.length).toBeGreaterThan(15);
		const cut = files.flatMap((file) =>
			cutStrings(readFileSync(join(DATA, file), 'utf8')).map(
				(c) => `${file}:${c.line} ${c.key}: "${c.value}" loses "${c.lost}" (quote the value)`,
			),
		);
		expect(cut).toEqual([]);
	});

	it('keeps every source-note title whole, "#" and all', () => {
		const source = readFileSync(join(DATA, 'source-notes.yaml'), 'utf8');
		const raw = [...source.matchAll(/^ {4}title: (.+)$/gm)].map((m) => m[1]!);
		const parsed = parseDocument(source)
			.toJS()
			.notes.map((n: { title: string }) => n.title);
		expect(parsed).toHaveLength(raw.length);
		// Each parsed title is the whole line, less its quotes.
		for (const [i, line] of raw.entries())
			expect(line.replace(/^'(.*)'$|^"(.*)"$/, '$1$2').replace(/''/g, "'")).toBe(parsed[i]);
		expect(parsed).toContain('Two customers are live in week 11, but customer #2 goes live in week 12');
	});
});
