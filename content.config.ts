import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookPageSchema } from './src/lib/handbook/pageSchema';
import { siteOptions } from './src/build/siteOptions.mjs';

const { audience } = siteOptions();

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// In the public build an internal page becomes a draft, which Starlight
		// leaves out of the routes, the sidebar and the search index.
		schema: (context) =>
			docsSchema({ extend: handbookPageSchema })(context).transform((page) => ({
				...page,
				draft: page.draft || (audience === 'public' && page.visibility === 'internal'),
			})),
	}),
};
