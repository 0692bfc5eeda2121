/**
 * Writes changed values back into YAML as it was written, so that a save in
 * the browser editor is a diff a reviewer can read: a value that did not
 * change keeps its bytes (key order, flow or block lists, quoting, comments,
 * line wrapping), a changed scalar is rewritten in place on its own line,
 * a new key is added after the key that precedes it in the form, and a
 * removed key takes its line with it. Only when a list changes length, or a
 * value changes shape, is that one value written anew, in the style of the
 * value it replaces (a flow list stays a flow list).
 *
 * Pure and DOM-free: the editor's save (src/lib/cms/formats.ts) and the
 * tests run the same code.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair } from 'yaml';

type Edit = { start: number; end: number; text: string };
type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	if (isRecord(a) && isRecord(b)) {
		const keys = Object.keys(a).filter((k) => a[k] !== undefined);
		const other = Object.keys(b).filter((k) => b[k] !== undefined);
		return keys.length === other.length && keys.every((k) => sameValue(a[k], b[k]));
	}
	return false;
}

/** A value as YAML on one line: flow collections, and strings quoted only when YAML would misread them. */
export function inlineYaml(value: unknown, inFlow: boolean, quote: Scalar.Type | undefined = undefined): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.map((v) => inlineYaml(v, true, quote)).join(', ')}]`;
	if (isRecord(value))
		return `{ ${Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.map(([k, v]) => `${inlineYaml(k, true)}: ${inlineYaml(v, true)}`)
			.join(', ')} }`;
	const text = String(value);
	if (/[\n\r\t]/.test(text) || quote === 'QUOTE_DOUBLE') return JSON.stringify(text);
	const single = `'${text.replace(/'/g, "''")}'`;
	if (quote === 'QUOTE_SINGLE') return single;
	// Plain when YAML reads it back as the same string, and (inside [ ] or { }) it holds no flow indicator.
	const plainSafe =
		text !== '' &&
		text.trim() === text &&
		!(inFlow && /[,[\]{}]/.test(text)) &&
		!/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
		!/: |\s#/.test(text) &&
		!text.endsWith(':') &&
		parseDocument(`k: ${text}`).toJS()?.k === text;
	return plainSafe ? text : single;
}

/** A value as a YAML block at `indent` spaces, for a value that has to be written anew under a key. */
function blockYaml(value: unknown, indent: number, flowScalarLists: boolean): string {
	const doc = new Document(value);
	if (flowScalarLists) markFlowLists(doc.contents);
	const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, '');
	return text
		.split('\n')
		.map((line, i) => (i === 0 ? line : ' '.repeat(indent) + line))
		.join('\n');
}

/** Lists of plain values are written `[a, b]`, the handbook's own style for audiences and sources. */
function markFlowLists(node: unknown): void {
	if (isSeq(node)) {
		if (node.items.every((item) => isScalar(item))) node.flow = true;
		else node.items.forEach(markFlowLists);
	} else if (isMap(node)) node.items.forEach((pair) => markFlowLists(pair.value));
}

function lineStart(source: string, at: number): number {
	return source.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(source: string, at: number): number {
	const end = source.indexOf('\n', at);
	return end === -1 ? source.length : end + 1;
}

function column(source: string, at: number): number {
	return at - lineStart(source, at);
}

function keyOf(pair: Pair): string {
	return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Where the text of a pair ends: the end of its value (or key), including the rest of that line. */
function pairEnd(source: string, pair: Pair): number {
	const node = (pair.value ?? pair.key) as Node;
	const end = node.range?.[1] ?? 0;
	return lineEnd(source, Math.max(end - 1, 0));
}

/** How a scalar, or every item of a list of scalars, is quoted: a rewritten list quotes its items the same way. */
function quoteOf(node: Node): Scalar.Type | undefined {
	if (isScalar(node)) return node.type;
	if (!isSeq(node) || node.items.length === 0) return undefined;
	const types = new Set(node.items.map((item) => (isScalar(item) ? item.type : undefined)));
	const [only] = types;
	return types.size === 1 && (only === 'QUOTE_SINGLE' || only === 'QUOTE_DOUBLE') ? only : undefined;
}

function replaceNode(source: string, node: Node, value: unknown, inFlow: boolean, edits: Edit[]) {
	const [start, end] = node.range ?? [0, 0];
	const flowish = inFlow || (isSeq(node) || isMap(node) ? node.flow === true : true);
	const text =
		flowish || value === null || typeof value !== 'object'
			? inlineYaml(value, inFlow, quoteOf(node))
			: blockYaml(value, column(source, start), false);
	edits.push({ start, end, text });
}

function diffNode(source: string, node: Node, next: unknown, inFlow: boolean, edits: Edit[]) {
	const current = node.toJSON() as unknown;
	if (sameValue(current, next)) return;
	if (isMap(node) && isRecord(next) && !node.flow) return diffBlockMap(source, node.items, next, edits);
	if (isSeq(node) && Array.isArray(next) && node.items.length === next.length) {
		const flow = inFlow || node.flow === true;
		node.items.forEach((item, i) => diffNode(source, item as Node, next[i], flow, edits));
		return;
	}
	if (isMap(node) && isRecord(next) && node.flow) {
		const keys = node.items.map(keyOf);
		const sameKeys = keys.length === Object.keys(next).filter((k) => next[k] !== undefined).length;
		if (sameKeys && keys.every((k) => k in next)) {
			node.items.forEach((pair) => diffNode(source, pair.value as Node, next[keyOf(pair)], true, edits));
			return;
		}
	}
	replaceNode(source, node, next, inFlow, edits);
}

function diffBlockMap(source: string, pairs: Pair[], next: Record<string, unknown>, edits: Edit[]) {
	const present = new Map(pairs.map((p) => [keyOf(p), p]));
	for (const pair of pairs) {
		const key = keyOf(pair);
		const value = next[key];
		if (value === undefined) {
			const start = lineStart(source, (pair.key as Node).range?.[0] ?? 0);
			edits.push({ start, end: pairEnd(source, pair), text: '' });
		} else if (pair.value === null || pair.value === undefined) {
			const end = (pair.key as Node).range?.[1] ?? 0;
			const colon = source.indexOf(':', end);
			edits.push({ start: colon + 1, end: colon + 1, text: ` ${inlineYaml(value, false)}` });
		} else diffNode(source, pair.value as Node, value, false, edits);
	}
	// New keys go after the nearest earlier key of the form that the file has, or before the first key.
	const order = Object.keys(next);
	order.forEach((key, index) => {
		if (present.has(key) || next[key] === undefined) return;
		const first = pairs[0];
		const indent = first ? column(source, (first.key as Node).range?.[0] ?? 0) : 0;
		const previous = order
			.slice(0, index)
			.reverse()
			.map((k) => present.get(k))
			.find((p) => p !== undefined);
		const at = previous
			? pairEnd(source, previous)
			: first
				? lineStart(source, (first.key as Node).range?.[0] ?? 0)
				: 0;
		const value = next[key];
		const text =
			value !== null &&
			typeof value === 'object' &&
			!(Array.isArray(value) && value.every((v) => typeof v !== 'object'))
				? `${' '.repeat(indent)}${inlineYaml(key, false)}:\n${' '.repeat(indent + 2)}${blockYaml(value, indent + 2, true)}\n`
				: `${' '.repeat(indent)}${inlineYaml(key, false)}: ${inlineYaml(value, false)}\n`;
		edits.push({ start: at, end: at, text });
	});
}

function applyEdits(source: string, edits: Edit[]): string {
	// Insertions at one point keep the form's order: stable sort, applied from the end.
	const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.start - a.start || b.i - a.i);
	let out = source;
	for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
	return out;
}

/** YAML for a file the editor creates: the handbook's style (flow lists of plain values, no wrapping). */
export function freshYaml(value: Record<string, unknown>): string {
	const clean = JSON.parse(JSON.stringify(value)) as Plain;
	return `${blockYaml(clean, 0, true)}\n`;
}

/**
 * `source` with its values changed to `next`. Keys of `next` that are
 * undefined are removed. Source that does not parse as a YAML mapping is
 * written anew.
 */
export function patchYaml(source: string, next: Record<string, unknown>): string {
	const doc = parseDocument(source);
	if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return freshYaml(next);
	const edits: Edit[] = [];
	diffBlockMap(source, doc.contents.items, next, edits);
	const out = applyEdits(source, edits);
	return out.endsWith('\n') || out === '' ? out : `${out}\n`;
}
