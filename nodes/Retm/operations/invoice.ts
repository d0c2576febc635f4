import { GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { retmList } from './fields';

export const invoiceResource: Resource = {
	value: 'invoice',
	name: 'Invoice',
	description: 'Invoices: orders as sold at the POS',
	defaultOperation: GET_MANY,
	operations: [
		retmList({
			name: 'Get Many',
			action: 'Get many invoices',
			description: 'List the invoices of the business',
			path: '/invoices/list',
		}),
	],
};
