// content/data/synonyms.yaml, parsed once. Read by the MarkdownContent
// override (src/components/starlight/MarkdownContent.astro), which adds each
// page's synonyms to the search index.
import raw from '../../../content/data/synonyms.yaml';
import { synonymMatcher, synonymsSchema } from '~/lib/search/synonyms';
import { parseDataFile } from './schemas';

export const synonyms = parseDataFile(synonymsSchema, raw, 'synonyms.yaml');

/** The forms to add to a page's search entry, given its rendered HTML. */
export const synonymsForHtml = (() => {
	const match = synonymMatcher(synonyms.groups);
	return (html: string) => match(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
})();
