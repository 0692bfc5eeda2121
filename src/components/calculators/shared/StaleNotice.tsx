/** Says that the results on screen come from the last valid inputs, while a field is wrong. */
export function StaleNotice({ stale, what = 'the results' }: { stale: boolean; what?: string }) {
	if (!stale) return null;
	return <p class="hb-error">Fix the highlighted fields; {what} use the last valid values.</p>;
}
