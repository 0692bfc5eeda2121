/** What a page is. Drives the badge under the title, search filters and role pages. */
export const KINDS = [
	{ id: 'runbook', label: 'Runbook', plural: 'Runbooks' },
	{ id: 'playbook', label: 'Playbook', plural: 'Playbooks' },
	{ id: 'plan', label: 'Plan', plural: 'Plans' },
	{ id: 'checklist', label: 'Checklist', plural: 'Checklists' },
	{ id: 'reference', label: 'Reference', plural: 'References' },
	{ id: 'calculator', label: 'Calculator', plural: 'Calculators' },
	{ id: 'faq', label: 'FAQ', plural: 'FAQs' },
	{ id: 'guide', label: 'Guide', plural: 'Guides' },
] as const;

export type KindId = (typeof KINDS)[number]['id'];
export const KIND_IDS = KINDS.map((kind) => kind.id) as [KindId, ...KindId[]];

export function kindLabel(id: KindId, plural = false): string {
	const kind = KINDS.find((k) => k.id === id);
	if (!kind) return id;
	return plural ? kind.plural : kind.label;
}

/** How often a page is re-read by its owner, from the planning documents' maintenance sections. */
export const CADENCES = ['weekly', 'monthly', 'quarterly', 'as-needed'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The five planning documents every page draws on (file names in the seeds folder). */
export const SOURCES = [
	'000_b1b8c92185dfa288.txt',
	'001_e90dc1cc151d1ec2.txt',
	'002_cc008990fe03e237.txt',
	'003_f9f493e204610c91.txt',
	'004_4da95366cf5a12f9.txt',
] as const;
export type SourceFile = (typeof SOURCES)[number];

export const SOURCE_TITLES: Record<SourceFile, string> = {
	'000_b1b8c92185dfa288.txt': 'Week 10-13 comprehensive scaling summary',
	'001_e90dc1cc151d1ec2.txt': 'Phase 2 project plan (quick reference)',
	'002_cc008990fe03e237.txt': 'Operations & infrastructure division: 6-week workflow',
	'003_f9f493e204610c91.txt': 'Product execution index',
	'004_4da95366cf5a12f9.txt': 'Week 7-9 customer implementation checklist',
};
