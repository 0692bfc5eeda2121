// Lets modules import content/data/*.yaml as plain objects. A syntax error
// or a duplicate key stops the build naming the file and line; validation
// against the schemas happens in src/lib/data/registry.ts.
// js-yaml with its core schema: the same values as YAML 1.2's core schema for
// every data file (dates stay text), an order of magnitude faster than `yaml`.
import { CORE_SCHEMA, load } from 'js-yaml';
import { relative } from 'node:path';

export function yamlPlugin() {
	// Each build environment (server, prerender, browser) imports the same
	// files: parse each text once.
	const parsed = new Map();
	return {
		name: 'handbook-yaml',
		transform(code, id) {
			const file = id.split('?')[0];
			if (!/\.ya?ml$/.test(file)) return null;
			const key = `${file}\0${code}`;
			if (parsed.has(key)) return parsed.get(key);
			let data;
			try {
				// A duplicate key is an error, as it should be.
				data = load(code, { schema: CORE_SCHEMA, filename: file });
			} catch (error) {
				throw new Error(`${relative(process.cwd(), file)} is not valid YAML: ${error.message}`);
			}
			const result = { code: `export default ${JSON.stringify(data)};`, map: null };
			parsed.set(key, result);
			return result;
		},
	};
}
