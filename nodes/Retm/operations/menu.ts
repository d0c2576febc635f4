import type { Resource } from '../../shared/operations';
import { encodeId, idField, queryField, queryParameters } from './fields';

export const categoryResource: Resource = {
	value: 'category',
	name: 'Category',
	description: 'Menu categories',
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many categories',
			description: 'List the menu categories',
			fields: [queryField],
			// [guess] path
			request: { kind: 'list', path: '/categories/list', qs: queryParameters },
		},
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
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many products',
			description: 'List the menu products',
			fields: [queryField],
			// [guess] path
			request: { kind: 'list', path: '/products/list', qs: queryParameters },
		},
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
		{
			value: 'getSimpleList',
			name: 'Get Simple List',
			action: 'Get a simple list of products',
			description: 'List products with only their basic fields',
			fields: [queryField],
			// [guess] path
			request: { kind: 'list', path: '/products/simple-list', qs: queryParameters },
		},
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
