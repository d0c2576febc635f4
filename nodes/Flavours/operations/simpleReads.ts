import { recordOperation } from '../../shared/fields';
import type { Resource } from '../../shared/operations';
import { names } from './common';
import { flavoursList, type ListFilter } from './list';

/** A resource Flavours lets the node list and read, nothing more. [guess] paths of all three. */
function listAndGet(
	value: string,
	name: string,
	singular: string,
	plural: string,
	path: string,
	description: string,
	list: { includes: string[]; filters: ListFilter[] },
): Resource {
	const record = names(singular, plural);
	return {
		value,
		name,
		description,
		operations: [
			flavoursList(record, path, list),
			recordOperation('get', record, (id) => `${path}/${id}`),
		],
	};
}

// [guess] the market include of both lists.
export const productCategoryResource = listAndGet(
	'productCategory',
	'Product Category',
	'product category',
	'product categories',
	'/product-categories',
	'Menu categories of a market',
	{ includes: ['market'], filters: ['market', 'active'] },
);

export const paymentMethodResource = listAndGet(
	'paymentMethod',
	'Payment Method',
	'payment method',
	'payment methods',
	'/payment-methods',
	'Ways customers pay',
	{ includes: ['market'], filters: ['market', 'branch', 'active'] },
);
