/**
 * A page file as the build reads it: its bytes as UTF-8 text (a file that is
 * not UTF-8 names the file, the line and the byte), its YAML frontmatter and
 * the path it is served at. Pure: src/lib/site/pages-fs.ts reads the files.
 */
// js-yaml, as Astro reads frontmatter, about ten times faster than `yaml` on
// small documents; the core schema keeps dates as written (2026-02-30 stays
// text for the review-date check instead of rolling over into March).
import { CORE_SCHEMA, load } from 'js-yaml';

/** The parsed YAML frontmatter of an MDX/Markdown file; a syntax error names the file. */
export function frontmatterOf(source: string, file: string): unknown {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return {};
	try {
		return load(match[1] ?? '', { schema: CORE_SCHEMA }) ?? {};
	} catch (error) {
		throw new Error(`${file}: the frontmatter is not valid YAML: ${(error as Error).message}`);
	}
}

/** `runbooks/incident-response.mdx` → `/runbooks/incident-response/`. */
export function slugPath(file: string): string {
	const path = file
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return path ? `/${path}/` : '/';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		if (!length) return i;
		for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += length;
	}
	return i;
}

/** A page file's text; a file that is not UTF-8 names itself, the line and the byte. */
export function decodePage(bytes: Uint8Array, file: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		const good = firstInvalidUtf8(bytes);
		const before = new TextDecoder().decode(bytes.subarray(0, good));
		const line = before.split('\n').length;
		const byte = bytes[good]?.toString(16).toUpperCase().padStart(2, '0');
		throw new Error(
			`${file}:${line}: the file is not UTF-8 text (byte 0x${byte} is not valid UTF-8); save it as UTF-8 and build again`,
		);
	}
}
