import { readOperation } from '../../shared/fields';
import type { Resource } from '../../shared/operations';

export const meResource: Resource = {
	value: 'me',
	name: 'Me',
	description: 'The account the access token belongs to',
	// [guess] path
	operations: [readOperation('Get my account', 'Get the user the access token belongs to', '/me')],
};
