import { idField } from '../../shared/actions/fields';
import { recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { ID_EXAMPLE } from './fields';

export const groupResource: Resource = {
	value: 'group',
	name: 'Group',
	description: 'Product groups',
	defaultOperation: 'get',
	operations: [
		recordOperation('get', {
			name: 'Get',
			action: 'Get a group',
			description: 'Get one group by ID',
			id: idField('groupId', 'Group ID', 'The ID of the group to get', ID_EXAMPLE),
			path: (id) => `/groups/${id}`,
		}),
	],
};
