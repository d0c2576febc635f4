import { GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { retmList } from './fields';

export const branchResource: Resource = {
	value: 'branch',
	name: 'Branch',
	description: 'Restaurant branches',
	picker: 'getBranches',
	defaultOperation: GET_MANY,
	operations: [
		// [guess] path: the branches page gives no path.
		retmList({
			name: 'Get Many',
			action: 'Get many branches',
			description: 'List the branches of the business',
			path: '/branches/list',
		}),
	],
};
