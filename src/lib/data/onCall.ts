/**
 * Who leads an incident and who tells customers on a given day, from the
 * hiring plan (content/data/hiring-plan.yaml). The plans give incidents to the
 * CTO / VP Engineering and customers to the CSM; until a hire's first day is
 * recorded (`startedOn`, on or before today), the CEO stands in, with the
 * backend contractors for hands-on engineering (risk 1's fallback: "Fractional
 * CTO + internal engineering (CEO + contractors)"). Read by the OnCall
 * component on /runbooks/incident-response/.
 */
import type { Hiring } from './schemas';
import { parseCalendarDate } from '~/lib/handbook/reviewDue';

export type Duty = {
	/** The role the plans give the duty to. */
	planned: 'cto' | 'csm';
	/** Who holds it today: the planned role once it has started, else the CEO. */
	holder: 'cto' | 'csm' | 'ceo';
	/** The recorded first day, when there is one. */
	startedOn: string | null;
	/** True when a first day is recorded but still ahead of today. */
	startsLater: boolean;
	plannedStart: string | null;
};

function duty(hiring: Hiring, planned: 'cto' | 'csm', today: Date): Duty {
	const role = hiring.roles.find((r) => r.roleId === planned);
	const start = role?.startedOn ? parseCalendarDate(role.startedOn) : null;
	const started = start !== null && start.getTime() <= today.getTime();
	return {
		planned,
		holder: started ? planned : 'ceo',
		startedOn: role?.startedOn ?? null,
		startsLater: start !== null && !started,
		plannedStart: role?.plannedStart ?? null,
	};
}

/** Incident lead and customer contact on `today`. */
export function onCallDuties(hiring: Hiring, today: Date): { incidentLead: Duty; customerContact: Duty } {
	return { incidentLead: duty(hiring, 'cto', today), customerContact: duty(hiring, 'csm', today) };
}

/** The contractors the plans put on retainer by week 12, as "2 Backend Engineer (contractor)". */
export function contractorCount(hiring: Hiring): number {
	return hiring.contractors.reduce((n, c) => n + c.count, 0);
}
