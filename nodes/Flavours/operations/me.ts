import { readOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';

export const meResource: Resource = {
	value: 'me',
	name: 'Me',
	description: 'The account the access token belongs to',
	// [guess] path
	defaultOperation: 'get',
	operations: [
		readOperation({
			name: 'Get',
			action: 'Get my account',
			description: 'Get the user the access token belongs to',
			path: '/me',
		}),
	],
};
