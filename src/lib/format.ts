/**
 * Display formatting shared by data tables and calculators (en-US, whole
 * dollars unless asked). Every formatter refuses non-finite numbers and
 * turns negative zero into zero, so a page can never print NaN, Infinity or -0.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-US', options);
		cache.set(key, f);
	}
	return f;
}

function clean(value: number): number {
	if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
	return Object.is(value, -0) || Math.abs(value) < 1e-9 ? 0 : value;
}

export function formatDollars(value: number, fractionDigits = 0): string {
	return formatter(`usd${fractionDigits}`, {
		style: 'currency',
		currency: 'USD',
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits,
	}).format(clean(Number(value.toFixed(fractionDigits))));
}

export function formatNumber(value: number, maxFractionDigits = 0): string {
	return formatter(`num${maxFractionDigits}`, { maximumFractionDigits: maxFractionDigits }).format(
		clean(Number(value.toFixed(maxFractionDigits))),
	);
}

/** `ratePct` is a percent (25 means 25%). */
export function formatPercent(ratePct: number, maxFractionDigits = 1): string {
	return `${formatNumber(ratePct, maxFractionDigits)}%`;
}
