/**
 * The roles named in the planning documents, defined once. Page frontmatter,
 * role pages, the health report and the calculators all import this list, so a
 * role that is not here cannot own or read a page.
 *
 * `reader` is how a sentence names the role's readers ("written for engineers",
 * not "for the Engineering"). `note` is the source note a role page links when
 * the role is not on the team the plans describe.
 */
export const ROLES = [
	{ id: 'ceo', label: 'CEO', reader: 'the CEO', summary: 'Runs the company, the weekly rhythm and runbook upkeep.' },
	{
		id: 'cto',
		label: 'CTO / VP Engineering',
		reader: 'the CTO / VP Engineering',
		summary:
			"Owns infrastructure, security, integrations and incidents. Until the CTO starts, the CEO and the backend contractors stand in (the hiring plan's fallback).",
		note: 'roles-before-hire',
	},
	{
		id: 'vp-sales',
		label: 'VP Sales',
		reader: 'the VP Sales',
		summary: 'Owns qualification, proposals, the sales playbook and the BANT rubric.',
	},
	{
		id: 'vp-product',
		label: 'VP Product',
		reader: 'the VP Product',
		summary: 'Owns the execution log, the v1.1 roadmap and feature priorities.',
	},
	{
		id: 'csm',
		label: 'Customer Success Manager',
		reader: 'the Customer Success Manager',
		summary: 'Owns onboarding, implementation, customer health and weekly syncs.',
	},
	{
		id: 'sales-coordinator',
		label: 'Sales Coordinator',
		reader: 'the Sales Coordinator',
		summary: 'Supports the pipeline, scheduling and CRM hygiene.',
	},
	{
		id: 'finance',
		label: 'Finance',
		reader: 'finance',
		summary:
			'Finance and the finance lead of the implementation checklist: baselines, value reports, the metrics engine, invoicing and the monthly close. No CFO is on the team or in the hiring plan; the CEO holds the approvals the plans give a CFO.',
		note: 'cfo-role',
	},
	{
		id: 'engineering',
		label: 'Engineering',
		reader: 'engineers',
		summary: 'Backend and product engineers, contractors, architect and DevOps.',
	},
	{
		id: 'operations',
		label: 'Operations',
		reader: 'operations',
		summary:
			"Operations and infrastructure work: scaling, monitoring, backups, IT. The division model with a COO, SRE, DevOps and IT teams comes from another company's plan; TAI has no COO and no such division.",
		note: 'operations-division-origin',
	},
	{
		id: 'board',
		label: 'Board & investors',
		reader: 'the board and investors',
		summary: 'Reads the strategic tier: KPIs, roadmap, Series A narrative.',
	},
	{
		id: 'new-hire',
		label: 'New hire',
		reader: 'a new hire',
		summary: 'Anyone in their first weeks at TAI Autonomics.',
	},
] as const satisfies readonly { id: string; label: string; reader: string; summary: string; note?: string }[];

export type RoleId = (typeof ROLES)[number]['id'];

export const ROLE_IDS = ROLES.map((role) => role.id) as [RoleId, ...RoleId[]];

const labels = new Map<string, string>(ROLES.map((role) => [role.id, role.label]));

export function roleLabel(id: RoleId): string {
	return labels.get(id) ?? id;
}
