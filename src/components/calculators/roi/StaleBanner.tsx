/** Says that the results on screen come from the last valid inputs, while a field is wrong. */
export function StaleBanner({ stale }: { stale: boolean }) {
	if (!stale) return null;
	return <p class="hb-error">Fix the highlighted fields; the results use the last valid values.</p>;
}
