import { localizedNameFields } from '../../shared/actions/fields';
import { createOperation, GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { localizedName, retmList } from './fields';

export const orderTypeResource: Resource = {
	value: 'orderType',
	name: 'Order Type',
	description: 'Dine-in, take-away, delivery and other order types',
	picker: 'getOrderTypes',
	defaultOperation: GET_MANY,
	operations: [
		createOperation({
			name: 'Create',
			action: 'Create an order type',
			description: 'Add an order type',
			path: '/order-types/create',
			fields: localizedNameFields('order type'),
			body: (p) => ({ name: localizedName(p) }),
		}),
		// [guess] paths of both operations
		retmList({
			name: 'Get Many',
			action: 'Get many order types',
			description: 'List the order types of the business',
			path: '/order-types/list',
		}),
	],
};
