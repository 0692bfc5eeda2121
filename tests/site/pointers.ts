/**
 * Pointers in reader text: "see", "use", "follow" or "open" followed by a named
 * document ("use the offer templates", "see the source note"). A pointer must
 * either link to a page or heading, or name a declared gap (an element with
 * data-gap, rendered by the Gap component from content/data/gaps.yaml).
 *
 * Works on HTML strings so that it can be tested on small inputs
 * (tests/site/pointers.test.ts) as well as on the built site.
 */

/** Nouns that make the object of a pointer a document a reader would go and look for. */
const DOCUMENT =
	/\b(templates?|plans?|playbooks?|runbooks?|guides?|logs?|dashboards?|narratives?|checklists?|reports?|criteria|gates?|talking points|agreements?|NDAs?|scorecards?|frameworks?|roadmaps?|calculators?|notes?|sections?|inventory|trackers?|documents?|agendas?|certificates?|attestations?|worksheets?|glossary|FAQ|spreadsheets?|forms?|job descriptions|interview questions|rota|commands?|procedures?|policy|policies)\b/i;
const VERB = /(?<![-\w])(see|use|follow|open|read)(?![-\w])(?! case)/gi;
/** The page the reader is on ("use this calculator"). */
const THIS_PAGE = /^(this|these)\b/i;
/** An object that refers back to a document the same block has already linked ("its checklist"). */
const BACK_REFERENCE = /^(its|their|that|those|the same)\b/i;
const BLOCK_TAGS =
	/<\/?(?:p|li|h[1-6]|dd|dt|div|section|aside|tr|table|thead|tbody|ul|ol|blockquote|details|summary|figcaption|caption|br)\b[^>]*>/gi;

export type Pointer = { verb: string; object: string; block: string };

/** The reader text of a page's <main>, without what quotes or computes rather than points. */
export function readerBlocks(html: string): string[] {
	const main = (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html)
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
		// Calculator islands carry their own wording, tested with the calculators.
		.replace(/<astro-island[\s\S]*?<\/astro-island>/g, ' ')
		// Templates are text to copy, not directions; code is literal.
		.replace(/<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>/g, ' ')
		// A declared gap quotes what the plans say about it.
		.replace(/<aside class="hb-gap"[\s\S]*?<\/aside>/g, ' ⟪gap⟫ ')
		// The footer repeats other pages' titles; provenance tables name the original files.
		.replace(/<footer[\s\S]*?<\/footer>/g, ' ')
		.replace(/<table[^>]*data-provenance[\s\S]*?<\/table>/g, ' ');
	return (
		main
			// Line breaks between tags (a table row written one cell a line) are not blocks.
			.replace(/>\s+</g, '><')
			.replace(/<[^>]*\bdata-gap="[^"]*"[^>]*>/g, ' ⟪gap⟫ ')
			.replace(/<a\b[^>]*>([\s\S]*?)<\/a>/g, (_, text: string) => ` ⟦${text.replace(/<[^>]+>/g, '').trim()}⟧ `)
			.replace(/<\/?t[dh]\b[^>]*>/g, ' | ')
			.replace(BLOCK_TAGS, '\n')
			.replace(/<[^>]+>/g, '')
			.replace(/&nbsp;/g, ' ')
			.replace(/&amp;/g, '&')
			.replace(/&#39;|&#x27;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.split('\n')
			.map((line) => line.replace(/\s+/g, ' ').trim())
			.filter(Boolean)
	);
}

/** Pointers to a named document that neither link anywhere nor name a declared gap. */
export function unresolvedPointers(html: string): Pointer[] {
	const found: Pointer[] = [];
	for (const block of readerBlocks(html)) {
		// Link texts may hold commas and "and": swap them for placeholders before splitting.
		const links: string[] = [];
		const masked = block.replace(/⟦([^⟧]*)⟧/g, (_, text: string) => `⟦${links.push(text) - 1}⟧`);
		for (const clause of masked.split(/[.;!?](?=\s|$)|\s→\s|\s\|\s/)) {
			for (const match of clause.matchAll(VERB)) {
				const before = clause.slice(0, match.index);
				let after = clause.slice(match.index + match[0].length).replace(/^[:\s]+/, '');
				// A pointer inside brackets ends with them.
				const close = after.indexOf(')');
				const open = after.indexOf('(');
				if (
					(before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0) ||
					(close >= 0 && (open < 0 || close < open))
				)
					after = after.slice(0, close >= 0 ? close : undefined);
				// Asides in brackets are not the pointer's object; a link or gap in them still counts for it.
				after = after
					.replace(/\(([^()]*)\)/g, (_, inner: string) => (/⟦\d+⟧|⟪gap⟫/.test(inner) ? ` ${inner} ` : ' '))
					.split(/\s+/)
					.slice(0, 14)
					.join(' ');
				for (const part of after.split(/,\s+|\s+(?:and|or|then|with)\s+/)) {
					const plain = part.replace(/⟦\d+⟧/g, ' ');
					if (!DOCUMENT.test(plain)) continue;
					if (/⟦\d+⟧|⟪gap⟫/.test(part)) continue;
					if (THIS_PAGE.test(part.trim())) continue;
					if (BACK_REFERENCE.test(part.trim()) && /⟦\d+⟧|⟪gap⟫/.test(masked)) continue;
					found.push({
						verb: match[0],
						object: part.replace(/⟦(\d+)⟧/g, (_, i: string) => `[${links[Number(i)]}]`),
						block: block.slice(0, 160),
					});
				}
			}
		}
	}
	return found;
}
