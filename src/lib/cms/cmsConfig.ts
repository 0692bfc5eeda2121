/**
 * The editor's configuration (Sveltia CMS, served at /admin/ in the internal
 * build; it reads Decap CMS's configuration format), generated from the
 * handbook's own definitions: the roles, kinds, cadences, visibilities and
 * sources that the page schema accepts, and the zod schemas of the data files
 * owners update every week. Nothing here is kept by hand, so the editor
 * offers exactly what the build will accept.
 */
import type { z } from 'zod';
import { CADENCES, KINDS, SOURCES, SOURCE_TITLES } from '~/lib/handbook/kinds';
import { VISIBILITIES, type Visibility } from '~/lib/site/visibility';
import { ROLES } from '~/lib/handbook/roles';
import { handbookPageSchema } from '~/lib/handbook/pageSchema';
import { cmsFieldsFromSchema, type CmsField } from './fields';
import { DATA_FORMAT, PAGE_FORMAT, SOURCE_KEY } from './formats';

export type CmsBackend = {
	/** github or gitlab; with a repository, changes go through pull (merge) requests. */
	name: 'github' | 'gitlab';
	/** owner/name; empty for a local build, which edits a folder on the owner's machine. */
	repo: string;
	branch: string;
};

/**
 * The editor needs a repository name even to edit a local folder, where the
 * name is only shown; a build without CMS_REPO gets this one, and /admin/
 * says that signing in to the git host needs CMS_REPO.
 */
export const LOCAL_REPO = 'local/handbook';

export type DataFileForm = { file: string; label: string; schema: z.ZodType; visibility: Visibility };

/** Every form keeps the file's text here (formats.ts), so that a save changes only the lines of changed fields. */
const sourceField = { name: SOURCE_KEY, label: 'File as written', widget: 'hidden' };

/** Every data file says who may read it (src/lib/data/registry.ts); the editor keeps that line as it is. */
const visibilityField = (visibility: Visibility) => ({
	name: 'visibility',
	label: 'Visibility',
	widget: 'hidden',
	default: visibility,
});

export type CmsConfigInput = {
	backend: CmsBackend;
	/** content/docs folders, each a collection: `{ folder: 'runbooks', label: 'Runbooks' }`. */
	sections: { folder: string; label: string }[];
	dataFiles: DataFileForm[];
	weeklyMetrics: z.ZodType;
	/** The sign-off tracker's documents: a week's sign-offs pick one (the build checks the same list). */
	signOffDocuments: string[];
	/** The handbook's own URL, with its base path: where "View on live site" goes. */
	siteUrl: string;
};

const pageShape = handbookPageSchema.shape;

/** A page field may be left out when its schema accepts undefined (optional or defaulted). */
export function isRequiredPageField(name: keyof typeof pageShape): boolean {
	return !pageShape[name].safeParse(undefined).success;
}

const required = (name: keyof typeof pageShape) => (isRequiredPageField(name) ? {} : { required: false });

export function pageFields(): CmsField[] {
	const roleOptions = ROLES.map((r) => ({ label: r.label, value: r.id }));
	return [
		{ name: 'title', label: 'Title', widget: 'string' },
		{ name: 'description', label: 'Description', widget: 'text', required: false },
		{ name: 'owner', label: 'Owner', widget: 'select', options: roleOptions, ...required('owner') },
		{
			name: 'audience',
			label: 'Audience (roles the page is for)',
			widget: 'select',
			multiple: true,
			min: 1,
			options: roleOptions,
			...required('audience'),
		},
		{
			name: 'kind',
			label: 'Kind',
			widget: 'select',
			options: KINDS.map((k) => ({ label: k.label, value: k.id })),
			...required('kind'),
		},
		{
			name: 'reviewCadence',
			label: 'Review cadence',
			widget: 'select',
			options: [...CADENCES],
			...required('reviewCadence'),
		},
		{
			name: 'lastReviewed',
			label: 'Last reviewed',
			widget: 'datetime',
			date_format: 'YYYY-MM-DD',
			format: 'YYYY-MM-DD',
			time_format: false,
			picker_utc: true,
			hint: 'Reviewed it today? Press "Today", then Save.',
			...required('lastReviewed'),
		},
		{
			name: 'sources',
			label: 'Sources',
			widget: 'select',
			multiple: true,
			options: SOURCES.map((s) => ({ label: `${SOURCE_TITLES[s]} (${s})`, value: s })),
			...required('sources'),
		},
		{
			name: 'visibility',
			label: 'Visibility',
			widget: 'select',
			options: [...VISIBILITIES],
			// No default: a page without the key is internal, and a save must not add it.
			hint: 'Leave empty for internal (every page is internal unless it says public). Only "public" pages appear in the public handbook.',
			...required('visibility'),
		},
		{
			name: 'sidebar',
			label: 'Sidebar',
			widget: 'object',
			required: false,
			collapsed: true,
			fields: [{ name: 'order', label: 'Order', widget: 'number', value_type: 'int', required: false }],
		},
		// Raw mode keeps MDX imports and components exactly as written.
		{ name: 'body', label: 'Body', widget: 'markdown', modes: ['raw'] },
		sourceField,
	];
}

/** The field at `path` (through groups and lists) becomes a picker of `options`. */
export function withOptions(fields: CmsField[], path: string[], options: string[]): CmsField[] {
	const [name, ...rest] = path;
	return fields.map((f) => {
		if (f.name !== name) return f;
		if (rest.length === 0) return { ...f, widget: 'select', options };
		return Array.isArray(f.fields) ? { ...f, fields: withOptions(f.fields as CmsField[], rest, options) } : f;
	});
}

export function cmsConfig(input: CmsConfigInput) {
	const production = input.backend.repo !== '';
	return {
		backend: {
			name: input.backend.name,
			repo: production ? input.backend.repo : LOCAL_REPO,
			branch: input.backend.branch,
		},
		// With a repository, every change is a pull (merge) request that someone
		// reviews; a local folder is edited in place and committed with git.
		...(production ? { publish_mode: 'editorial_workflow' } : {}),
		site_url: input.siteUrl,
		media_folder: 'public/images',
		public_folder: '/images',
		collections: [
			...input.sections.map((s) => ({
				name: s.folder,
				label: s.label,
				folder: `content/docs/${s.folder}`,
				extension: 'mdx',
				format: PAGE_FORMAT,
				create: true,
				slug: '{{slug}}',
				preview_path: `${s.folder}/{{slug}}/`,
				summary: '{{title}} (reviewed {{lastReviewed}})',
				sortable_fields: ['title', 'lastReviewed'],
				fields: pageFields(),
			})),
			{
				name: 'metrics',
				label: 'Weekly metrics',
				label_singular: 'Week',
				folder: 'content/data/metrics',
				extension: 'yaml',
				format: DATA_FORMAT,
				create: true,
				identifier_field: 'week',
				slug: 'week-{{week}}',
				summary: 'Week {{week}}',
				preview_path: 'metrics/',
				fields: [
					visibilityField('internal'),
					...withOptions(
						cmsFieldsFromSchema(input.weeklyMetrics),
						['customerHealth', 'signOffs', 'document'],
						input.signOffDocuments,
					),
					sourceField,
				],
			},
			{
				name: 'data',
				label: 'Data files',
				files: input.dataFiles.map((d) => ({
					name: d.file.replace(/\.ya?ml$/, ''),
					label: d.label,
					file: `content/data/${d.file}`,
					format: DATA_FORMAT,
					fields: [visibilityField(d.visibility), ...cmsFieldsFromSchema(d.schema), sourceField],
				})),
			},
		],
	};
}
