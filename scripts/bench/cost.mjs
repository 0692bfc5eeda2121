// How the build-cost bench turns build times into a fixed cost and a cost per
// page (scripts/bench.mjs), kept apart so that tests can check it by hand.

/**
 * Fixed cost and cost per page from build times: `t.outside[n]` and
 * `t.inside[n]`, seconds at each size n. Outside the sidebar a page costs the
 * same whatever the size of the site:
 *   per page = (t(large) - t(small)) / (large - small); fixed = t(small) - small × per page.
 * Inside the sidebar every page lists every other, so a page costs more the
 * larger the site: per page at N pages = (t(N) - fixed) / N, with the fixed
 * cost measured outside the sidebar (the same site without the listing).
 */
export function splitCost(t, sizes) {
	const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
	const perPage = (t.outside[large] - t.outside[small]) / (large - small);
	const fixed = t.outside[small] - small * perPage;
	const inside = Object.fromEntries(sizes.map((size) => [size, (t.inside[size] - fixed) / size]));
	return { fixed, perPage, inside };
}

/** The geometric mean of ratios (one per round; the rounds alternate which site starts first). */
export function meanRatio(ratios) {
	if (ratios.length === 0) throw new Error('no ratio to average');
	return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}

/**
 * The handbook's cost split against plain Starlight's, from builds run side by
 * side: `rho[where][n]` is the handbook's time over plain Starlight's at each
 * size, `plain[where][n]` plain Starlight's times. The handbook's times are
 * taken as rho × plain's, so what the machine did between one size's builds
 * and the next cancels out of the split: a ratio that is the same at every
 * size gives that ratio for the fixed cost and the cost per page alike.
 */
export function pairedSplit(rho, plain, sizes) {
	const scaled = Object.fromEntries(
		Object.entries(plain).map(([where, bySize]) => [
			where,
			Object.fromEntries(sizes.map((size) => [size, rho[where][size] * bySize[size]])),
		]),
	);
	const handbook = splitCost(scaled, sizes);
	const base = splitCost(plain, sizes);
	return {
		handbook,
		plain: base,
		ratios: {
			perPage: handbook.perPage / base.perPage,
			fixed: handbook.fixed / base.fixed,
			inside: Object.fromEntries(sizes.map((size) => [size, handbook.inside[size] / base.inside[size]])),
		},
	};
}
