// /search-vocabulary.json: what the search dialog needs to read plain
// questions (src/lib/search/questions.ts), from content/data/synonyms.yaml:
// the question vocabulary and the glossary's single-word terms. Fetched when
// search is first opened, so pages carry none of it.
import type { APIRoute } from 'astro';
import { synonyms } from '~/lib/data/synonyms';
import { specificWords } from '~/lib/search/questions';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			topics: synonyms.questions,
			specific: [...specificWords(synonyms.groups.flatMap((g) => g.forms))],
		}),
		{ headers: { 'content-type': 'application/json; charset=utf-8' } },
	);
