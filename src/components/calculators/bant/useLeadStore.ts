import { useEffect, useState } from 'preact/hooks';
import { LEADS_STORAGE_KEY, parseLeads, serializeLeads, type Lead } from '~/lib/calculators/bant/leads';

/** Scored leads in localStorage, with a message in words when storage cannot be read or written. */
export function useLeadStore() {
	const [leads, setLeads] = useState<Lead[]>([]);
	const [problem, setProblem] = useState<string | null>(null);

	useEffect(() => {
		try {
			const { leads: stored, error } = parseLeads(localStorage.getItem(LEADS_STORAGE_KEY));
			setLeads(stored);
			setProblem(error);
		} catch {
			setProblem('This browser does not allow saved leads (storage is off), so leads are kept only until you leave.');
		}
	}, []);

	const save = (next: Lead[]): boolean => {
		setLeads(next);
		try {
			localStorage.setItem(LEADS_STORAGE_KEY, serializeLeads(next));
			setProblem(null);
			return true;
		} catch {
			setProblem(
				'The lead could not be saved in this browser (storage is full or switched off): export the CSV or copy the CRM note now.',
			);
			return false;
		}
	};
	return { leads, problem, save };
}
