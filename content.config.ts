import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookPageSchema } from './src/lib/handbook/pageSchema';
import { siteOptions } from './src/lib/site/options';
import { isPublicPage } from './src/lib/site/audience';
import { frontmatterProblems } from './src/lib/site/authorContent';

const { audience } = siteOptions();

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// The frontmatter as written meets the author allowlist first (unknown
		// keys, markup in strings, head:), so `astro dev` refuses what the build
		// refuses; src/build/pageChecks.ts reports the same with line numbers.
		// In the public build every page that is not explicitly public becomes a
		// draft, which Starlight leaves out of the routes, sidebar and search index.
		schema: (context) =>
			z
				.unknown()
				.superRefine((raw, check) => {
					for (const problem of frontmatterProblems(raw))
						check.addIssue({ code: 'custom', message: problem.message, path: problem.path });
				})
				.pipe(
					docsSchema({ extend: handbookPageSchema })(context).transform((page) => ({
						...page,
						draft: page.draft || (audience === 'public' && !isPublicPage(page)),
					})),
				),
	}),
};
