import { idField } from '../../shared/actions/fields';
import { GET_MANY, recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { ID_EXAMPLE, retmList } from './fields';

export const categoryResource: Resource = {
	value: 'category',
	name: 'Category',
	description: 'Menu categories',
	defaultOperation: GET_MANY,
	operations: [
		recordOperation('get', {
			name: 'Get',
			action: 'Get a category',
			description: 'Get one menu category by ID',
			id: idField('categoryId', 'Category ID', 'The ID of the category to get', ID_EXAMPLE),
			path: (id) => `/categories/${id}`,
		}),
		// [guess] path
		retmList({
			name: 'Get Many',
			action: 'Get many categories',
			description: 'List the menu categories',
			path: '/categories/list',
		}),
	],
};
