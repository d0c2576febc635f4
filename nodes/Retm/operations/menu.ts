import { readOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';

export const menuResource: Resource = {
	value: 'menu',
	name: 'Menu',
	description: 'The whole menu',
	defaultOperation: 'get',
	operations: [
		// [guess] path
		readOperation({
			name: 'Get',
			action: 'Get the menu',
			description: 'Get the whole menu: categories with their products',
			path: '/menu',
		}),
	],
};
