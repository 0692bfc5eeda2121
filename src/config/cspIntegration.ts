// The content security policy, and the one owner of what it trusts. The
// trusted inline scripts and styles come from the project's sources, never
// from the built pages: the `is:inline` scripts of Starlight's and the
// handbook's components, Astro's island and directive runtime, and the
// scripts the bundler emits (captured as Vite writes them). After the build,
// every inline <script> and <style> in every page must be one of them, or the
// build stops naming the page; an author cannot get a script hashed by putting
// it in a page. Each page gets a <meta> policy with the hashes it uses, and
// the host headers (the generated _headers and csp.nginx.conf) carry the same
// policy for every response, SVGs and media included, with frame-ancestors
// (which a <meta> cannot set) and a sandbox for the media folder.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { BuiltPages } from './builtPages';
import { installedPackage } from './installedPackage';

const require = createRequire(import.meta.url);

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Where each trusted inline text comes from, by hash. */
export type TrustedSet = Map<string, string>;

/** The bodies of `<script is:inline>` and `<style is:inline>` in every .astro file under `dir`. */
function inlineBodies(dir: string, into: TrustedSet): void {
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.astro')) continue;
		const source = readFileSync(join(dir, file), 'utf8');
		for (const match of source.matchAll(/<(script|style)\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/\1>/g))
			into.set(sha256(match[2] ?? ''), `${match[1]} in ${relative(process.cwd(), join(dir, file))}`);
	}
}

/** The exported string of one of Astro's prebuilt runtime modules. */
function astroRuntimeText(specifier: string): string {
	const source = readFileSync(require.resolve(specifier), 'utf8');
	const text = /=\s*(`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")\s*;/.exec(source)?.[1];
	if (!text)
		throw new Error(`CSP: cannot read the runtime text of ${specifier}; has Astro changed its runtime layout?`);
	return text.startsWith('`') ? text.slice(1, -1).replace(/\\([`\\$])/g, '$1') : (JSON.parse(text) as string);
}

/** The inline texts the project's sources produce, before any bundling: components and Astro's runtime. */
export function sourceTrustedSet(): TrustedSet {
	const trusted: TrustedSet = new Map();
	inlineBodies(installedPackage('@astrojs/starlight'), trusted);
	inlineBodies(join(process.cwd(), 'src'), trusted);
	trusted.set(sha256(astroRuntimeText('astro/runtime/server/astro-island-styles.js')), "Astro's island style");
	trusted.set(sha256(astroRuntimeText('astro/runtime/server/astro-island.prebuilt.js')), "Astro's island runtime");
	for (const directive of ['load', 'idle', 'visible', 'media', 'only'])
		trusted.set(
			sha256(astroRuntimeText(`astro/runtime/client/${directive}.prebuilt.js`)),
			`Astro's client:${directive}`,
		);
	return trusted;
}

/**
 * Records the hash of every script and stylesheet the bundler emits from the
 * project's sources, before Astro inlines the small ones into pages.
 */
function emittedTextCollector(trusted: TrustedSet): Plugin {
	return {
		name: 'handbook-csp-emitted',
		generateBundle: {
			order: 'pre',
			handler(_, bundle) {
				for (const [name, item] of Object.entries(bundle)) {
					const text = item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : undefined;
					if (text !== undefined) trusted.set(sha256(text), `bundle ${name}`);
				}
			},
		},
	};
}

export type InlineText = { tag: 'script' | 'style'; text: string };

/** Every inline script and style element of a page (scripts with src= are files, covered by 'self'). */
export function inlineTexts(html: string): InlineText[] {
	return [...html.matchAll(/<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
		tag: m[1] as InlineText['tag'],
		text: m[2] ?? '',
	}));
}

/** The site's policy for a set of trusted hashes (scripts and styles apart). */
export function sitePolicy(scripts: Iterable<string>, styles: Iterable<string>): string {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scripts)].sort().join(' ')}`.trim(),
		`style-src 'self' ${[...new Set(styles)].sort().join(' ')}`.trim(),
		// Components size bars and charts with style attributes; authors cannot
		// write style attributes (src/lib/site/authorContent.ts).
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** What a browser may do with uploaded media and SVGs opened on their own: show them, never run them. */
export const MEDIA_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

/** Paths served with {@link MEDIA_POLICY}: the editor's media folder and every SVG. */
export const MEDIA_PATTERNS = ['/images/*', '/*.svg'];

/** One page's policy, or the inline texts on it that the sources do not produce. */
export function pagePolicy(
	html: string,
	trusted: TrustedSet,
): { policy: string; untrusted: InlineText[]; hashes: InlineHashes } {
	const hashes: InlineHashes = { scripts: new Set(), styles: new Set() };
	const untrusted: InlineText[] = [];
	for (const inline of inlineTexts(html)) {
		const hash = sha256(inline.text);
		if (!trusted.has(hash)) untrusted.push(inline);
		else (inline.tag === 'script' ? hashes.scripts : hashes.styles).add(hash);
	}
	return { policy: sitePolicy(hashes.scripts, hashes.styles), untrusted, hashes };
}

type InlineHashes = { scripts: Set<string>; styles: Set<string> };

/**
 * The inline scripts and styles of a built page read from its bytes: the same
 * elements {@link inlineTexts} finds, each with its body's hash (the bytes of
 * a UTF-8 page are its text's UTF-8), without decoding the page. A page with a
 * full sidebar is mostly links; only the elements are looked at.
 */
export function inlineHashes(page: Buffer): { tag: InlineText['tag']; hash: string; start: number; end: number }[] {
	const found: { tag: InlineText['tag']; hash: string; start: number; end: number }[] = [];
	const next = { script: page.indexOf('<script'), style: page.indexOf('<style') };
	while (next.script >= 0 || next.style >= 0) {
		const tag: InlineText['tag'] =
			next.style < 0 || (next.script >= 0 && next.script < next.style) ? 'script' : 'style';
		const at = next[tag];
		next[tag] = page.indexOf(`<${tag}`, at + 1);
		// `<script` must end the name (`\b`), as in <script> or <script type=…>.
		const after = page[at + tag.length + 1] ?? 0;
		if (/\w/.test(String.fromCharCode(after))) continue;
		const open = page.indexOf('>', at);
		if (open < 0) break;
		if (/\bsrc=/.test(page.toString('latin1', at, open))) continue;
		const close = page.indexOf(`</${tag}>`, open);
		if (close < 0) continue;
		found.push({ tag, hash: sha256Bytes(page.subarray(open + 1, close)), start: open + 1, end: close });
		// Like the pattern's next match: after this element's end tag, never inside its body.
		const resume = close + tag.length + 3;
		if (next.script >= 0 && next.script < resume) next.script = page.indexOf('<script', resume);
		if (next.style >= 0 && next.style < resume) next.style = page.indexOf('<style', resume);
	}
	return found;
}

const sha256Bytes = (bytes: Uint8Array) => `'sha256-${createHash('sha256').update(bytes).digest('base64')}'`;

/**
 * One built page with its policy: checks every inline text against the
 * trusted set and writes the <meta> policy into the head. Only the head is
 * read as text; the rest of the page is copied as bytes.
 */
export function pageWithPolicy(
	page: Buffer,
	trusted: TrustedSet,
): { page: Buffer; untrusted: InlineText[]; hashes: InlineHashes } {
	const hashes: InlineHashes = { scripts: new Set(), styles: new Set() };
	const untrusted: InlineText[] = [];
	for (const inline of inlineHashes(page)) {
		if (!trusted.has(inline.hash))
			untrusted.push({ tag: inline.tag, text: page.toString('utf8', inline.start, inline.end) });
		else (inline.tag === 'script' ? hashes.scripts : hashes.styles).add(inline.hash);
	}
	const policy = sitePolicy(hashes.scripts, hashes.styles);
	const headEnd = page.indexOf('</head>');
	const split = headEnd < 0 ? page.length : headEnd;
	const head = withPolicy(page.toString('utf8', 0, split), policy);
	return { page: Buffer.concat([Buffer.from(head, 'utf8'), page.subarray(split)]), untrusted, hashes };
}

export function withPolicy(html: string, policy: string): string {
	const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
	if (/<meta charset="utf-8"\s*\/?>/i.test(cleaned))
		return cleaned.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${meta}`);
	return cleaned.replace(/<head>/i, (m) => `${m}${meta}`);
}

const HEADER_EXTRAS = "frame-ancestors 'none'";

/**
 * Every policy the host sends beside the site's, with where it applies, once
 * for both host files: `paths` as _headers patterns, `uri` as the nginx test.
 */
function pathPolicies(admin?: string): { paths: string[]; uri: string; policy: string }[] {
	return [
		{ paths: MEDIA_PATTERNS, uri: '~* "^/images/|\\.svg$"', policy: `${MEDIA_POLICY}; ${HEADER_EXTRAS}` },
		...(admin ? [{ paths: ['/admin/*'], uri: '~ "^/admin/"', policy: `${admin}; ${HEADER_EXTRAS}` }] : []),
	];
}

/** public/_headers with the site policy in its `/*` rule and the media (and editor) rules added. */
export function headersFile(template: string, policy: string, admin?: string): string {
	const site = `${policy}; ${HEADER_EXTRAS}`;
	const lines = template.replace(/^(\s+Content-Security-Policy:).*$/m, `$1 ${site}`);
	if (lines === template) throw new Error('public/_headers has no Content-Security-Policy line in its /* rule');
	const rules = pathPolicies(admin)
		.flatMap(({ paths, policy }) => paths.map((p) => `${p}\n  Content-Security-Policy: ${policy}\n`))
		.join('\n');
	return `${lines.trimEnd()}\n\n# Generated by src/config/cspIntegration.ts: media never runs script.\n${rules}`;
}

/** The same policies for nginx: deploy/nginx.conf includes this file and sends $handbook_csp. */
export function nginxCspConf(policy: string, admin?: string): string {
	const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
	return [
		'# Generated by src/config/cspIntegration.ts at build time; included by deploy/nginx.conf.',
		`set $handbook_csp ${quote(`${policy}; ${HEADER_EXTRAS}`)};`,
		...pathPolicies(admin).map(({ uri, policy }) => `if ($uri ${uri}) { set $handbook_csp ${quote(policy)}; }`),
		'',
	].join('\n');
}

/**
 * The policy, with the page pass it adds to the one walk over the built pages
 * (src/config/builtPages.ts): every page but the editor's gets its <meta>
 * policy, an inline text no source produces stops the build naming its page,
 * and the host headers are written when every page has been seen.
 */
export function cspIntegration({ pages, adminPolicy }: { pages: BuiltPages; adminPolicy?: string }): AstroIntegration {
	const trusted = sourceTrustedSet();
	const all: InlineHashes = { scripts: new Set(), styles: new Set() };
	const problems: string[] = [];
	let count = 0;
	pages.add({
		name: 'the content security policy',
		start: () => {
			all.scripts.clear();
			all.styles.clear();
			problems.length = 0;
			count = 0;
		},
		page: (path, bytes) => {
			if (path.startsWith('admin/')) return; // the editor writes its own policy
			// Only the page's head is decoded (pageWithPolicy).
			const { page, untrusted, hashes } = pageWithPolicy(bytes, trusted);
			for (const inline of untrusted)
				problems.push(
					`${path}: an inline <${inline.tag}> that no component or bundle of the handbook produces: ${JSON.stringify(inline.text.trim().slice(0, 80))}`,
				);
			hashes.scripts.forEach((h) => all.scripts.add(h));
			hashes.styles.forEach((h) => all.styles.add(h));
			count++;
			return page;
		},
		finish: async (root, logger) => {
			if (problems.length)
				throw new Error(
					`Inline scripts or styles the handbook's sources do not produce (they would run under the site's policy):\n${problems.sort().join('\n')}`,
				);
			const policy = sitePolicy(all.scripts, all.styles);
			const template = await readFile(join(process.cwd(), 'public/_headers'), 'utf8');
			await writeFile(join(root, '_headers'), headersFile(template, policy, adminPolicy));
			await writeFile(join(root, 'csp.nginx.conf'), nginxCspConf(policy, adminPolicy));
			logger.info(`content security policy written into ${count} pages and the host headers`);
		},
	});
	return {
		name: 'handbook-csp',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					// Styles stay files: an inline <style> could only be trusted by
					// hashing the output, which is what this integration refuses to do.
					build: { inlineStylesheets: 'never' },
					vite: { plugins: [emittedTextCollector(trusted)] },
				});
			},
		},
	};
}
