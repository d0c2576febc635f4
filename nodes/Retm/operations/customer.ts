import { GET_MANY, NORMALIZED_CUSTOMER_SHAPE } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { retmList } from './fields';
import { simplifyCustomerRecord } from '../simplify';

export const customerResource: Resource = {
	value: 'customer',
	name: 'Customer',
	description: 'Customers of the business',
	defaultOperation: GET_MANY,
	operations: [
		// [guess] path: the customers page gives no path.
		{
			...retmList({
				name: 'Get Many',
				action: 'Get many customers',
				description: 'List the customers of the business',
				path: '/customers/list',
			}),
			simplify: { shape: NORMALIZED_CUSTOMER_SHAPE, record: simplifyCustomerRecord },
		},
	],
};
