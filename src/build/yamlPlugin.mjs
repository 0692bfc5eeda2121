// Lets modules import content/data/*.yaml as plain objects. Validation happens
// where the data is used (src/lib/data), so a bad file fails the build there.
import { parse } from 'yaml';

export function yamlPlugin() {
	return {
		name: 'handbook-yaml',
		transform(code, id) {
			if (!/\.ya?ml$/.test(id.split('?')[0])) return null;
			return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
		},
	};
}
