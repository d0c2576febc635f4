import { localizedNameFields } from '../../shared/actions/fields';
import { createOperation, GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { localizedName, retmList, UUID_OR_ID, valueField } from './fields';

export const TAX_TYPES = [
	{ name: 'Fixed Amount', value: 1 },
	{ name: 'Percentage', value: 2 },
];

export const taxResource: Resource = {
	value: 'tax',
	name: 'Tax',
	description: 'Taxes such as VAT',
	picker: 'getTaxes',
	// [doc] A tax nested in an order charge is keyed `uuid` (api-5053421), one in a product `id`
	// (api-11176998); the tax list is not documented, so either is taken.
	pickerKeys: UUID_OR_ID,
	defaultOperation: GET_MANY,
	operations: [
		createOperation({
			name: 'Create',
			action: 'Create a tax',
			description: 'Add a tax, for example VAT at 15%',
			path: '/taxes/create',
			fields: [
				...localizedNameFields('tax'),
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: TAX_TYPES,
					default: 2,
					description: 'Whether the value is a fixed amount or a percentage',
				},
				valueField('tax'),
			],
			body: (p) => ({
				name: localizedName(p),
				type: p.get<number>('type'),
				value: p.get<string>('value'),
			}),
		}),
		// [guess] paths of both operations
		retmList({
			name: 'Get Many',
			action: 'Get many taxes',
			description: 'List the taxes of the business',
			path: '/taxes/list',
		}),
	],
};
