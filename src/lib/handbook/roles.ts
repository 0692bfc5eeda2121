/**
 * The roles named in the planning documents, defined once. Page frontmatter,
 * role pages, the health report and the calculators all import this list, so a
 * role that is not here cannot own or read a page.
 */
export const ROLES = [
	{ id: 'ceo', label: 'CEO', summary: 'Runs the company, the weekly rhythm and runbook upkeep.' },
	{ id: 'cto', label: 'CTO / VP Engineering', summary: 'Owns infrastructure, security, integrations and incidents.' },
	{
		id: 'vp-sales',
		label: 'VP Sales',
		summary: 'Owns qualification, proposals, the sales playbook and the BANT rubric.',
	},
	{
		id: 'vp-product',
		label: 'VP Product',
		summary: 'Owns the execution log, the v1.1 roadmap and feature priorities.',
	},
	{
		id: 'csm',
		label: 'Customer Success Manager',
		summary: 'Owns onboarding, implementation, customer health and weekly syncs.',
	},
	{
		id: 'sales-coordinator',
		label: 'Sales Coordinator',
		summary: 'Supports the pipeline, scheduling and CRM hygiene.',
	},
	{
		id: 'finance',
		label: 'Finance',
		summary: 'CFO and finance lead: baselines, invoicing, the monthly close, budgets.',
	},
	{
		id: 'engineering',
		label: 'Engineering',
		summary: 'Backend and product engineers, contractors, architect and DevOps.',
	},
	{
		id: 'operations',
		label: 'Operations',
		summary: 'COO and the operations & infrastructure division (SRE, DevOps, IT).',
	},
	{ id: 'board', label: 'Board & investors', summary: 'Reads the strategic tier: KPIs, roadmap, Series A narrative.' },
	{ id: 'new-hire', label: 'New hire', summary: 'Anyone in their first weeks at TAI Autonomics.' },
] as const;

export type RoleId = (typeof ROLES)[number]['id'];

export const ROLE_IDS = ROLES.map((role) => role.id) as [RoleId, ...RoleId[]];

const labels = new Map<string, string>(ROLES.map((role) => [role.id, role.label]));

export function roleLabel(id: RoleId): string {
	return labels.get(id) ?? id;
}

export function isRoleId(value: string): value is RoleId {
	return labels.has(value);
}
