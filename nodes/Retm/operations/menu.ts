import type { Resource } from '../../shared/operations';
import { encodeId, idField, listOperation } from './fields';

export const categoryResource: Resource = {
	value: 'category',
	name: 'Category',
	description: 'Menu categories',
	operations: [
		// [guess] path
		listOperation('categories', '/categories/list', 'List the menu categories'),
		{
			value: 'get',
			name: 'Get',
			action: 'Get a category',
			description: 'Get one menu category by ID',
			fields: [idField('categoryId', 'Category ID', 'The ID of the category')],
			request: {
				kind: 'single',
				method: 'GET',
				path: (p) => `/categories/${encodeId(p, 'categoryId')}`,
			},
		},
	],
};

export const productResource: Resource = {
	value: 'product',
	name: 'Product',
	description: 'Menu products with their variations and modifiers',
	operations: [
		// [guess] path
		listOperation('products', '/products/list', 'List the menu products'),
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product',
			description: 'Get one product with its price, variations, modifiers and taxes',
			fields: [idField('productId', 'Product ID', 'The ID of the product')],
			request: {
				kind: 'single',
				method: 'GET',
				path: (p) => `/products/${encodeId(p, 'productId')}`,
			},
		},
		// [guess] path
		listOperation(
			'products',
			'/products/simple-list',
			'List products with only their basic fields',
			'getSimpleList',
			'Get Simple List',
		),
	],
};

export const menuResource: Resource = {
	value: 'menu',
	name: 'Menu',
	description: 'The whole menu',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get the menu',
			description: 'Get the whole menu: categories with their products',
			// [guess] path
			request: { kind: 'single', method: 'GET', path: '/menu' },
		},
	],
};

export const groupResource: Resource = {
	value: 'group',
	name: 'Group',
	description: 'Product groups',
	operations: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a group',
			description: 'Get one product group by ID',
			fields: [idField('groupId', 'Group ID', 'The ID of the group')],
			request: { kind: 'single', method: 'GET', path: (p) => `/groups/${encodeId(p, 'groupId')}` },
		},
	],
};
