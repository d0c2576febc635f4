import type { INodeProperties } from 'n8n-workflow';

import type { Operation, ParameterReader } from '../../shared/operations';

/** A required id parameter, typed or picked with an expression. */
export function idField(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, description };
}

/** A picker filled from a RETM list, that also accepts an id typed as an expression. */
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

/** RETM's localized name `{en, ar}` as two fields. */
export function localizedNameFields(what: string): INodeProperties[] {
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

export function localizedName(params: ParameterReader) {
	const en = params.get<string>('nameEn', '');
	const ar = params.get<string>('nameAr', '');
	return ar ? { en, ar } : { en };
}

export const queryField: INodeProperties = {
	displayName: 'Query Parameters',
	name: 'query',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Query Parameter',
	default: {},
	description: 'Filters RETM does not document but your account supports, sent as they are',
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

export function queryParameters(params: ParameterReader) {
	const { parameter = [] } = params.get<{ parameter?: Array<{ name: string; value: string }> }>(
		'query',
		{},
	);
	return Object.fromEntries(
		parameter.filter((entry) => entry.name).map((entry) => [entry.name, entry.value]),
	);
}

export const encodeId = (params: ParameterReader, name: string) =>
	encodeURIComponent(params.get<string>(name, '').trim());

/** A RETM list: Return All / Limit, plus any query parameters the user adds. */
export function listOperation(
	plural: string,
	path: string,
	description = `List the ${plural} of the business`,
	value = 'getAll',
	name = 'Get Many',
): Operation {
	return {
		value,
		name,
		action: `Get many ${plural}`,
		description,
		fields: [queryField],
		request: { kind: 'list', path, qs: queryParameters },
	};
}
