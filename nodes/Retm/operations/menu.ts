import { readOperation, recordOperation } from '../../shared/fields';
import type { Resource } from '../../shared/operations';
import { names, retmList } from './fields';

export const categoryResource: Resource = {
	value: 'category',
	name: 'Category',
	description: 'Menu categories',
	operations: [
		// [guess] path
		retmList('categories', '/categories/list', 'List the menu categories'),
		recordOperation(
			'get',
			names('category', 'categories'),
			(id) => `/categories/${id}`,
			{},
			'Get one menu category by ID',
		),
	],
};

export const productResource: Resource = {
	value: 'product',
	name: 'Product',
	description: 'Menu products with their variations and modifiers',
	operations: [
		// [guess] path
		retmList('products', '/products/list', 'List the menu products'),
		recordOperation(
			'get',
			names('product', 'products'),
			(id) => `/products/${id}`,
			{},
			'Get one product with its price, variations, modifiers and taxes',
		),
		{
			// [guess] path
			...retmList(
				'products',
				'/products/simple-list',
				'List products with only their basic fields',
			),
			value: 'getSimpleList',
			name: 'Get Simple List',
			action: 'Get many products (basic fields)',
		},
	],
};

export const menuResource: Resource = {
	value: 'menu',
	name: 'Menu',
	description: 'The whole menu',
	operations: [
		// [guess] path
		readOperation('Get the menu', 'Get the whole menu: categories with their products', '/menu'),
	],
};

export const groupResource: Resource = {
	value: 'group',
	name: 'Group',
	description: 'Product groups',
	operations: [recordOperation('get', names('group', 'groups'), (id) => `/groups/${id}`)],
};
