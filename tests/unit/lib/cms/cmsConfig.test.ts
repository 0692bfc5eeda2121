import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig, isRequiredPageField, LOCAL_REPO, pageFields } from '~/lib/cms/cmsConfig';
import { cmsFieldsFromSchema, type CmsField } from '~/lib/cms/fields';
import { adminHelp, adminPage, adminPolicy } from '~/lib/cms/adminPage';
import { cmsSections, dataFileForms, signOffDocuments } from '~/lib/cms/collections-fs';
import { DATA_FORMAT, PAGE_FORMAT, SOURCE_KEY } from '~/lib/cms/formats';
import { siteOptions } from '~/lib/site/options';
import { ROLES } from '~/lib/handbook/roles';
import { CADENCES, KINDS, SOURCES } from '~/lib/handbook/kinds';
import { VISIBILITIES } from '~/lib/site/visibility';
import { handbookPageSchema } from '~/lib/handbook/pageSchema';
import { weeklyMetricsSchema } from '~/lib/data/metrics';

const config = cmsConfig({
	backend: { name: 'github', repo: '', branch: 'main' },
	sections: cmsSections('content/docs'),
	dataFiles: dataFileForms(),
	weeklyMetrics: weeklyMetricsSchema,
	signOffDocuments: signOffDocuments(),
	siteUrl: 'http://127.0.0.1:4321',
});

const field = (fields: CmsField[], name: string) => {
	const found = fields.find((f) => f.name === name);
	if (!found) throw new Error(`no field ${name}`);
	return found;
};
const values = (f: CmsField) =>
	(f.options as ({ value: string } | string)[]).map((o) => (typeof o === 'string' ? o : o.value));

describe('page fields come from the page schema', () => {
	const fields = pageFields();

	it('offers exactly the roles, kinds, cadences, visibilities and sources the schema accepts', () => {
		expect(values(field(fields, 'owner'))).toEqual(ROLES.map((r) => r.id));
		expect(values(field(fields, 'audience'))).toEqual(ROLES.map((r) => r.id));
		expect(values(field(fields, 'kind'))).toEqual(KINDS.map((k) => k.id));
		expect(values(field(fields, 'reviewCadence'))).toEqual([...CADENCES]);
		expect(values(field(fields, 'visibility'))).toEqual([...VISIBILITIES]);
		expect(values(field(fields, 'sources'))).toEqual([...SOURCES]);
	});

	it('every option the editor offers is accepted by the schema, field by field', () => {
		const shape = handbookPageSchema.shape;
		for (const name of ['owner', 'kind', 'reviewCadence', 'visibility'] as const)
			for (const v of values(field(fields, name))) expect(shape[name].safeParse(v).success, `${name}=${v}`).toBe(true);
		for (const v of values(field(fields, 'audience'))) expect(shape.audience.safeParse([v]).success).toBe(true);
	});

	it('marks a field required exactly when the schema requires it', () => {
		for (const name of Object.keys(handbookPageSchema.shape) as (keyof typeof handbookPageSchema.shape)[]) {
			expect(field(fields, name).required !== false, name).toBe(isRequiredPageField(name));
		}
		// Besides Starlight's title, description and sidebar and the schema's fields, only the body and the hidden copy of the file.
		expect(fields.map((f) => f.name)).toEqual([
			'title',
			'description',
			...Object.keys(handbookPageSchema.shape),
			'sidebar',
			'body',
			SOURCE_KEY,
		]);
		expect(isRequiredPageField('lastReviewed')).toBe(true);
		expect(isRequiredPageField('visibility')).toBe(false);
	});

	it('writes last reviewed as a plain YYYY-MM-DD date', () => {
		expect(field(fields, 'lastReviewed')).toMatchObject({
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			time_format: false,
		});
	});

	it('has one collection per content/docs folder', () => {
		const names = config.collections.map((c) => c.name);
		for (const folder of ['runbooks', 'implementation', 'plans', 'handbook']) expect(names).toContain(folder);
	});
});

describe('data forms come from the data schemas', () => {
	it('a new key, an enum and a bound in a schema show up in its form', () => {
		const schema = z.strictObject({
			week: z.number().int().min(1),
			status: z.enum(['on track', 'watch']),
			note: z.string().optional(),
			rows: z.array(z.object({ name: z.string() })),
		});
		expect(cmsFieldsFromSchema(schema)).toEqual([
			{ name: 'week', label: 'Week', widget: 'number', value_type: 'int', min: 1 },
			{ name: 'status', label: 'Status', widget: 'select', options: ['on track', 'watch'] },
			{ name: 'note', label: 'Note', widget: 'string', required: false },
			{
				name: 'rows',
				label: 'Rows',
				widget: 'list',
				collapsed: true,
				fields: [{ name: 'name', label: 'Name', widget: 'string' }],
			},
		]);
	});

	it('the weekly metrics form has every top-level key of the schema, and only week and source are required', () => {
		const metrics = config.collections.find((c) => c.name === 'metrics');
		const fields = (metrics as { fields: CmsField[] }).fields;
		// The hidden visibility line comes first, so a saved week stays internal.
		expect(fields[0]).toMatchObject({ name: 'visibility', widget: 'hidden', default: 'internal' });
		expect(fields.at(-1)).toMatchObject({ name: SOURCE_KEY, widget: 'hidden' });
		const form = fields.slice(1, -1);
		expect(form.map((f) => f.name)).toEqual(Object.keys(weeklyMetricsSchema.shape));
		expect(form.filter((f) => f.required !== false).map((f) => f.name)).toEqual(['week', 'source']);
		expect(field(field(fields, 'revenue').fields as CmsField[], 'mrrUsd')).toMatchObject({
			widget: 'number',
			value_type: 'int',
			min: 0,
		});
	});

	it("a week's checklist sign-offs pick a document of the tracker", () => {
		const metrics = config.collections.find((c) => c.name === 'metrics') as { fields: CmsField[] };
		const health = field(metrics.fields, 'customerHealth').fields as CmsField[];
		const signOffs = field(health, 'signOffs').fields as CmsField[];
		expect(field(signOffs, 'document')).toMatchObject({ widget: 'select', options: signOffDocuments() });
		expect(signOffDocuments()).toContain('Go-live readiness sign-off (PDF)');
		expect(field(signOffs, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
	});

	it('a hiring role picker offers the handbook roles', () => {
		const data = config.collections.find((c) => c.name === 'data') as {
			files: { name: string; fields: CmsField[] }[];
		};
		const hiring = data.files.find((f) => f.name === 'hiring-plan');
		const roles = field(field(hiring!.fields, 'roles').fields as CmsField[], 'roleId');
		expect(values(roles)).toEqual(ROLES.map((r) => r.id));
	});
});

describe('backend and policy', () => {
	it('edits a local folder without a repository, and goes through pull requests with one', () => {
		expect(config).not.toHaveProperty('publish_mode');
		expect(config.backend.repo).toBe(LOCAL_REPO);
		const prod = cmsConfig({
			backend: { name: 'gitlab', repo: 'tai/handbook', branch: 'main' },
			sections: [],
			dataFiles: [],
			weeklyMetrics: weeklyMetricsSchema,
			signOffDocuments: [],
			siteUrl: 'https://handbook.example.com',
		});
		expect(prod).toMatchObject({
			publish_mode: 'editorial_workflow',
			backend: { name: 'gitlab', repo: 'tai/handbook' },
			site_url: 'https://handbook.example.com',
		});
	});

	it('pages and data files use the handbook formats, and pages link to their live address', () => {
		const runbooks = config.collections.find((c) => c.name === 'runbooks') as { format: string; preview_path: string };
		expect(runbooks).toMatchObject({ format: PAGE_FORMAT, preview_path: 'runbooks/{{slug}}/' });
		expect(PAGE_FORMAT).toMatch(/-frontmatter$/);
		expect(config.collections.find((c) => c.name === 'metrics')).toMatchObject({ format: DATA_FORMAT });
	});

	it('the admin policy allows the git host, never eval, and nothing from a CDN', () => {
		const local = adminPolicy({ name: 'github', repo: '' });
		expect(local).toContain("connect-src 'self' data: https://www.githubstatus.com;");
		expect(local).toContain("script-src 'self';");
		expect(local).not.toContain('unsafe-eval');
		expect(local).not.toMatch(/(script|font)-src[^;]*https?:/);
		expect(adminPolicy({ name: 'github', repo: 'a/b' })).toContain('https://api.github.com');
		expect(adminPolicy({ name: 'gitlab', repo: 'a/b' })).toContain("connect-src 'self' data: https://gitlab.com;");
	});
});

describe('never a dead end', () => {
	it("on the owner's computer /admin/ says which button to press and which folder to pick", () => {
		const { local } = adminHelp({ name: 'github', repo: '', branch: 'main' }, 10);
		expect(local).toContain('Press <strong>Work with Local Repository</strong>');
		expect(local).toContain('holds <code>content/</code>');
		expect(local).toContain('built without <code>CMS_REPO</code>');
	});

	it('on the site it names the host and repository to sign in to, and how long publishing takes', () => {
		const { remote } = adminHelp({ name: 'gitlab', repo: 'tai/handbook', branch: 'main' }, 10);
		expect(remote).toContain('Sign in to GitLab to edit');
		expect(remote).toContain('<a href="https://gitlab.com/tai/handbook">gitlab.com/tai/handbook</a>');
		expect(remote).toContain('merge request');
		expect(remote).toContain('about 10 minutes later');
		const page = adminPage({
			policy: adminPolicy({ name: 'gitlab', repo: 'tai/handbook' }),
			backend: { name: 'gitlab', repo: 'tai/handbook', branch: 'main' },
			publishMinutes: 10,
			siteIsLocal: false,
			base: '/',
			styles: ['/_astro/common.css'],
			collections: ['runbooks'],
		});
		expect(page).toContain(remote);
		expect(page.indexOf('editor.js')).toBeLessThan(page.indexOf('sveltia-cms.js'));
	});

	it('the build refuses an internal handbook for a real address with no editor repository', () => {
		expect(() => siteOptions({ SITE_URL: 'https://handbook.example.com' })).toThrow(/CMS_REPO is not set/);
		expect(siteOptions({ SITE_URL: 'https://handbook.example.com', CMS_REPO: 'tai/handbook' }).cms.repo).toBe(
			'tai/handbook',
		);
		// The public build has no editor; a local build edits a folder.
		expect(() => siteOptions({ SITE_URL: 'https://handbook.example.com', HANDBOOK_AUDIENCE: 'public' })).not.toThrow();
		expect(siteOptions({}).cms.repo).toBe('');
	});
});
