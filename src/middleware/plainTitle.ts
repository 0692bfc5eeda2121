// Starlight route middleware: the page title is text. Starlight's <head>
// renders every head entry's content as HTML, so a title such as
// `x </title><script>…` would become markup; escaping it here keeps the
// title plain whatever reached it (the frontmatter guard refuses markup too).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '~/lib/site/authorContent';

export const onRequest = defineRouteMiddleware((context) => {
	for (const entry of context.locals.starlightRoute.head)
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
});
