import { readData } from './registry';

/** One template of content/data/templates.yaml by id; an unknown id fails the build. */
export function template(id: string) {
	const found = readData('templates').templates.find((t) => t.id === id);
	if (!found) throw new Error(`content/data/templates.yaml has no template "${id}"`);
	return found;
}
