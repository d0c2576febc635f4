import { idField } from '../../shared/actions/fields';
import { GET_MANY, recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { ID_EXAMPLE, retmList } from './fields';

export const productResource: Resource = {
	value: 'product',
	name: 'Product',
	description: 'Menu products with their variations and modifiers',
	defaultOperation: GET_MANY,
	operations: [
		recordOperation('get', {
			name: 'Get',
			action: 'Get a product',
			description: 'Get one product with its price, variations, modifiers and taxes',
			id: idField('productId', 'Product ID', 'The ID of the product to get', ID_EXAMPLE),
			path: (id) => `/products/${id}`,
		}),
		// [guess] path
		retmList({
			name: 'Get Many',
			action: 'Get many products',
			description: 'List the menu products',
			path: '/products/list',
		}),
		{
			// [guess] path
			...retmList({
				name: 'Get Simple List',
				action: 'Get many products (basic fields)',
				description: 'List products with only their basic fields',
				path: '/products/simple-list',
			}),
			value: 'getSimpleList',
		},
	],
};
