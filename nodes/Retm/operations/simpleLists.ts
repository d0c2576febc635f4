import type { Resource } from '../../shared/operations';
import { retmList } from './fields';

/** A resource whose only operation is listing. */
function listOnly(
	value: string,
	name: string,
	plural: string,
	path: string,
	description: string,
): Resource {
	return {
		value,
		name,
		description,
		operations: [retmList(plural, path)],
	};
}

export const simpleListResources: Resource[] = [
	// [guess] path: the branches, devices and price lists pages give no path.
	listOnly('branch', 'Branch', 'branches', '/branches/list', 'Restaurant branches'),
	listOnly(
		'device',
		'Device',
		'devices',
		'/devices/list',
		'POS devices registered to the business',
	),
	listOnly(
		'priceList',
		'Price List',
		'price lists',
		'/price-lists/list',
		'Price lists for branches and order types',
	),
	// [guess] path: the customers page gives no path.
	listOnly('customer', 'Customer', 'customers', '/customers/list', 'Customers of the business'),
	listOnly(
		'invoice',
		'Invoice',
		'invoices',
		'/invoices/list',
		'Invoices: orders as sold at the POS',
	),
];
