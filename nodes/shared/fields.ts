import {
	NodeOperationError,
	type IDataObject,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';

import type { Operation, ParameterReader } from './operations';

/** A required id parameter, typed or picked with an expression. */
export function idField(
	name: string,
	displayName: string,
	description: string,
	placeholder?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		...(placeholder ? { placeholder } : {}),
		description,
	};
}

/** An API value as words a user reads: `DINE_IN` -> "Dine In", `market` -> "Market". */
const asWords = (value: string): string =>
	value
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.split(/[\s_-]+/)
		.filter(Boolean)
		.map((word) => word[0].toUpperCase() + word.slice(1).toLowerCase())
		.join(' ');

/** Options shown as words, their values sent to the API unchanged. */
export const wordOptions = (values: string[]): INodePropertyOptions[] =>
	values.map((value) => ({ name: asWords(value), value }));

/** A picker filled from one of the platform's lists, that also accepts an id typed as an expression. */
export function pickerField(
	name: string,
	displayName: string,
	loadOptionsMethod: string,
	description: string,
	required = false,
): INodeProperties {
	return {
		displayName: `${displayName} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod },
		default: '',
		required,
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** A name in English (required) and Arabic, as two fields `nameEn` and `nameAr`. */
export function bilingualNameFields(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Name (English)',
			name: 'nameEn',
			type: 'string',
			default: '',
			required: true,
			description: `The ${what}'s name in English`,
		},
		{
			displayName: 'Name (Arabic)',
			name: 'nameAr',
			type: 'string',
			default: '',
			description: `The ${what}'s name in Arabic`,
		},
	];
}

/** Name/value rows sent as query parameters, for filters a platform does not document. */
export function extraQueryField(platform: string): INodeProperties {
	return {
		displayName: 'Query Parameters',
		name: 'query',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Query Parameter',
		default: {},
		description: `Filters ${platform} does not document but your account supports, sent as they are`,
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. branch_id',
						description: 'The name of the query parameter, spelt as the API expects it',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'The value the query parameter is set to',
					},
				],
			},
		],
	};
}

export function extraQueryParameters(params: ParameterReader): IDataObject {
	const { parameter = [] } = params.get<{ parameter?: Array<{ name: string; value: string }> }>(
		'query',
		{},
	);
	return Object.fromEntries(
		parameter.filter((entry) => entry.name).map((entry) => [entry.name, entry.value]),
	);
}

/**
 * The id parameter `name` (shown as `label`), encoded for a URL path. An expression may hand over a
 * number (`{{ $json.id }}`). An empty id is refused rather than sent: `/branches/` would reach the
 * list, and a POST to `/users/customers/` would create a customer instead of updating one.
 */
export function encodeId(params: ParameterReader, name: string, label: string): string {
	const value = params.get<unknown>(name, '');
	const id =
		typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
	if (id) return encodeURIComponent(id);
	const { node, itemIndex } = params;
	if (id === '' || value === undefined || value === null)
		throw new NodeOperationError(node, `The "${label}" parameter is empty`, {
			itemIndex,
			description: `Enter the ${label} for every item. If it is an expression, it resolved to nothing for this item: check that the input item has the field the expression reads, and that the field is not empty.`,
		});
	const kind = Array.isArray(value)
		? 'a list'
		: typeof value === 'object'
			? 'an object'
			: 'true or false';
	throw new NodeOperationError(node, `The "${label}" parameter is not an ID`, {
		itemIndex,
		description: `Set "${label}" to one ID, as text or a number. Its expression resolved to ${kind}: point it at the field that holds the ID, for example {{ $json.id }}.`,
	});
}

/**
 * How one record is named in operation labels: `{ singular: 'branch', plural: 'branches' }`, and an
 * example of its id for the id field's placeholder.
 */
export interface RecordNames {
	singular: string;
	plural: string;
	idExample?: string;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/** "Get Many": a list the platform's transport pages through, with Return All / Limit added. */
export function listOperation(
	plural: string,
	path: string,
	query: { fields: INodeProperties[]; qs: (params: ParameterReader) => IDataObject },
	description = `List the ${plural}`,
): Operation {
	return {
		value: 'getAll',
		name: 'Get Many',
		action: `Get many ${plural}`,
		description,
		fields: query.fields,
		request: { kind: 'list', path, qs: query.qs },
	};
}

/** An operation on one record found by id: `GET`, `DELETE`, or a write with a body. */
export function recordOperation(
	kind: 'get' | 'delete' | 'update',
	names: RecordNames,
	path: (id: string) => string,
	extra: Pick<Operation, 'fields'> & { body?: (params: ParameterReader) => IDataObject } = {},
	description?: string,
): Operation {
	const idName = `${camelCased(names.singular)}Id`;
	const idLabel = `${capitalized(names.singular)} ID`;
	const verb = { get: 'Get', delete: 'Delete', update: 'Update' }[kind];
	const method = { get: 'GET', delete: 'DELETE', update: 'POST' } as const;
	return {
		value: kind,
		name: verb,
		action: `${verb} ${article(names.singular)}`,
		description: description ?? `${verb} one ${names.singular} by ID`,
		fields: [
			idField(
				idName,
				idLabel,
				`The ID of the ${names.singular} to ${verb.toLowerCase()}`,
				names.idExample && `e.g. ${names.idExample}`,
			),
			...(extra.fields ?? []),
		],
		request: {
			kind: 'single',
			method: method[kind],
			path: (p) => path(encodeId(p, idName, idLabel)),
			body: extra.body,
		},
	};
}

const capitalized = (words: string) => words.replace(/(^|\s)\S/g, (letter) => letter.toUpperCase());

// 'payment method' -> 'paymentMethod'
const camelCased = (words: string) =>
	words.replace(/\s+(\S)/g, (_, letter: string) => letter.toUpperCase());

/** "Create": POST the body built from `fields` to `path`. */
export function createOperation(
	singular: string,
	path: string,
	form: { fields: INodeProperties[]; body: (params: ParameterReader) => IDataObject },
	description = `Add ${article(singular)}`,
): Operation {
	return {
		value: 'create',
		name: 'Create',
		action: `Create ${article(singular)}`,
		description,
		fields: form.fields,
		request: { kind: 'single', method: 'POST', path, body: form.body },
	};
}

/** "Get" for a record that needs no id: the menu, the account behind the token. */
export function readOperation(action: string, description: string, path: string): Operation {
	return {
		value: 'get',
		name: 'Get',
		action,
		description,
		request: { kind: 'single', method: 'GET', path },
	};
}

/** A list the user adds rows to, such as the products of an order. */
export function rowsField(
	list: { name: string; row: string; plural: string; singular: string },
	description: string,
	values: INodeProperties[],
	required = false,
): INodeProperties {
	return {
		displayName: list.plural,
		name: list.name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: `Add ${list.singular}`,
		default: {},
		required,
		description,
		options: [{ displayName: list.singular, name: list.row, values }],
	};
}

/** The rows the user added to a `rowsField`. */
export const rowValues = (params: ParameterReader, name: string, row: string): IDataObject[] =>
	params.get<Record<string, IDataObject[] | undefined>>(name, {})[row] ?? [];
