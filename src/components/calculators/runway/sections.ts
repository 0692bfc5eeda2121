import type { SectionId } from '~/lib/calculators/runway/form';

/** How each row section is shown: its fieldset, name column, what a row is called, short column labels. */
export const ROWS: Record<
	SectionId,
	{ legend: string; nameLabel: string | null; rowNoun: string; labels: Record<string, string>; monthFields?: string[] }
> = {
	customers: {
		legend: 'Revenue',
		nameLabel: 'Customer',
		rowNoun: 'Customer',
		labels: { mrr: 'MRR', startMonth: 'Start month', deposit: 'Deposit' },
		monthFields: ['startMonth'],
	},
	hires: {
		legend: 'Hires',
		nameLabel: 'Role',
		rowNoun: 'Hire',
		labels: { annualSalary: 'Salary/year', startMonth: 'Start month', loadPct: 'Load' },
		monthFields: ['startMonth'],
	},
	contractors: {
		legend: 'Contractors (a month is 52 ÷ 12 ≈ 4.33 weeks)',
		nameLabel: 'Group',
		rowNoun: 'Contractor group',
		labels: { count: 'Count', weeklyRate: 'Weekly rate', startMonth: 'First month', months: 'Months' },
		monthFields: ['startMonth'],
	},
	infraSteps: {
		legend: 'Infrastructure (steps by customers live)',
		nameLabel: null,
		rowNoun: 'Step',
		labels: { fromCustomers: 'From customers', monthly: 'Per month' },
	},
};
