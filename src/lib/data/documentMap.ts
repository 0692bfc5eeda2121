import { readData } from './registry';

/** Where a document the planning files name now lives in the handbook (content/data/document-map.yaml, the one map). */
export function handbookPageOf(file: string): string {
	const found = readData('document-map').documents.find((d) => d.file === file);
	if (!found) throw new Error(`content/data/document-map.yaml has no entry for ${file}`);
	return found.page;
}
