// The build's CSP pass reads pages as bytes (pageWithPolicy); it must find
// exactly the inline scripts and styles the text pattern finds (inlineTexts,
// pagePolicy) and write the same page.
import { describe, expect, it } from 'vitest';
import { inlineTexts, pagePolicy, pageWithPolicy, sha256, withPolicy } from '~/config/cspIntegration';

const trusted = new Map(
	['a()', 'b { color: red }', 'é → ü', 'const s = "<style>x</style>"; </scr" + "ipt>'].map((t) => [sha256(t), t]),
);

const PAGES = {
	plain:
		'<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>a()</script></head><body>x</body></html>',
	'style and multibyte text':
		'<html><head><meta charset="utf-8"><style>b { color: red }</style></head><body><p>€</p><script type="module">é → ü</script></body></html>',
	'external and data-src scripts are files':
		'<html><head><meta charset="utf-8"><script src="/a.js"></script><script data-src="x">a()</script></head><body></body></html>',
	'a tag name that only starts like one':
		'<html><head><meta charset="utf-8"></head><body><scripts>a()</scripts><styles>x</styles><script>a()</script></body></html>',
	'markup inside a script body':
		'<html><head><meta charset="utf-8"></head><body><script>const s = "<style>x</style>"; </scr" + "ipt></script><style>b { color: red }</style></body></html>',
	'an element never closed': '<html><head><meta charset="utf-8"></head><body><script>a()</body></html>',
	'an untrusted script': '<html><head><meta charset="utf-8"></head><body><script>evil()</script></body></html>',
	'a policy already there':
		'<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="old"></head><body><script>a()</script></body></html>',
	'no charset': '<html><head><title>t</title></head><body><style>b { color: red }</style></body></html>',
};

describe('the byte pass agrees with the text pattern', () => {
	it.each(Object.entries(PAGES))('%s', (_, html) => {
		const expected = pagePolicy(html, trusted);
		const got = pageWithPolicy(Buffer.from(html, 'utf8'), trusted);
		expect(got.page.toString('utf8')).toBe(withPolicy(html, expected.policy));
		expect(got.untrusted).toEqual(expected.untrusted);
		expect([...got.hashes.scripts]).toEqual([...expected.hashes.scripts]);
		expect([...got.hashes.styles]).toEqual([...expected.hashes.styles]);
	});

	it('finds every inline element of a page with the pattern', () => {
		// Known answer: the script and the style of the markup page, not the text inside the script.
		expect(inlineTexts(PAGES['markup inside a script body']).map((t) => t.tag)).toEqual(['script', 'style']);
		expect(pageWithPolicy(Buffer.from(PAGES['an untrusted script']), trusted).untrusted).toEqual([
			{ tag: 'script', text: 'evil()' },
		]);
	});
});
