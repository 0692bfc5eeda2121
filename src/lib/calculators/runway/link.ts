/**
 * The runway's link as the island uses it: a model in the fragment
 * (urlState.ts), or `?preset=` naming one of the page's presets. The
 * encoding and the model reader (model.ts, with its schema) load on use:
 * when an address carries a model, and with the first edit the address
 * follows or the first link copied.
 */
import type { LinkFormat } from '~/lib/calculators/shared/urlState';
import { formFromInputs, type RunwayForm } from './form';
import type { RunwayInputs } from './schema';

export function runwayLink(
	presets: readonly { id: string; inputs: RunwayInputs }[],
): LinkFormat<RunwayForm, RunwayInputs> {
	return {
		async read({ search, hash }) {
			if (/\bmodel=/.test(search + hash)) {
				const state = (await import('./model')).readRunwayUrl(search, hash);
				if (state) return state.value ? { value: formFromInputs(state.value), rejected: [] } : state;
			}
			const preset = presets.find((p) => p.id === new URLSearchParams(search).get('preset'));
			return preset ? { value: formFromInputs(preset.inputs), rejected: [] } : null;
		},
		write: async (inputs, { search }) => (await import('./urlState')).runwayAddress(inputs, search),
	};
}
