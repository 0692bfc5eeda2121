/**
 * Links under the deployment's base path (BASE_PATH, e.g. `/handbook`).
 * Components and routes call pathWithBase, the one place that reads the base
 * Vite was given; code that runs while Astro loads its config has no such
 * value yet and passes the site options' `base` to withBase.
 */

/** Root-relative handbook path → URL under `base`; a relative or external link is left as written. */
export function withBase(path: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	return prefix + path;
}

/** Root-relative handbook path → URL under the base path this build was given. */
export function pathWithBase(path: string): string {
	return withBase(path, import.meta.env.BASE_URL);
}

/** A served path (`/handbook/runbooks/x/`) → the handbook path it shows (`/runbooks/x/`). */
export function pathWithoutBase(pathname: string): string {
	const prefix = import.meta.env.BASE_URL.replace(/\/+$/, '');
	return (pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname) || '/';
}

export function sourceNoteHref(id: string): string {
	return pathWithBase(`/reference/source-notes/#${id}`);
}
