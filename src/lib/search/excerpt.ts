/**
 * Pagefind's excerpts are text with <mark> around matched words. The dialog
 * puts them into the page as HTML, so everything but <mark> is escaped first.
 */
export function safeExcerpt(excerpt: string): string {
	const escaped = excerpt
		.replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
	return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}
