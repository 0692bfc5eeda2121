// content/data/synonyms.yaml, parsed once. Read by the MarkdownContent
// override (src/components/starlight/MarkdownContent.astro), which adds each
// page's synonyms to the search index.
import { synonymMatcher } from '~/lib/search/synonyms';
import { readData } from './registry';

export const synonyms = readData('synonyms');

/** The forms to add to a page's search entry, given its rendered HTML. */
export const synonymsForHtml = (() => {
	const match = synonymMatcher(synonyms.groups);
	return (html: string) => match(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
})();
