import { GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { retmList } from './fields';

export const priceListResource: Resource = {
	value: 'priceList',
	name: 'Price List',
	description: 'Price lists for branches and order types',
	defaultOperation: GET_MANY,
	operations: [
		// [guess] path: the price lists page gives no path.
		retmList({
			name: 'Get Many',
			action: 'Get many price lists',
			description: 'List the price lists of the business',
			path: '/price-lists/list',
		}),
	],
};
