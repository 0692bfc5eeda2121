// Reading the built site for the checks in tests/site.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '../../dist');

export function requireDist(dir = DIST): void {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no build: run \`npm run build\` first`);
}

export function htmlPages(dir = DIST): { path: string; url: string; html: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => ({
			path: f,
			url:
				'/' +
				relative(dir, join(dir, f))
					.replace(/index\.html$/, '')
					.replace(/\\/g, '/'),
			html: readFileSync(join(dir, f), 'utf8'),
		}));
}

export function textOf(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
}

export function ids(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}
