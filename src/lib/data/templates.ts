import { z } from 'zod';
import raw from '../../../content/data/templates.yaml';
import { parseDataFile } from './schemas';

export const templatesSchema = z.object({
	templates: z.array(
		z.object({
			id: z.string().regex(/^[a-z0-9-]+$/),
			title: z.string().min(1),
			file: z.string().regex(/^[\w.-]+\.md$/),
			source: z.string(),
			body: z.string().min(1),
		}),
	),
});

export const templates = parseDataFile(templatesSchema, raw, 'templates.yaml').templates;

export function template(id: string) {
	const found = templates.find((t) => t.id === id);
	if (!found) throw new Error(`content/data/templates.yaml has no template "${id}"`);
	return found;
}
