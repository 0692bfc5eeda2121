import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookPageSchema } from './src/lib/handbook/pageSchema';
import { siteOptions } from './src/lib/site/options';
import { isPublicPage } from './src/lib/site/audience';

const { audience } = siteOptions();

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// In the public build every page that is not explicitly public becomes a
		// draft, which Starlight leaves out of the routes, sidebar and search index.
		schema: (context) =>
			docsSchema({ extend: handbookPageSchema })(context).transform((page) => ({
				...page,
				draft: page.draft || (audience === 'public' && !isPublicPage(page)),
			})),
	}),
};
