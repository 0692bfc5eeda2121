/**
 * Editor form fields (Decap CMS's field format, which Sveltia CMS reads) from a zod schema, through zod's own JSON Schema
 * export, so that a data file's form can never drift from the schema that
 * validates it at build time: a new key, a narrower enum or a new minimum
 * shows up in the editor on the next build.
 */
import { z } from 'zod';

export type CmsField = {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	[option: string]: unknown;
};

type JsonSchema = {
	type?: string | string[];
	description?: string;
	enum?: unknown[];
	const?: unknown;
	format?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	anyOf?: JsonSchema[];
	pattern?: string;
};

function humanize(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldFor(name: string, schema: JsonSchema, required: boolean): CmsField {
	const base = { name, label: schema.description ?? humanize(name), ...(required ? {} : { required: false }) };
	const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
	if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map(String) };
	if (schema.const !== undefined) return { ...base, widget: 'hidden', default: schema.const };
	if (type === 'object' && schema.properties) return { ...base, widget: 'object', fields: fieldsOf(schema) };
	if (type === 'array' && schema.items) {
		const items = schema.items;
		if (items.enum) return { ...base, widget: 'select', multiple: true, options: items.enum.map(String) };
		if (items.type === 'object' && items.properties)
			return { ...base, widget: 'list', fields: fieldsOf(items), collapsed: true };
		return { ...base, widget: 'list', field: fieldFor('item', items, true) };
	}
	if (type === 'integer' || type === 'number') {
		const min = schema.minimum ?? schema.exclusiveMinimum;
		return {
			...base,
			widget: 'number',
			value_type: type === 'integer' ? 'int' : 'float',
			...(min !== undefined ? { min } : {}),
			...(schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER ? { max: schema.maximum } : {}),
			...(type === 'number' ? { step: 0.1 } : {}),
		};
	}
	if (type === 'boolean') return { ...base, widget: 'boolean' };
	if (type === 'string' && schema.format === 'date')
		return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD', time_format: false };
	return { ...base, widget: 'string' };
}

function fieldsOf(schema: JsonSchema): CmsField[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).map(([name, child]) => fieldFor(name, child, required.has(name)));
}

/** The form for one data file: a field per top-level key, nested objects and lists included. */
export function cmsFieldsFromSchema(schema: z.ZodType): CmsField[] {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	return fieldsOf(json);
}
