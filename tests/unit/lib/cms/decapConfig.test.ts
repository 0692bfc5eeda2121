import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decapConfig, isRequiredPageField, pageFields } from '~/lib/cms/decapConfig';
import { decapFieldsFromSchema, type DecapField } from '~/lib/cms/fields';
import { adminPolicy, cmsSections, dataFileForms } from '~/lib/cms/adminPage';
import { ROLES } from '~/lib/handbook/roles';
import { CADENCES, KINDS, SOURCES, VISIBILITIES } from '~/lib/handbook/kinds';
import { handbookPageSchema } from '~/lib/handbook/pageSchema';
import { weeklyMetricsSchema } from '~/lib/data/metrics';

const config = decapConfig({
	backend: { name: 'github', repo: '', branch: 'main' },
	localBackendUrl: 'http://localhost:8081/api/v1',
	sections: cmsSections('content/docs'),
	dataFiles: dataFileForms(),
	weeklyMetrics: weeklyMetricsSchema,
	siteUrl: 'http://127.0.0.1:4321',
});

const field = (fields: DecapField[], name: string) => {
	const found = fields.find((f) => f.name === name);
	if (!found) throw new Error(`no field ${name}`);
	return found;
};
const values = (f: DecapField) =>
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
		expect(decapFieldsFromSchema(schema)).toEqual([
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
		const fields = (metrics as { fields: DecapField[] }).fields;
		// The hidden visibility line comes first, so a saved week stays internal.
		expect(fields[0]).toMatchObject({ name: 'visibility', widget: 'hidden', default: 'internal' });
		const form = fields.slice(1);
		expect(form.map((f) => f.name)).toEqual(Object.keys(weeklyMetricsSchema.shape));
		expect(form.filter((f) => f.required !== false).map((f) => f.name)).toEqual(['week', 'source']);
		expect(field(field(fields, 'revenue').fields as DecapField[], 'mrrUsd')).toMatchObject({
			widget: 'number',
			value_type: 'int',
			min: 0,
		});
	});

	it('a hiring role picker offers the handbook roles', () => {
		const data = config.collections.find((c) => c.name === 'data') as {
			files: { name: string; fields: DecapField[] }[];
		};
		const hiring = data.files.find((f) => f.name === 'hiring-plan');
		const roles = field(field(hiring!.fields, 'roles').fields as DecapField[], 'roleId');
		expect(values(roles)).toEqual(ROLES.map((r) => r.id));
	});
});

describe('backend and policy', () => {
	it('edits the working tree locally, and goes through pull requests with a repository', () => {
		expect(config).not.toHaveProperty('publish_mode');
		const prod = decapConfig({
			backend: { name: 'gitlab', repo: 'tai/handbook', branch: 'main' },
			localBackendUrl: 'http://localhost:8081/api/v1',
			sections: [],
			dataFiles: [],
			weeklyMetrics: weeklyMetricsSchema,
			siteUrl: 'https://handbook.example.com',
		});
		expect(prod).toMatchObject({
			publish_mode: 'editorial_workflow',
			backend: { name: 'gitlab', repo: 'tai/handbook' },
		});
	});

	it('the admin policy allows the local backend and the git host, and nothing from a CDN', () => {
		const local = adminPolicy({ backend: 'github', repo: '', localBackendUrl: 'http://localhost:8081/api/v1' });
		expect(local).toContain("connect-src 'self' http://localhost:8081;");
		expect(local).not.toMatch(/script-src[^;]*https?:/);
		expect(adminPolicy({ backend: 'github', repo: 'a/b', localBackendUrl: 'http://localhost:8081/api/v1' })).toContain(
			'https://api.github.com',
		);
	});
});
