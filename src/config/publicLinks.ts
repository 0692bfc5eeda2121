// Last pass over the public build's HTML: every link that resolves to an
// internal page becomes its text, however it was written (Markdown, MDX, raw
// HTML, a component, a relative path). The public site then has no dead links
// and no trace of where internal pages live.
import { isInternalPath } from '~/lib/site/audience';

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a>/gi;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The root-relative path a link on `pageUrl` points to, or null for another site or a non-page link. */
export function resolveLink(href: string, pageUrl: string): string | null {
	const decoded = href.replace(/&amp;/g, '&').trim();
	if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith('//')) return null;
	if (decoded.startsWith('#') || decoded === '') return null;
	const url = new URL(decoded, `http://handbook.invalid${pageUrl}`);
	return url.pathname;
}

export function unlinkInternal(html: string, pageUrl: string, internal: ReadonlySet<string>, base = '/'): string {
	return html.replace(ANCHOR, (whole, attributes: string, text: string) => {
		const href = HREF.exec(attributes);
		if (!href) return whole;
		const target = resolveLink(href[1] ?? href[2] ?? href[3] ?? '', pageUrl);
		if (target === null || !isInternalPath(target, internal, base)) return whole;
		return `<span>${text}</span>`;
	});
}
