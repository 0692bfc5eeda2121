// Content security policy computed at build: every page gets a <meta> policy
// listing the SHA-256 of each inline script and <style> it actually contains,
// so the site runs without 'unsafe-inline' scripts. Starlight ships a few
// inline scripts (theme, sidebar) that Astro's own CSP support does not hash;
// hashing the final HTML covers them all. frame-ancestors cannot be set from
// a <meta>; the host headers (public/_headers, deploy/nginx.conf) set it.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './htmlFiles.mjs';
import { fileURLToPath } from 'node:url';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function policyFor(html) {
	const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scripts)].join(' ')}`.trim(),
		`style-src 'self' ${[...new Set(styles)].join(' ')}`.trim(),
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

export function withPolicy(html) {
	const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	const meta = `<meta http-equiv="content-security-policy" content="${policyFor(cleaned)}">`;
	if (/<meta charset="utf-8"\s*\/?>/i.test(cleaned))
		return cleaned.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}${meta}`);
	return cleaned.replace(/<head>/i, (m) => `${m}${meta}`);
}

export function cspIntegration() {
	return {
		name: 'handbook-csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				// Pages are read and written a batch at a time, so file I/O overlaps hashing.
				let count = 0;
				let batch = [];
				const flush = () =>
					Promise.all(batch.splice(0).map(async (file) => writeFile(file, withPolicy(await readFile(file, 'utf8')))));
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					batch.push(file);
					count++;
					if (batch.length === 32) await flush();
				}
				await flush();
				logger.info(`content security policy written into ${count} pages`);
			},
		},
	};
}
