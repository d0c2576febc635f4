import type { INodeProperties } from 'n8n-workflow';

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

/**
 * A picker filled from one of the platform's lists, that also accepts an id typed as an expression.
 * The display name is written out at the call site ("Tax Name or ID"), as n8n's lint and a reader
 * see it; its type holds it to the "... Name or ID" wording n8n asks of such pickers.
 */
export function pickerField(
	name: string,
	displayName: `${string} Name or ID`,
	loadOptionsMethod: string,
	description: string,
	required = false,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod },
		default: '',
		required,
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/**
 * A name in English (required) and Arabic, as two fields `nameEn` and `nameAr`; the Arabic one is
 * required too where the platform asks for both.
 */
export function localizedNameFields(
	what: string,
	{ arabicRequired = false } = {},
): INodeProperties[] {
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
			...(arabicRequired ? { required: true } : {}),
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

/**
 * A list the user adds rows to, such as the products of an order: `list` is the field with its Add
 * button (`placeholder`), `row` the section each row is, as the editor shows them.
 */
export function rowsField(
	list: { displayName: string; name: string; placeholder: string },
	row: { displayName: string; name: string },
	description: string,
	values: INodeProperties[],
	required = false,
): INodeProperties {
	return {
		displayName: list.displayName,
		name: list.name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: list.placeholder,
		default: {},
		required,
		description,
		options: [{ ...row, values }],
	};
}

/**
 * A collection of optional fields, sent only when filled in. The editor shows them as given: give them
 * in alphabetical order of their display names.
 */
export function optionalFields(
	name: 'additionalFields' | 'updateFields',
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName: name === 'updateFields' ? 'Update Fields' : 'Additional Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** A text field with what it is for, and an example when one helps. */
export const textField = (
	displayName: string,
	name: string,
	description: string,
	placeholder?: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
});
