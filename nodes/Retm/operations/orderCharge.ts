import { localizedNameFields, pickerField } from '../../shared/actions/fields';
import { createOperation, GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { compact } from '../../shared/actions/parameters';
import { localizedName, retmList, UUID_OR_ID, valueField } from './fields';

export const orderChargeResource: Resource = {
	value: 'orderCharge',
	name: 'Order Charge',
	description: 'Service and delivery charges added to orders',
	// [doc] order charges are a bare array keyed `uuid`, not `id` (api-5053421).
	picker: 'getOrderCharges',
	pickerKeys: UUID_OR_ID,
	defaultOperation: GET_MANY,
	operations: [
		// [guess] create path
		createOperation({
			name: 'Create',
			action: 'Create an order charge',
			description: 'Add a charge such as a service or delivery fee',
			path: '/charges/create',
			fields: [
				...localizedNameFields('charge'),
				valueField('charge'),
				pickerField('taxId', 'Tax Name or ID', 'getTaxes', 'The tax applied to the charge, if any'),
			],
			body: (p) =>
				compact({
					name: localizedName(p),
					value: p.get<string>('value'),
					tax: p.get<string>('taxId', ''),
				}),
		}),
		retmList({
			name: 'Get Many',
			action: 'Get many order charges',
			description: 'List the order charges of the business',
			path: '/charges/list',
		}),
	],
};
