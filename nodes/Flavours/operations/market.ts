import { GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { flavoursList } from './fields';

export const marketResource: Resource = {
	value: 'market',
	picker: 'getMarkets',
	name: 'Market',
	description: 'Markets (brands) the account can see',
	defaultOperation: GET_MANY,
	operations: [
		// [doc] the list (doc.flavours.sa market/listMarkets); [guess] the branches include and the
		// active filter, which the docs do not list.
		flavoursList({
			name: 'Get Many',
			action: 'Get many markets',
			description: 'List the markets',
			path: '/markets',
			includes: ['branches'],
			filters: ['active'],
			guessed: ['active', 'branches'],
		}),
	],
};
