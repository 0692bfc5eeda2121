/**
 * What the editor at /admin/ edits, read from disk while the build writes its
 * config.yml: one collection per content/docs folder, and the data files
 * owners update every Friday (src/lib/data/schemas.ts). Node only (the `-fs`
 * says so); the editor's page and config themselves are pure
 * (adminPage.ts, cmsConfig.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { hiringSchema, kpisSchema, mrrSchema, signoffsSchema } from '~/lib/data/schemas';
import { dataFileVisibility } from '~/lib/site/visibility';
import type { DataFileForm } from './cmsConfig';

const DATA = join(process.cwd(), 'content/data');

const readYaml = (dataDir: string, file: string): unknown =>
	load(readFileSync(join(dataDir, file), 'utf8'), { schema: CORE_SCHEMA });

/** Folders of content/docs, each an editor collection, labelled by its folder name. */
export function cmsSections(docsDir: string): { folder: string; label: string }[] {
	return readdirSync(docsDir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort()
		.map((folder) => ({ folder, label: folder.charAt(0).toUpperCase() + folder.slice(1).replace(/-/g, ' ') }));
}

/** The data files updated on the weekly rhythm: KPI dashboard, customer status, hiring progress. */
export function dataFileForms(dataDir = DATA): DataFileForm[] {
	return (
		(
			[
				{ file: 'mrr-by-week.yaml', label: 'MRR and customers by week', schema: mrrSchema },
				{ file: 'kpis.yaml', label: 'KPI targets', schema: kpisSchema },
				{ file: 'hiring-plan.yaml', label: 'Hiring plan', schema: hiringSchema },
				{ file: 'signoffs.yaml', label: 'Sign-offs and milestones', schema: signoffsSchema },
			] as const
		)
			// Each file keeps the visibility it declares: the editor writes it back unchanged.
			.map((form) => ({ ...form, visibility: dataFileVisibility(readYaml(dataDir, form.file), form.file) }))
	);
}

/** The sign-off tracker's documents (signoffs.yaml), offered when a week records its sign-offs. */
export function signOffDocuments(dataDir = DATA): string[] {
	const data = readYaml(dataDir, 'signoffs.yaml') as { documents: { document: string }[] };
	return data.documents.map((d) => d.document);
}
