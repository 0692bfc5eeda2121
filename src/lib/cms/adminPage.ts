/**
 * The /admin/ page around the editor bundle, its content security policy,
 * and the collections it edits: one per content/docs folder, and the data
 * files owners update every Friday (src/lib/data/schemas.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { hiringSchema, kpisSchema, mrrSchema, signoffsSchema } from '~/lib/data/schemas';
import type { DataFileForm } from './decapConfig';

/** Folders of content/docs, each an editor collection, labelled by its folder name. */
export function cmsSections(docsDir: string): { folder: string; label: string }[] {
	return readdirSync(docsDir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort()
		.map((folder) => ({ folder, label: folder.charAt(0).toUpperCase() + folder.slice(1).replace(/-/g, ' ') }));
}

/** The data files updated on the weekly rhythm: KPI dashboard, customer status, hiring progress. */
export function dataFileForms(dataDir = join(process.cwd(), 'content/data')): DataFileForm[] {
	// Each file keeps the visibility it declares: the editor writes it back unchanged.
	const visibility = (file: string) =>
		(load(readFileSync(join(dataDir, file), 'utf8'), { schema: CORE_SCHEMA }) as { visibility?: unknown })
			.visibility === 'public'
			? ('public' as const)
			: ('internal' as const);
	return (
		[
			{ file: 'mrr-by-week.yaml', label: 'MRR and customers by week', schema: mrrSchema },
			{ file: 'kpis.yaml', label: 'KPI targets', schema: kpisSchema },
			{ file: 'hiring-plan.yaml', label: 'Hiring plan', schema: hiringSchema },
			{ file: 'signoffs.yaml', label: 'Sign-offs and milestones', schema: signoffsSchema },
		] as const
	).map((form) => ({ ...form, visibility: visibility(form.file) }));
}

const BACKEND_API = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' } as const;

export function adminPolicy(cms: { backend: 'github' | 'gitlab'; repo: string; localBackendUrl: string }): string {
	const connect = ["'self'", new URL(cms.localBackendUrl).origin, ...(cms.repo ? [BACKEND_API[cms.backend]] : [])];
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https:",
		"font-src 'self' data:",
		`connect-src ${connect.join(' ')}`,
		"frame-src 'self' blob:",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

export function adminPage(policy: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Edit the handbook</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>The handbook editor needs JavaScript.</noscript>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}
