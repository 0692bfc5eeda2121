// The search dialog's behaviour, loaded with Pagefind when search is first
// opened (see Search.astro). Filters show before anything is typed; active
// filters are listed with a one-click clear; a query that finds nothing is
// searched again with the words that matter (src/lib/search/query.ts), and the
// status line says so; no results under filters says which filters hide them.
import { safeExcerpt } from '~/lib/search/excerpt';
import { relaxQuery, type Relaxation } from '~/lib/search/query';

type Filters = Record<string, Record<string, number>>;
type ResultData = {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: { title: string; url: string; excerpt: string }[];
};
type Search = { results: { id: string; data(): Promise<ResultData> }[]; filters: Filters };
type Pagefind = {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Filters>;
	search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<Search>;
};

/** The page filters set in PageTitle.astro, in the order shown, with their labels. */
const FILTERS = [
	{ key: 'kind', label: 'Kind' },
	{ key: 'owner', label: 'Owner' },
	{ key: 'audience', label: 'For' },
] as const;
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 120;

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

export async function searchDialog(root: HTMLElement): Promise<{ open(): void }> {
	const base = root.dataset.base ?? '/';
	const dialog = root.querySelector('dialog')!;
	const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
	const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

	const pagefind: Pagefind = await import(/* @vite-ignore */ `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`);
	await pagefind.options({ baseUrl: base, excerptLength: 22 });
	await pagefind.init();
	const allFilters = await pagefind.filters();

	const selected = new Map<string, Set<string>>(FILTERS.map((f) => [f.key, new Set()]));
	const activeFilters = () => [...selected].filter(([, values]) => values.size > 0);
	const pagefindFilters = () => Object.fromEntries(activeFilters().map(([key, values]) => [key, { any: [...values] }]));

	let generation = 0;
	let shown: Search['results'] = [];
	let shownCount = 0;

	function clearFilters() {
		for (const values of selected.values()) values.clear();
		void run();
		input.focus();
	}

	function renderFilters(counts: Filters) {
		const active = activeFilters();
		const wide = matchMedia('(min-width: 50rem)').matches;
		const groups = FILTERS.filter((f) => allFilters[f.key]).map((f, i) => {
			const values = Object.keys(allFilters[f.key]).sort((a, b) => a.localeCompare(b));
			const chosen = selected.get(f.key)!;
			const items = values.map((value) => {
				const count = counts[f.key]?.[value] ?? 0;
				const box = element('input', { type: 'checkbox', checked: chosen.has(value), value });
				box.addEventListener('change', () => {
					if (box.checked) chosen.add(value);
					else chosen.delete(value);
					void run();
				});
				return element(
					'li',
					{},
					element('label', { className: count === 0 ? 'hb-zero' : '' }, box, `${value} (${count})`),
				);
			});
			const summary = f.label + (chosen.size > 0 ? ` (${chosen.size} selected)` : '');
			const details = element('details', { open: chosen.size > 0 || (wide && i === 0) });
			details.append(element('summary', {}, summary), element('ul', {}, ...items));
			return details;
		});
		const filterBar = element('div', { className: 'hb-search-filters' }, ...groups);
		filtersBox.replaceChildren(filterBar);
		if (active.length > 0) {
			const chips = active.flatMap(([key, values]) =>
				[...values].map((value) => {
					const label = FILTERS.find((f) => f.key === key)!.label;
					const chip = element('button', {
						type: 'button',
						className: 'hb-search-chip',
						title: `Remove the filter ${label}: ${value}`,
					});
					chip.append(`${label}: ${value} `, element('span', { ariaHidden: 'true' }, '×'));
					chip.setAttribute('aria-label', `Remove filter ${label}: ${value}`);
					chip.addEventListener('click', () => {
						selected.get(key)!.delete(value);
						void run();
						input.focus();
					});
					return chip;
				}),
			);
			const clear = element('button', { type: 'button', className: 'hb-search-clear' }, 'Clear filters');
			clear.addEventListener('click', clearFilters);
			filtersBox.prepend(element('p', { className: 'hb-search-active' }, 'Filtered by:', ...chips, clear));
		}
	}

	function describeFilters() {
		return activeFilters()
			.map(([key, values]) => `${FILTERS.find((f) => f.key === key)!.label}: ${[...values].join(' or ')}`)
			.join('; ');
	}

	async function renderResults(results: Search['results'], from: number, current: number) {
		const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
		if (current !== generation) return;
		for (const data of page) {
			const item = element(
				'li',
				{},
				element('a', { className: 'hb-result-title', href: data.url }, data.meta.title ?? data.url),
			);
			const excerpt = element('p', { className: 'hb-result-excerpt' });
			excerpt.innerHTML = safeExcerpt(data.excerpt);
			item.append(excerpt);
			const pageTitle = (data.meta.title ?? '').replace(/ · [^·]+$/, '');
			const sections = data.sub_results
				.filter((s) => s.url.includes('#') && s.title !== pageTitle && s.title !== data.meta.title)
				.slice(0, 3);
			if (sections.length > 0)
				item.append(
					element(
						'ul',
						{ className: 'hb-result-sections' },
						...sections.map((s) => element('li', {}, element('a', { href: s.url }, s.title))),
					),
				);
			list.append(item);
		}
		shownCount = from + page.length;
		more.hidden = shownCount >= results.length;
	}

	/** One-click searches for the words that were left out but are found on their own. */
	function alternatives(relaxation: Relaxation): (Node | string)[] {
		const words = relaxation.dropped.filter((w) => relaxation.found.includes(w));
		if (words.length === 0) return [];
		return [
			' Search instead for: ',
			...words.flatMap((word, i) => {
				const link = element('button', { type: 'button', className: 'hb-search-clear' }, word);
				link.addEventListener('click', () => {
					input.value = word;
					void run();
					input.focus();
				});
				return i === 0 ? [link] : [' ', link];
			}),
		];
	}

	function setStatus(...parts: (Node | string)[]) {
		status.replaceChildren(...parts);
	}

	async function run() {
		const current = ++generation;
		const query = input.value.trim();
		const filters = pagefindFilters();
		const filtered = Object.keys(filters).length > 0;

		let relaxation: Relaxation = { query, count: 0, dropped: [], found: [], reason: 'none' };
		let search: Search | null = null;
		let counts: Filters = allFilters;
		if (query) {
			const cache = new Map<string, Promise<Search>>();
			const find = (q: string) => {
				if (!cache.has(q)) cache.set(q, pagefind.search(q, { filters }));
				return cache.get(q)!;
			};
			relaxation = await relaxQuery(query, async (q) => (await find(q)).results.length);
			search = await find(relaxation.query);
			// Counts beside each filter value: what the query finds without filters, so a
			// ticked value that hides everything still shows where the results are.
			counts = filtered ? (await pagefind.search(relaxation.query)).filters : search.filters;
		} else if (filtered) {
			search = await pagefind.search(null, { filters });
		}
		if (current !== generation) return;

		renderFilters(counts);
		list.replaceChildren();
		more.hidden = true;
		shown = search?.results ?? [];

		if (!search) {
			setStatus('Type to search, or choose a filter to list its pages.');
			return;
		}
		const n = shown.length;
		const noun = n === 1 ? 'page' : 'pages';
		if (n === 0 && filtered) {
			const unfiltered = query ? (await pagefind.search(relaxation.query)).results.length : 0;
			if (current !== generation) return;
			const clear = element('button', { type: 'button', className: 'hb-search-clear' }, 'Clear filters');
			clear.addEventListener('click', clearFilters);
			setStatus(
				'No results with the filters ',
				element('strong', {}, describeFilters()),
				unfiltered > 0 ? `. Without filters: ${unfiltered} ${unfiltered === 1 ? 'page' : 'pages'}. ` : '. ',
				clear,
			);
			return;
		}
		if (n === 0) {
			setStatus('No results for ', element('strong', {}, `“${query}”`), '. Try fewer or other words.');
			return;
		}
		if (relaxation.reason === 'none') {
			setStatus(`${n} ${noun}` + (filtered ? ` with the filters ${describeFilters()}` : ''));
		} else {
			setStatus(
				'No page has every word of ',
				element('strong', {}, `“${query}”`),
				`. Showing ${n} ${noun} for `,
				element('strong', {}, `“${relaxation.query}”`),
				` (left out: ${relaxation.dropped.join(', ')}).`,
				...alternatives(relaxation),
			);
		}
		await renderResults(shown, 0, current);
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	more.addEventListener('click', () => void renderResults(shown, shownCount, generation));
	// Following a result closes the dialog (needed when the result is on the current page).
	list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) dialog.close();
	});

	await run();
	return {
		open() {
			input.focus();
		},
	};
}
