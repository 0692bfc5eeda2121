/** Root-relative handbook path → URL under the deployment's base path. */
export function withBase(path: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	return prefix + path;
}

export function sourceNoteHref(id: string, base: string): string {
	return withBase(`/reference/source-notes/#${id}`, base);
}
