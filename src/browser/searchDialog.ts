// The search dialog's behaviour, loaded when a reader shows the intent to
// search (see Search.astro), while Pagefind and the question vocabulary load
// beside it. The box is on the page before any of it arrives; what was typed
// meanwhile is searched as soon as Pagefind is ready, and results show as they
// come: the first few at once, each with its excerpt (one fragment request a
// result), the rest as the reader scrolls to them or asks for more. Results
// come first, with the filters one click away under a closed "Filters"
// disclosure; active filters are listed with a one-click clear. A question is
// searched by the words that answer it (src/lib/search/questions.ts: "how much
// does a CSM earn" → "csm salary"); a query that finds nothing is searched
// again with fewer words, the most specific kept longest
// (src/lib/search/query.ts), and the status line says so; no results under
// filters says which filters hide them.
import { safeExcerpt } from '~/lib/search/excerpt';
import { relaxQuery, type Relaxation } from '~/lib/search/query';
import { planQuery, type QueryPlan, type QuestionTopic } from '~/lib/search/questions';

type Filters = Record<string, Record<string, number>>;
type ResultData = {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: { title: string; url: string; excerpt: string }[];
};
type Search = { results: { id: string; data(): Promise<ResultData> }[]; filters: Filters };
export type Pagefind = {
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
/** Results shown at once, and added each time the reader reaches the end or asks for more: what fills a screen. */
const PAGE_SIZE = 5;
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

/** Wires the dialog in `root`; `pagefind` is Pagefind's module, whose loading Search.astro started beside this one. */
export function searchDialog(root: HTMLElement, pagefindModule: Promise<Pagefind>): { open(): void } {
	const dialog = root.querySelector('dialog')!;
	const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
	const filtersBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
	// The closed "Filters" disclosure is on the page from the start (Search.astro); its lists fill in here.
	const filterBar = filtersBox.querySelector<HTMLDetailsElement>('details.hb-search-filters')!;
	const filterSummary = filterBar.querySelector('summary')!;
	const filterGroups = filterBar.querySelector<HTMLElement>('.hb-search-filter-groups')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

	const base = root.dataset.base ?? '/';
	// The question vocabulary, read while Pagefind sets up; search still works, word for word, when it cannot be read.
	const vocabulary = fetch(`${base.replace(/\/?$/, '/')}search-vocabulary.json`)
		.then((r) => (r.ok ? r.json() : null))
		.catch(() => null)
		.then((v: { topics?: QuestionTopic[]; specific?: string[] } | null) => ({
			topics: Array.isArray(v?.topics) ? v.topics : [],
			specific: new Set(Array.isArray(v?.specific) ? v.specific.map(String) : []),
		}));
	// Pagefind, set up as soon as its module is in.
	const ready = pagefindModule.then(async (pagefind) => {
		await pagefind.options({ baseUrl: base, excerptLength: 22 });
		await pagefind.init();
		return pagefind;
	});
	// Every filter value, for the filter lists; read beside the first query, never before it.
	const everyFilter = ready.then((pagefind) => pagefind.filters());

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

	function renderFilters(allFilters: Filters, counts: Filters) {
		const active = activeFilters();
		const groups = FILTERS.filter((f) => allFilters[f.key]).map((f, i) => {
			const values = Object.keys(allFilters[f.key]!).sort((a, b) => a.localeCompare(b));
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
			// Inside the closed "Filters", the first group is open: one click shows its values.
			const details = element('details', { open: chosen.size > 0 || i === 0 });
			details.append(element('summary', {}, summary), element('ul', {}, ...items));
			return details;
		});
		// Closed until opened, so results start at the top of the dialog; it stays as the reader left it.
		if (active.length > 0) filterBar.open = true;
		filterSummary.textContent = active.length > 0 ? `Filters (${active.length} in use)` : 'Filters';
		filterGroups.replaceChildren(...groups);
		filtersBox.querySelector('.hb-search-active')?.remove();
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

	/** Shows results from `from` on, in order, each as soon as its fragment arrives: one request a result shown. */
	async function renderResults(results: Search['results'], from: number, current: number) {
		const batch = results.slice(from, from + PAGE_SIZE).map((r) => r.data());
		shownCount = from + batch.length;
		more.hidden = true;
		for (const pending of batch) {
			const data = await pending;
			if (current !== generation) return;
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
		more.hidden = shownCount >= results.length;
	}

	/** The next results, when the reader asks for them or scrolls to the end of those shown. */
	function showMore() {
		if (!more.hidden && shownCount < shown.length) void renderResults(shown, shownCount, generation);
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

		let pagefind: Pagefind;
		try {
			pagefind = await ready;
		} catch {
			if (current === generation) setStatus('Search could not be loaded. Check the connection and reload the page.');
			return;
		}
		let relaxation: Relaxation = { query, count: 0, dropped: [], found: [], reason: 'none' };
		let plan: QueryPlan = { query, replaced: [], dropped: [], keep: new Set() };
		let search: Search | null = null;
		let counts: Filters | null = null;
		if (query) {
			const cache = new Map<string, Promise<Search>>();
			const find = (q: string) => {
				if (!cache.has(q)) cache.set(q, pagefind.search(q, { filters }));
				return cache.get(q)!;
			};
			const { topics, specific } = await vocabulary;
			plan = planQuery(query, topics, specific);
			relaxation = await relaxQuery(plan.query || query, async (q) => (await find(q)).results.length, plan.keep);
			search = await find(relaxation.query);
			// Counts beside each filter value: what the query finds without filters, so a
			// ticked value that hides everything still shows where the results are.
			counts = filtered ? (await pagefind.search(relaxation.query)).filters : search.filters;
		} else if (filtered) {
			search = await pagefind.search(null, { filters });
		}
		if (current !== generation) return;

		// The filter lists follow the results rather than hold them up.
		void everyFilter.then(
			(all) => current === generation && renderFilters(all, counts ?? all),
			() => undefined,
		);
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
		const notes = [
			...plan.replaced.map((r) => `${r.asked} → ${r.search}`),
			...(plan.dropped.length ? [`left out: ${plan.dropped.join(', ')}`] : []),
		];
		const searchedFor = notes.length ? ` for “${relaxation.query}” (${notes.join('; ')})` : '';
		if (relaxation.reason === 'none') {
			setStatus(`${n} ${noun}` + searchedFor + (filtered ? ` with the filters ${describeFilters()}` : ''));
		} else {
			setStatus(
				'No page has every word of ',
				element('strong', {}, `“${query}”`),
				`. Showing ${n} ${noun} for `,
				element('strong', {}, `“${relaxation.query}”`),
				` (left out: ${[...plan.dropped, ...relaxation.dropped].join(', ')}).`,
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
	more.addEventListener('click', showMore);
	const frame = more.parentElement!;
	frame.addEventListener('scroll', () => {
		if (frame.scrollTop + frame.clientHeight >= frame.scrollHeight - more.offsetHeight * 2) showMore();
	});
	// Following a result closes the dialog (needed when the result is on the current page).
	list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) dialog.close();
	});

	void run();
	return {
		open() {
			input.focus();
		},
	};
}
