// What a built page loads on first view: its HTML, the CSS it links or inlines,
// and the JavaScript it runs - module scripts and their static imports, inline
// scripts, and the islands it hydrates (component and renderer, with imports).
// Lazy imports (Pagefind's search UI, loaded when the dialog opens) are not
// first-view weight and are left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

function staticImports(code) {
	const found = new Set();
	for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g))
		found.add(m[1]);
	for (const m of code.matchAll(/(?:^|[;\n}])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]);
	return [...found];
}

function resolveAsset(dist, base, from, spec) {
	if (/^https?:/.test(spec)) return null;
	const url = spec.startsWith('/') ? spec : new URL(spec, `http://x${from}`).pathname;
	const inner = base !== '/' && url.startsWith(base) ? url.slice(base.length - 1) : url;
	return { url, file: join(dist, inner) };
}

function collectJs(dist, base, entryUrls, seen = new Map()) {
	for (const url of entryUrls) {
		if (seen.has(url)) continue;
		const asset = resolveAsset(dist, base, '/', url);
		if (!asset) continue;
		let code;
		try {
			code = readFileSync(asset.file);
		} catch {
			continue;
		}
		seen.set(url, code);
		const next = staticImports(code.toString('utf8'))
			.map((spec) => resolveAsset(dist, base, url, spec)?.url)
			.filter(Boolean);
		collectJs(dist, base, next, seen);
	}
	return seen;
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');

export function pageWeight(dist, htmlPath, base = '/') {
	const html = readFileSync(join(dist, htmlPath));
	const text = html.toString('utf8');
	const scriptTags = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
	const inlineJs = scriptTags
		.filter(([, attrs]) => !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
		.map(([, , body]) => Buffer.from(body));
	const entryUrls = scriptTags.map(([tag]) => attr(tag, 'src')).filter(Boolean);
	for (const [tag] of text.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) entryUrls.push(attr(tag, 'href'));
	const islandUrls = [];
	for (const [tag] of text.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const url = attr(tag, name);
			if (url) islandUrls.push(url);
		}
	}
	const pageJs = collectJs(dist, base, entryUrls);
	const islandJs = collectJs(dist, base, islandUrls, new Map(pageJs));
	for (const url of pageJs.keys()) islandJs.delete(url);

	const cssFiles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
		.map(([tag]) => resolveAsset(dist, base, '/', attr(tag, 'href') ?? ''))
		.filter(Boolean)
		.map(({ file }) => readFileSync(file));
	const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => Buffer.from(body));

	const sum = (buffers) => ({
		raw: buffers.reduce((t, b) => t + b.length, 0),
		gzip: buffers.reduce((t, b) => t + gz(b), 0),
	});
	return {
		html: { raw: html.length, gzip: gz(html) },
		css: sum([...cssFiles, ...inlineCss]),
		js: sum([...pageJs.values(), ...inlineJs]),
		islandJs: sum([...islandJs.values()]),
		jsFiles: [...pageJs.keys()],
		islandFiles: [...islandJs.keys()],
		inlineScripts: inlineJs.length,
		totalJsGzip: sum([...pageJs.values(), ...inlineJs]).gzip + sum([...islandJs.values()]).gzip,
	};
}
