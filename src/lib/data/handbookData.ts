/**
 * The structured figures of the handbook, parsed once through their schemas.
 * Importing this module validates every file in content/data/: a bad figure
 * stops the build with the file and field named.
 */
import modulesRaw from '../../../content/data/phase2-modules.yaml';
import resourcesRaw from '../../../content/data/phase2-resources.yaml';
import budgetRaw from '../../../content/data/phase2-budget.yaml';
import phase2RisksRaw from '../../../content/data/phase2-risks.yaml';
import scalingRisksRaw from '../../../content/data/scaling-risks.yaml';
import mrrRaw from '../../../content/data/mrr-by-week.yaml';
import hiringRaw from '../../../content/data/hiring-plan.yaml';
import meetingsRaw from '../../../content/data/meetings.yaml';
import signoffsRaw from '../../../content/data/signoffs.yaml';
import kpisRaw from '../../../content/data/kpis.yaml';
import packageRaw from '../../../content/data/package-documents.yaml';
import sourceNotesRaw from '../../../content/data/source-notes.yaml';
import {
	budgetSchema,
	hiringSchema,
	kpisSchema,
	meetingsSchema,
	modulesSchema,
	mrrSchema,
	packageDocumentsSchema,
	parseDataFile,
	phase2RisksSchema,
	resourcesSchema,
	scalingRisksSchema,
	signoffsSchema,
} from './schemas';
import { sourceNotesSchema } from './sourceNotes';

export const modules = parseDataFile(modulesSchema, modulesRaw, 'phase2-modules.yaml');
export const resources = parseDataFile(resourcesSchema, resourcesRaw, 'phase2-resources.yaml');
export const budget = parseDataFile(budgetSchema, budgetRaw, 'phase2-budget.yaml');
export const phase2Risks = parseDataFile(phase2RisksSchema, phase2RisksRaw, 'phase2-risks.yaml');
export const scalingRisks = parseDataFile(scalingRisksSchema, scalingRisksRaw, 'scaling-risks.yaml');
export const mrr = parseDataFile(mrrSchema, mrrRaw, 'mrr-by-week.yaml');
export const hiring = parseDataFile(hiringSchema, hiringRaw, 'hiring-plan.yaml');
export const meetings = parseDataFile(meetingsSchema, meetingsRaw, 'meetings.yaml');
export const signoffs = parseDataFile(signoffsSchema, signoffsRaw, 'signoffs.yaml');
export const kpis = parseDataFile(kpisSchema, kpisRaw, 'kpis.yaml');
export const packageDocuments = parseDataFile(packageDocumentsSchema, packageRaw, 'package-documents.yaml');
export const sourceNotes = parseDataFile(sourceNotesSchema, sourceNotesRaw, 'source-notes.yaml');

export function meeting(id: string) {
	const found = meetings.meetings.find((m) => m.id === id);
	if (!found) throw new Error(`content/data/meetings.yaml has no meeting "${id}"`);
	return found;
}
