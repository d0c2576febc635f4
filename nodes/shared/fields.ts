import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation, ParameterReader } from './operations';

/** A required id parameter, typed or picked with an expression. */
export function idField(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, description };
}

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
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
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

// An expression may hand over a number (`{{ $json.id }}`).
export const encodeId = (params: ParameterReader, name: string) =>
	encodeURIComponent(String(params.get<string | number>(name, '')).trim());

/** How one record is named in operation labels: `{ singular: 'branch', plural: 'branches' }`. */
export interface RecordNames {
	singular: string;
	plural: string;
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
	const verb = { get: 'Get', delete: 'Delete', update: 'Update' }[kind];
	const method = { get: 'GET', delete: 'DELETE', update: 'POST' } as const;
	return {
		value: kind,
		name: verb,
		action: `${verb} ${article(names.singular)}`,
		description: description ?? `${verb} one ${names.singular} by ID`,
		fields: [
			idField(idName, `${capitalized(names.singular)} ID`, `The ID of the ${names.singular}`),
			...(extra.fields ?? []),
		],
		request: {
			kind: 'single',
			method: method[kind],
			path: (p) => path(encodeId(p, idName)),
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
