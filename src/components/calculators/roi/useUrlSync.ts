import { useEffect, useRef } from 'preact/hooks';

const DELAY_MS = 400;

/**
 * Keeps the address bar in step with the form (replaceState, debounced), so
 * reload, Back and bookmarks return to what was typed. `query` null means
 * "nothing valid to write yet"; the first render never writes.
 */
export function useUrlSync(query: string | null) {
	const first = useRef(true);
	useEffect(() => {
		if (first.current) {
			first.current = false;
			return;
		}
		if (query === null) return;
		const timer = setTimeout(() => {
			const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`)
				history.replaceState(history.state, '', url);
		}, DELAY_MS);
		return () => clearTimeout(timer);
	}, [query]);
}
