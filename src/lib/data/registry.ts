/**
 * The one way to read content/data/: each YAML file, its schema, whether it
 * is internal, and who reads it. Every file says `visibility: public` or
 * `visibility: internal` at its top; schemas reject unknown keys, so a
 * mistyped key (`amout:`) fails the build with the file named.
 *
 * An internal file can be read in the internal build only. In the public
 * build a read throws, so rendering internal figures on a public page outside
 * <Internal> (whose content the public build never renders) fails the build.
 * Inside a public file, a row marked `internal: true` and a field whose name
 * starts with `internal` (`internalDetail`) are removed from what the public
 * build reads.
 */
import * as z from 'zod/mini';
import { isPublicBuild } from '~/lib/site/options';
import { dataFileVisibility, isPublic, splitByVisibility, type Visibility } from '~/lib/site/visibility';
import { bantRubricSchema } from '~/lib/calculators/bant/schema';
import bantRubricRaw from '../../../content/data/bant-rubric.yaml';
import documentMapRaw from '../../../content/data/document-map.yaml';
import gapsRaw from '../../../content/data/gaps.yaml';
import hiringRaw from '../../../content/data/hiring-plan.yaml';
import kpisRaw from '../../../content/data/kpis.yaml';
import meetingsRaw from '../../../content/data/meetings.yaml';
import metricTargetsRaw from '../../../content/data/metric-targets.yaml';
import mrrRaw from '../../../content/data/mrr-by-week.yaml';
import packageRaw from '../../../content/data/package-documents.yaml';
import budgetRaw from '../../../content/data/phase2-budget.yaml';
import modulesRaw from '../../../content/data/phase2-modules.yaml';
import resourcesRaw from '../../../content/data/phase2-resources.yaml';
import phase2RisksRaw from '../../../content/data/phase2-risks.yaml';
import scalingPlanRaw from '../../../content/data/runway-scaling-plan.yaml';
import scalingRisksRaw from '../../../content/data/scaling-risks.yaml';
import signoffsRaw from '../../../content/data/signoffs.yaml';
import synonymsRaw from '../../../content/data/synonyms.yaml';
import relationsRaw from '../../../content/data/relations.yaml';
import sourceNotesRaw from '../../../content/data/source-notes.yaml';
import templatesRaw from '../../../content/data/templates.yaml';
import {
	budgetSchema,
	documentMapSchema,
	gapsSchema,
	hiringSchema,
	kpisSchema,
	meetingsSchema,
	metricTargetsSchema,
	modulesSchema,
	mrrSchema,
	packageDocumentsSchema,
	phase2RisksSchema,
	relationsSchema,
	resourcesSchema,
	scalingAssumptionsSchema,
	scalingRisksSchema,
	signoffsSchema,
	templatesSchema,
} from './schemas';
import { sourceNotesSchema } from './sourceNotes';
import { synonymsSchema } from '~/lib/search/synonyms';

/** Each file: its raw YAML, its schema and, for a reader of the code, who reads it. */
const FILES = {
	'bant-rubric': { raw: bantRubricRaw, schema: bantRubricSchema, readBy: 'BANT scorecard (calculators/bant)' },
	'document-map': { raw: documentMapRaw, schema: documentMapSchema, readBy: 'DocumentMap (handbook/maintenance)' },
	gaps: {
		raw: gapsRaw,
		schema: gapsSchema,
		readBy: 'Gap (in place on the page that declares it), GapsByOwner (handbook/health)',
	},
	'hiring-plan': { raw: hiringRaw, schema: hiringSchema, readBy: 'HiringTable (plans/hiring-plan), runway preset' },
	kpis: { raw: kpisRaw, schema: kpisSchema, readBy: 'KpiTable (plans, operations division)' },
	meetings: { raw: meetingsRaw, schema: meetingsSchema, readBy: 'MeetingAgenda, source notes on agenda minutes' },
	'metric-targets': {
		raw: metricTargetsRaw,
		schema: metricTargetsSchema,
		readBy: 'the /metrics/ dashboard (targets no other file holds)',
	},
	'mrr-by-week': { raw: mrrRaw, schema: mrrSchema, readBy: 'MrrTable (plans/scaling-week-10-13)' },
	'package-documents': {
		raw: packageRaw,
		schema: packageDocumentsSchema,
		readBy: 'PackageDocsTable, source note package-pages',
	},
	'phase2-budget': { raw: budgetRaw, schema: budgetSchema, readBy: 'BudgetTable (plans/phase-2-budget-and-risks)' },
	'phase2-modules': { raw: modulesRaw, schema: modulesSchema, readBy: 'ModuleTable (plans/phase-2)' },
	'phase2-resources': { raw: resourcesRaw, schema: resourcesSchema, readBy: 'HoursTable (plans/phase-2)' },
	'phase2-risks': {
		raw: phase2RisksRaw,
		schema: phase2RisksSchema,
		readBy: 'Phase2Risks (plans/phase-2-budget-and-risks)',
	},
	relations: { raw: relationsRaw, schema: relationsSchema, readBy: 'TotalNote under every table with a total' },
	'runway-scaling-plan': {
		raw: scalingPlanRaw,
		schema: scalingAssumptionsSchema,
		readBy: 'the runway calculator preset (internal build)',
	},
	'scaling-risks': { raw: scalingRisksRaw, schema: scalingRisksSchema, readBy: 'ScalingRisks (plans)' },
	signoffs: { raw: signoffsRaw, schema: signoffsSchema, readBy: 'SignOffTable, MilestoneTable, EscalationTable' },
	'source-notes': { raw: sourceNotesRaw, schema: sourceNotesSchema, readBy: 'SourceNotes (reference/source-notes)' },
	synonyms: {
		raw: synonymsRaw,
		schema: synonymsSchema,
		readBy: 'the MarkdownContent override (search synonyms on every page)',
	},
	templates: { raw: templatesRaw, schema: templatesSchema, readBy: 'CopyTemplate (reference/templates)' },
} as const;

export type DataName = keyof typeof FILES;

/** Who reads a data file, as written beside it: the change log links a file's changes to the first page named there. */
export function dataReaders(name: DataName): string {
	return FILES[name].readBy;
}
export type DataOf<N extends DataName> = z.output<(typeof FILES)[N]['schema']>;
export const DATA_NAMES = Object.keys(FILES) as DataName[];

/** Parses one file's raw YAML: its visibility line, then the data through its strict schema. */
export function parseDataFile<S extends z.core.$ZodType>(
	schema: S,
	raw: unknown,
	file: string,
): { visibility: Visibility; data: z.output<S> } {
	const visibility = dataFileVisibility(raw, file);
	const { visibility: _line, ...rest } = raw as Record<string, unknown>;
	const body = z.safeParse(schema, rest);
	if (!body.success)
		throw new Error(
			`content/data/${file} is invalid: ${body.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
		);
	return { visibility, data: body.data };
}

const cache = new Map<DataName, { visibility: Visibility; data: unknown }>();

function load(name: DataName) {
	let entry = cache.get(name);
	if (!entry) {
		const { raw, schema } = FILES[name];
		entry = parseDataFile(schema as z.core.$ZodType, raw, `${name}.yaml`);
		cache.set(name, entry);
	}
	return entry;
}

/**
 * A data file's contents. Reading an internal file while building the public
 * handbook is an error; a public file is read less its internal rows and fields.
 */
export function readData<N extends DataName>(name: N): DataOf<N> {
	const entry = load(name);
	if (!isPublicBuild()) return entry.data as DataOf<N>;
	if (!isPublic(entry.visibility))
		throw new Error(
			`content/data/${name}.yaml is internal, but a page of the public build renders it. Wrap that passage in <Internal> or make the page internal.`,
		);
	return splitByVisibility(entry.data, entry.visibility).public[0] as DataOf<N>;
}
