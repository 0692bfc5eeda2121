import { z } from 'zod';

export const sourceNotesSchema = z.strictObject({
	notes: z
		.array(
			z
				.object({
					id: z.string().regex(/^[a-z0-9-]+$/),
					title: z.string().min(1),
					check: z.string().optional(),
					source: z.string().min(1),
					pages: z.array(z.string().startsWith('/')).min(1),
					internal: z.boolean().default(false),
					stated: z.array(z.strictObject({ label: z.string(), value: z.string() })).optional(),
					// Phrases that appear only where a contradicted figure is stated; a page
					// showing one must link the note (checked on the built site).
					figures: z.array(z.string().min(2)).default([]),
					explanation: z.string().min(1),
				})
				.refine((n) => n.check || n.stated, 'a note needs a computed check or stated figures'),
		)
		.min(1),
});
