import { describe, expect, it } from 'vitest';
import { safeExcerpt } from '~/lib/search/excerpt';

describe('safeExcerpt', () => {
	it('keeps <mark> and escapes every other tag', () => {
		expect(safeExcerpt('<mark>ARR</mark> <img src=x onerror=alert(1)> & more')).toBe(
			'<mark>ARR</mark> &lt;img src=x onerror=alert(1)&gt; &amp; more',
		);
	});
	it('does not escape entities twice', () => {
		expect(safeExcerpt('R&amp;D &lt;b&gt;')).toBe('R&amp;D &lt;b&gt;');
	});
});
