/**
 * A calculator field: its label, unit and bounds, from which the form, its
 * messages and the model schema (shared/schema.ts) are all built, so they
 * cannot disagree. Plain code: it ships in every island, which carry no zod.
 */
import { formatNumber } from '~/lib/format';

type FieldUnit = 'dollars' | 'percent' | 'hours' | 'count' | 'months' | 'years' | 'weeks' | 'days';

export type FieldSpec = {
	label: string;
	unit: FieldUnit;
	min: number;
	max: number;
	integer?: boolean;
	hint?: string;
};

export const UNIT_LABELS: Record<FieldUnit, string> = {
	dollars: 'US$',
	percent: '%',
	hours: 'hours',
	count: 'count',
	months: 'months',
	years: 'years',
	weeks: 'weeks',
	days: 'days',
};

/** Money is whole or fractional US dollars below one trillion. */
export const MONEY_MAX = 999_999_999_999;

function boundText(spec: FieldSpec, value: number): string {
	return spec.unit === 'dollars' ? `$${formatNumber(value, 2)}` : formatNumber(value, 2);
}

/** Why a number cannot be used in this field, in words, or null when it can. */
export function numberError(spec: FieldSpec, value: number): string | null {
	if (!Number.isFinite(value)) return 'Enter a number.';
	if (spec.integer && !Number.isSafeInteger(value)) return 'Enter a whole number.';
	if (value < spec.min) return `Must be ${boundText(spec, spec.min)} or more.`;
	if (value > spec.max) return `Must be ${boundText(spec, spec.max)} or less.`;
	return null;
}
