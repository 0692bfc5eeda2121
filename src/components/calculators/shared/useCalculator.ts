import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Address, LinkFormat } from '~/lib/calculators/shared/urlState';
import type { Checked } from '~/lib/calculators/shared/validate';

/** How long the address bar waits after the last edit before it follows the form. */
const ADDRESS_DELAY_MS = 400;

type Options<F, V> = {
	/** The form a visit opens on; it must check without errors. */
	initial: F | (() => F);
	/** The calculator's check, from src/lib: the same form always gives the same answer. */
	check: (form: F) => Checked<V>;
	/** The calculator's link format: the form opens from the address and the address follows the form. */
	link?: LinkFormat<F, V>;
};

const here = (): Address => ({ search: location.search, hash: location.hash });

/**
 * The state every calculator island keeps: the form as typed, its errors,
 * the last values without errors (results stay on screen, marked stale,
 * while a field is wrong), and the page address. After hydration the form
 * opens from the address, or the reasons a link could not be used are kept
 * for the URL notice; from the first edit on, the address follows the form
 * (replaceState, ADDRESS_DELAY_MS after the last edit, at once when the page
 * is left), so reload, Back, bookmarks and copied addresses keep it. A plain
 * visit keeps a plain address, and an address with an error is never written.
 */
export function useCalculator<F, V>({ initial, check, link }: Options<F, V>) {
	const [form, setForm] = useState<F>(initial);
	const [rejected, setRejected] = useState<string[]>([]);
	const [opened, setOpened] = useState(0);
	const { values, errors } = useMemo(() => check(form), [form]);
	const lastGood = useRef(values);
	if (values !== null) lastGood.current = values;
	if (lastGood.current === null) throw new Error('A calculator must open on a form without errors.');
	const clean = values !== null && Object.keys(errors).length === 0;

	useEffect(() => {
		if (!link) return;
		void Promise.resolve(link.read(here())).then((state) => {
			if (state?.value) {
				setForm(state.value);
				setOpened((n) => n + 1);
			} else if (state) setRejected(state.rejected);
		});
	}, []);

	// The address waiting to be written: at most one, written when the delay ends or the page is left.
	const pending = useRef<string | null>(null);
	const timer = useRef<ReturnType<typeof setTimeout>>();
	const written = useRef(0);
	const flush = useRef(() => {
		if (pending.current !== null) history.replaceState(history.state, '', pending.current);
		pending.current = null;
	});
	useEffect(() => {
		const write = flush.current;
		addEventListener('pagehide', write);
		return () => {
			removeEventListener('pagehide', write);
			clearTimeout(timer.current);
		};
	}, []);
	const edited = useRef(false);
	useEffect(() => {
		if (!edited.current) {
			edited.current = true;
			return;
		}
		if (!link || !clean) return;
		const version = ++written.current;
		void Promise.resolve(link.write(values, here())).then((search) => {
			if (version !== written.current) return;
			const address = `${location.pathname}${search}`;
			pending.current = address === `${location.pathname}${location.search}${location.hash}` ? null : address;
			clearTimeout(timer.current);
			timer.current = setTimeout(flush.current, ADDRESS_DELAY_MS);
		});
	}, [form]);

	return {
		form,
		setForm,
		errors,
		/** The last values without errors: what the results show. */
		values: lastGood.current,
		/** True while a field is wrong and the results show the last valid values. */
		stale: values === null,
		/** Counts the forms opened from the address, so an island can tell an opened form from an edit. */
		opened,
		rejected,
		dismiss: () => setRejected([]),
		/** A link to the values shown: on `base` (another site's copy of the page) or on this page. */
		shareLink: (base?: string): string | Promise<string> => {
			const page = base ?? `${location.origin}${location.pathname}`;
			const address = link?.write(lastGood.current!, { search: base ? '' : location.search, hash: '' }) ?? '';
			return typeof address === 'string' ? page + address : address.then((a) => page + a);
		},
	};
}
