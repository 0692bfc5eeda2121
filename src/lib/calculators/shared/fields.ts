/**
 * A calculator field: its label, unit and bounds, from which both the form
 * and the zod schema are built, so the two cannot disagree.
 */
import * as z from 'zod/mini';
import { formatNumber } from '~/lib/format';

export type FieldUnit = 'dollars' | 'percent' | 'hours' | 'count' | 'months' | 'years' | 'weeks' | 'days';

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

export function numberSchema(spec: FieldSpec) {
	const base = spec.integer ? z.int({ error: 'Enter a whole number.' }) : z.number({ error: 'Enter a number.' });
	return base.check(
		z.gte(spec.min, `Must be ${boundText(spec, spec.min)} or more.`),
		z.lte(spec.max, `Must be ${boundText(spec, spec.max)} or less.`),
	);
}

export function objectSchema<K extends string>(specs: Record<K, FieldSpec>) {
	const shape = {} as Record<K, ReturnType<typeof numberSchema>>;
	for (const key of Object.keys(specs) as K[]) shape[key] = numberSchema(specs[key]);
	return z.object(shape);
}
