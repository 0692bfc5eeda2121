// Lets modules import content/data/*.yaml as plain objects. A syntax error
// or a duplicate key stops the build naming the file and line; validation
// against the schemas happens in src/lib/data/registry.ts.
import { parse } from 'yaml';
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
				data = parse(code, { uniqueKeys: true, prettyErrors: true });
			} catch (error) {
				throw new Error(`${relative(process.cwd(), file)} is not valid YAML: ${error.message}`);
			}
			const result = { code: `export default ${JSON.stringify(data)};`, map: null };
			parsed.set(key, result);
			return result;
		},
	};
}
