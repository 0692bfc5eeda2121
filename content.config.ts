import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookPageSchema } from './src/lib/handbook/pageSchema';
import { isPublicBuild } from './src/lib/site/options';
import { isPublic, pageVisibility } from './src/lib/site/visibility';
import { frontmatterProblems } from './src/lib/site/authorContent';

const publicBuild = isPublicBuild();

type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

// The frontmatter as written meets the author allowlist first (unknown keys,
// markup in strings, head:), so `astro dev` refuses what the build refuses;
// src/config/pageChecks.ts reports the same with line numbers. In the public
// build every page that is not explicitly public becomes a draft, which
// Starlight leaves out of the routes, sidebar and search index.
const pageSchema = (context: SchemaContext) =>
	z
		.unknown()
		.superRefine((raw, check) => {
			for (const problem of frontmatterProblems(raw))
				check.addIssue({ code: 'custom', message: problem.message, path: problem.path });
		})
		.pipe(
			docsSchema({ extend: handbookPageSchema })(context).transform((page) => ({
				...page,
				draft: page.draft || (publicBuild && !isPublic(pageVisibility(page))),
			})),
		);

/** A hero image is the one field resolved relative to its page (the context's image()). */
const hasHeroImage = (raw: unknown) =>
	typeof raw === 'object' && raw !== null && 'hero' in raw && !!(raw.hero as { image?: unknown } | null)?.image;

// Astro asks for a collection's schema once per page, and building Starlight's
// schema costs more than parsing with it (about 1 ms a page): pages without a
// hero image share one schema, built once; a page with one gets its own.
let shared: ReturnType<typeof pageSchema> | undefined;

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: (context) =>
			z.unknown().transform(async (raw, check) => {
				const schema = hasHeroImage(raw) ? pageSchema(context) : (shared ??= pageSchema(context));
				const result = await schema.safeParseAsync(raw);
				if (result.success) return result.data;
				// The page's own issues, paths and messages as they are.
				for (const issue of result.error.issues) check.issues.push({ ...issue, input: undefined });
				return z.NEVER;
			}),
	}),
};
