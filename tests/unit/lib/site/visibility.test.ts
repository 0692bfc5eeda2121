import { describe, expect, it } from 'vitest';
import {
	VISIBILITIES,
	dataFileVisibility,
	declaredVisibility,
	internalPaths,
	isInternalPath,
	isPublic,
	linksInternal,
	pageVisibility,
	parseEdition,
	resolveLink,
	splitByVisibility,
} from '~/lib/site/visibility';
import { isPublicBuild, siteOptions } from '~/lib/site/options';

describe('one word for public and internal', () => {
	it('only the exact word public is public', () => {
		expect(isPublic('public')).toBe(true);
		for (const value of [
			'internal',
			'Public',
			'public ',
			'',
			undefined,
			null,
			true,
			['public'],
			{ visibility: 'public' },
		])
			expect(isPublic(value), JSON.stringify(value)).toBe(false);
		expect(VISIBILITIES).toEqual(['public', 'internal']);
	});

	it('a page is public only when its frontmatter says so', () => {
		expect(pageVisibility({ visibility: 'public' })).toBe('public');
		for (const frontmatter of [{}, { visibility: 'internal' }, { visibility: 'Public' }, null, 'visibility: public'])
			expect(pageVisibility(frontmatter)).toBe('internal');
	});

	it('a data file declares public or internal; anything else is an error naming the file', () => {
		expect(declaredVisibility({ visibility: 'internal', rows: [] })).toBe('internal');
		expect(declaredVisibility({ visibility: 'external' })).toBeUndefined();
		expect(declaredVisibility(null)).toBeUndefined();
		expect(dataFileVisibility({ visibility: 'public' }, 'synonyms.yaml')).toBe('public');
		expect(() => dataFileVisibility({ rows: [] }, 'kpis.yaml')).toThrow(
			'content/data/kpis.yaml is invalid: visibility must be one of: public, internal',
		);
	});
});

describe('the edition a build makes', () => {
	it('is internal unless HANDBOOK_AUDIENCE says public; any other value lists the allowed ones, the default first', () => {
		expect(parseEdition(undefined)).toBe('internal');
		expect(parseEdition('public')).toBe('public');
		for (const value of ['Public', 'external', ''])
			expect(() => parseEdition(value)).toThrow(/is not an audience; use one of: internal, public/);
	});

	it('the site options carry it, and every consumer asks isPublicBuild', () => {
		expect(siteOptions({}).edition).toBe('internal');
		expect(isPublicBuild(siteOptions({}))).toBe(false);
		expect(isPublicBuild(siteOptions({ HANDBOOK_AUDIENCE: 'public' }))).toBe(true);
		expect(siteOptions({ HANDBOOK_AUDIENCE: 'public' }).outDir).toBe('./dist-public');
	});
});

describe('what is internal inside a data file', () => {
	it('a row marked internal and an internal… field are internal; the rest of a public file is public', () => {
		const data = { rows: [{ a: 1 }, { a: 2, internal: true }], note: 'x', internalNote: 'y' };
		const parts = splitByVisibility(data, 'public');
		expect(parts.public).toEqual([{ rows: [{ a: 1 }], note: 'x' }]);
		expect(parts.internal).toEqual([{ a: 2, internal: true }, expect.objectContaining({ internalNote: 'y' })]);
		expect(splitByVisibility(data, 'internal')).toEqual({ internal: [data], public: [] });
	});

	it('keeps nested public rows and dates; `internal: false` and a field merely containing "internal" stay public', () => {
		const day = new Date('2026-11-24T00:00:00Z');
		const data = {
			groups: [
				{
					items: [
						{ v: 1, internal: false },
						{ v: 2, internal: true },
					],
					since: day,
				},
			],
			internally: 'kept',
			internalDetail: 'dropped',
		};
		expect(splitByVisibility(data, 'public').public).toEqual([
			{ groups: [{ items: [{ v: 1, internal: false }], since: day }], internally: 'kept' },
		]);
	});
});

describe('links to internal pages', () => {
	const internal = internalPaths([
		{ path: '/plans/hiring-plan/', frontmatter: { visibility: 'internal' } },
		{ path: '/runbooks/incident-response/', frontmatter: {} },
		{ path: '/guides/for-prospects/', frontmatter: { visibility: 'public' } },
		// Internal pages with a public view of their own at the same path.
		{ path: '/', frontmatter: {} },
		{ path: '/calculators/roi/', frontmatter: {} },
	]);

	it('an internal page is any page not marked public, less the paths the public edition serves a view of its own at', () => {
		expect([...internal].sort()).toEqual(['/plans/hiring-plan/', '/runbooks/incident-response/']);
	});

	it('recognises a path with or without the base path, trailing slash, query or fragment', () => {
		expect(isInternalPath('/plans/hiring-plan', internal)).toBe(true);
		expect(isInternalPath('/plans/hiring-plan/?x=1#salaries', internal)).toBe(true);
		expect(isInternalPath('/handbook/plans/hiring-plan/', internal, '/handbook/')).toBe(true);
		expect(isInternalPath('/calculators/roi/', internal)).toBe(false);
		expect(isInternalPath('/guides/for-prospects/', internal)).toBe(false);
	});

	it('resolves a link as the browser would on its page; other sites and fragments are not pages', () => {
		expect(resolveLink('../../plans/hiring-plan', '/runbooks/x/')).toBe('/plans/hiring-plan');
		expect(resolveLink('https://example.com/plans/hiring-plan/', '/')).toBeNull();
		expect(resolveLink('//example.com/', '/')).toBeNull();
		expect(resolveLink('#top', '/')).toBeNull();
		expect(resolveLink('mailto:a@b.c', '/')).toBeNull();
		// A target the URL parser refuses leads nowhere, and the check goes on instead of throwing.
		expect(resolveLink('/\\[', '/')).toBeNull();
		expect(linksInternal('../incident-response/#top', '/runbooks/links/', internal)).toBe(true);
		expect(linksInternal('/calculators/roi/', '/runbooks/links/', internal)).toBe(false);
	});
});
