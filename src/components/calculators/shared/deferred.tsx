import { h, hydrate, render, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Keeps the server's HTML in the box untouched while the part's code is not loaded. */
const KEEP = { __html: '' };
const INTENT = ['pointerdown', 'focusin', 'keydown'];
/** What a reader can do to a part before its code arrives; done again once it is live. */
const REPLAYED = ['click', 'input', 'change'];

/**
 * A part of an island that is not in its first view: results below the
 * form, saved items, scenario tools. The server renders it with the rest of
 * the island. In the browser its HTML stays as served and its code loads on
 * use: when it comes near the viewport, when `when` changes (the island's
 * values moved on, so the served HTML is out of date and is hidden until the
 * part is live), on any pointer, focus or key inside it, and before printing.
 * The part then takes over the same DOM (hydrated in place), and a click or
 * an edit made in the meantime is done again, so nothing a reader does is lost.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
	let Part: ComponentType<P> | null = null;
	let loading: Promise<unknown> | null = null;
	// A failed load (the network, a redeploy) is not kept: the next use tries again.
	const fetchPart = () =>
		(loading ??= load().then(
			(part) => (Part = part),
			(error: unknown) => {
				loading = null;
				throw error;
			},
		));

	// On the server the part renders in full: Astro's renderer waits for a component that throws a promise.
	function ServerPart(props: P) {
		if (!Part) throw fetchPart();
		return h(Part, props);
	}

	return function Deferred({ when, ...rest }: P & { when?: unknown }) {
		const props = rest as unknown as P;
		if (import.meta.env.SSR)
			return (
				<div class="hb-deferred">
					<ServerPart {...props} />
				</div>
			);
		const box = useRef<HTMLDivElement>(null);
		const served = useRef(props);
		const firstWhen = useRef(when);
		const [isLive, setLive] = useState(false);
		const live = useRef(false);
		const replay = useRef(() => {});
		const [wanted, setWanted] = useState(false);
		const stale = !isLive && when !== firstWhen.current;

		useEffect(() => {
			const el = box.current!;
			const unmount = () => void (live.current && render(null, el));
			// Rendered in the browser alone (no served HTML to keep): load at once.
			if (el.childNodes.length === 0) {
				setWanted(true);
				return unmount;
			}
			const want = () => setWanted(true);
			// What the reader did before the part was live, each event with its field as it was then.
			const pending: { event: Event; value: string; checked: boolean }[] = [];
			const record = (event: Event) => {
				if (live.current) return;
				const { value, checked } = event.target as HTMLInputElement;
				pending.push({ event, value, checked });
				want();
			};
			const seen =
				typeof IntersectionObserver === 'undefined'
					? null
					: new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
							rootMargin: '100% 0px',
						});
			seen?.observe(el);
			if (!seen) want();
			for (const type of INTENT) el.addEventListener(type, want);
			for (const type of REPLAYED) el.addEventListener(type, record, true);
			addEventListener('beforeprint', want);
			replay.current = () => {
				for (const { event, value, checked } of pending.splice(0)) {
					const target = event.target as HTMLInputElement;
					if (event.type === 'click') target.closest('button')?.click();
					else {
						// The part set its fields from its own state as it went live: put back what was typed.
						if (target.type === 'checkbox' || target.type === 'radio') target.checked = checked;
						else if (target.type !== 'file') target.value = value;
						target.dispatchEvent(new Event(event.type, { bubbles: true }));
					}
				}
			};
			return () => {
				unmount();
				seen?.disconnect();
				for (const type of INTENT) el.removeEventListener(type, want);
				for (const type of REPLAYED) el.removeEventListener(type, record, true);
				removeEventListener('beforeprint', want);
			};
		}, []);
		useEffect(() => {
			if (stale) setWanted(true);
		}, [stale]);
		useEffect(() => {
			if (!wanted || live.current) return;
			void fetchPart().then(() => {
				const el = box.current;
				if (!el) return;
				if (el.childNodes.length > 0) hydrate(h(Part!, served.current), el);
				live.current = true;
				setLive(true);
			});
		}, [wanted]);
		useEffect(() => {
			if (!isLive) return;
			render(h(Part!, props), box.current!);
			replay.current();
		});

		return <div class="hb-deferred" ref={box} data-pending={stale ? '' : undefined} dangerouslySetInnerHTML={KEEP} />;
	};
}
