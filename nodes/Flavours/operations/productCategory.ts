import { idField } from '../../shared/actions/fields';
import { GET_MANY, recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { flavoursList } from './fields';

// [guess] paths of both operations, and the market include of the list.
export const productCategoryResource: Resource = {
	value: 'productCategory',
	name: 'Product Category',
	description: 'Menu categories of a market',
	picker: 'getProductCategories',
	defaultOperation: GET_MANY,
	operations: [
		// [doc] Product category ids are integers, not UUIDs.
		recordOperation('get', {
			name: 'Get',
			action: 'Get a product category',
			description: 'Get one product category by ID',
			id: idField(
				'productCategoryId',
				'Product Category ID',
				'The ID of the product category to get',
				'e.g. 3',
			),
			path: (id) => `/product-categories/${id}`,
		}),
		flavoursList({
			name: 'Get Many',
			action: 'Get many product categories',
			description: 'List the product categories',
			path: '/product-categories',
			includes: ['market'],
			filters: ['active', 'market'],
			// [guess] the docs list neither the active filter nor the market include here.
			guessed: ['active', 'market'],
		}),
	],
};
