import type { Resource } from '../../shared/operations';
import { names } from './common';
import { flavoursList } from './list';

export const marketResource: Resource = {
	value: 'market',
	name: 'Market',
	description: 'Markets (brands) the account can see',
	operations: [
		// [guess] the branches include
		flavoursList(names('market', 'markets'), '/markets', {
			includes: ['branches'],
			filters: ['active'],
		}),
	],
};
