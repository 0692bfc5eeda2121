/**
 * The editor's two file formats, registered by the /admin/ script
 * (src/config/admin/editor.ts) in place of the editor's own serializers, which
 * rewrite a whole file on every save. Reading keeps the file's text beside
 * its values (in SOURCE_KEY, a hidden field of every form, see cmsConfig.ts);
 * writing patches that text with yamlPatch.ts, so a saved form differs from
 * the file only where a field changed. A new file is written in the
 * handbook's style.
 *   page: MDX with YAML frontmatter; the body is everything after the closing ---
 *   data: a YAML file of content/data/
 */
import { parse } from 'yaml';
import { freshYaml, patchYaml, sameValue } from './yamlPatch';

export const SOURCE_KEY = 'fileSource';
// The editor checks a format against the file extension by its name: a page format must end in -frontmatter.
export const PAGE_FORMAT = 'handbook-frontmatter';
export const DATA_FORMAT = 'handbook-data';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;

type Values = Record<string, unknown>;

const isRecord = (v: unknown): v is Values => !!v && typeof v === 'object' && !Array.isArray(v);
const isBlank = (v: unknown) =>
	v === null || v === undefined || v === '' || (isRecord(v) && Object.keys(v).length === 0);

/**
 * A form leaves a field nobody filled in, or one emptied, as '' or null, and
 * an untouched group as {}: such a key is left out of the file (a blank
 * figure means "not recorded"), unless the file itself holds that blank.
 */
export function withoutUnfilled(next: unknown, before: unknown): unknown {
	if (Array.isArray(next)) return next.map((v, i) => withoutUnfilled(v, Array.isArray(before) ? before[i] : undefined));
	if (!isRecord(next)) return next;
	const out: Values = {};
	for (const [key, value] of Object.entries(next)) {
		const previous = isRecord(before) ? before[key] : undefined;
		const cleaned = withoutUnfilled(value, previous);
		if (isBlank(cleaned) && !(isBlank(previous) && previous !== undefined)) continue;
		out[key] = cleaned;
	}
	return out;
}

function split(text: string): { frontmatter: string; rest: string } {
	const match = FRONTMATTER.exec(text);
	return match ? { frontmatter: match[1] ?? '', rest: text.slice(match[0].length) } : { frontmatter: '', rest: text };
}

const bodyOf = (rest: string) => rest.replace(/^(\r?\n)+/, '').replace(/\s+$/, '');

export function readPage(text: string): Values {
	const { frontmatter, rest } = split(text);
	const values = (parse(frontmatter) as Values | null) ?? {};
	return { ...values, body: bodyOf(rest), [SOURCE_KEY]: text };
}

export function writePage(values: Values): string {
	const { body, [SOURCE_KEY]: source, ...fields } = values;
	const text = typeof source === 'string' ? source : '';
	const { frontmatter, rest } = split(text);
	const before = (parse(frontmatter) as Values | null) ?? undefined;
	const next = withoutUnfilled(fields, before) as Values;
	const yaml = text && FRONTMATTER.test(text) ? patchYaml(frontmatter, next) : freshYaml(next);
	const newBody = typeof body === 'string' ? body.replace(/\s+$/, '') : '';
	// An unchanged body keeps its exact bytes, blank lines and trailing newline included.
	const tail = text && bodyOf(rest) === newBody ? rest : `\n${newBody}\n`;
	return `---\n${yaml}---\n${tail}`;
}

export function readData(text: string): Values {
	const values = (parse(text) as Values | null) ?? {};
	return { ...values, [SOURCE_KEY]: text };
}

export function writeData(values: Values): string {
	const { [SOURCE_KEY]: source, ...fields } = values;
	const text = typeof source === 'string' ? source : '';
	const before = text ? ((parse(text) as Values | null) ?? undefined) : undefined;
	const next = withoutUnfilled(fields, before) as Values;
	if (before && sameValue(before, next)) return text;
	return text ? patchYaml(text, next) : freshYaml(next);
}
