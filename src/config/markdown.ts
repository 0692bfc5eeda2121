// What the handbook adds to Astro's Markdown processor (Sätteri, Astro's
// default, which parses and renders in native code and calls these plugins
// only on the nodes they name):
// - the author-content guard on MDX pages as they compile
//   (src/config/remarkAuthorContent.ts; Markdown pages meet it before the
//   build, in src/config/pageChecks.ts);
// - root-relative links get the base path when the site is deployed under
//   one (BASE_PATH): authors write "/runbooks/incident-response/";
// - tables take keyboard focus: Starlight lets a wide table scroll sideways,
//   and a region that scrolls must be reachable with the keyboard (WCAG 2.1.1).
import type { AstroIntegration } from 'astro';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { satteriAuthorContent } from './remarkAuthorContent';

export function baseLinksPlugin(base: string): MdastPluginDefinition {
	const prefix = base.replace(/\/$/, '');
	return {
		name: 'handbook-base-links',
		link(node, ctx) {
			// Authors never write the base path, so every root-relative link gets it.
			if (node.url.startsWith('/') && !node.url.startsWith('//')) ctx.setProperty(node, 'url', prefix + node.url);
		},
	};
}

export const focusableTablesPlugin: HastPluginDefinition = {
	name: 'handbook-focusable-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			ctx.setProperty(node, 'tabIndex', 0);
		},
	},
};

type Processor = { name: string; options: { mdastPlugins: unknown[]; hastPlugins: unknown[] } };

export function markdownIntegration({ base }: { base: string }): AstroIntegration {
	return {
		name: 'handbook-markdown',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const processor = config.markdown.processor as unknown as Processor;
				// Fail closed: without Sätteri, MDX would compile without the guard.
				if (processor.name !== 'satteri')
					throw new Error(
						`the handbook's Markdown plugins need Astro's default processor (Sätteri), not ${JSON.stringify(processor.name)}`,
					);
				// The guard sees the page as written, before Starlight's asides and any other plugin.
				processor.options.mdastPlugins.unshift(({ sourceFormat }: { sourceFormat: string }) =>
					sourceFormat === 'mdx' ? satteriAuthorContent : undefined,
				);
				if (base !== '/') processor.options.mdastPlugins.push(baseLinksPlugin(base));
				processor.options.hastPlugins.push(focusableTablesPlugin);
			},
		},
	};
}
