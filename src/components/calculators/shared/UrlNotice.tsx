/** Says, in words, that a shared link was ignored and why. */
export function UrlNotice({ rejected, onDismiss }: { rejected: string[]; onDismiss: () => void }) {
	if (rejected.length === 0) return null;
	return (
		<div class="hb-notice" role="alert">
			<p>
				The shared link had values that could not be used ({rejected.join(', ')}), so the calculator shows its default
				values instead.
			</p>
			<button type="button" onClick={onDismiss}>
				Dismiss
			</button>
		</div>
	);
}
