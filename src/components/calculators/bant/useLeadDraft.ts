import { useEffect, useState } from 'preact/hooks';
import type { Decision } from '~/lib/calculators/bant/compute';
import {
	DRAFT_STORAGE_KEY,
	isBlankDraft,
	parseDraft,
	sameLead,
	serializeDraft,
	type Draft,
	type LeadForm,
} from '~/lib/calculators/bant/leads';
import { nextGoAt } from '~/lib/calculators/bant/proposalClock';
import type { UrlState } from '~/lib/calculators/shared/urlState';

function readDraft(): Draft | null {
	try {
		return parseDraft(localStorage.getItem(DRAFT_STORAGE_KEY));
	} catch {
		return null;
	}
}

function writeDraft(draft: Draft) {
	try {
		if (isBlankDraft(draft)) localStorage.removeItem(DRAFT_STORAGE_KEY);
		else localStorage.setItem(DRAFT_STORAGE_KEY, serializeDraft(draft));
	} catch {
		// Storage off or full: the lead stays on screen, and saving it says so.
	}
}

/**
 * The lead in progress, kept in this browser so a reload or a closed tab does
 * not lose it: the form, the saved lead it edits, and when it became GO (the
 * proposal clock starts then and stops counting when it no longer is GO).
 * A link to another lead wins over the draft; a link to the draft's own lead
 * (a reload of a page whose address follows the form) keeps it.
 */
export function useLeadDraft(
	form: LeadForm,
	decision: Decision | null,
	linked: () => UrlState<LeadForm> | null,
	open: (form: LeadForm) => void,
) {
	const [editing, setEditing] = useState<string | null>(null);
	const [goAt, setGoAt] = useState<string | undefined>(undefined);
	// Null until the draft is read; 'draft' when a lead in progress came back.
	const [restored, setRestored] = useState<'blank' | 'draft' | null>(null);

	useEffect(() => {
		const draft = readDraft();
		const link = linked();
		const reopen = draft && (!link || (link.value && sameLead(link.value, draft)));
		if (reopen) {
			open(draft);
			setEditing(draft.editing);
			setGoAt(draft.goAt);
		}
		setRestored(reopen && !isBlankDraft(draft) ? 'draft' : 'blank');
	}, []);
	useEffect(() => {
		if (restored) setGoAt((previous) => nextGoAt(previous, decision, new Date()));
	}, [decision, restored]);
	useEffect(() => {
		if (restored) writeDraft({ ...form, editing, goAt });
	}, [restored, form, editing, goAt]);

	return { editing, setEditing, goAt, setGoAt, restored };
}
