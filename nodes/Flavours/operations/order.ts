import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	createOperation,
	encodeId,
	pickerField,
	recordOperation,
	rowValues,
	rowsField,
} from '../../shared/fields';
import {
	compact,
	parseJsonArrayParameter,
	type ParameterReader,
	type Resource,
	type SingleRequest,
} from '../../shared/operations';
import { branchField, marketField, names, optional, optionalFields, text } from './common';
import { flavoursList } from './list';

const order = names('order', 'orders');

// [doc] "TAKE_AWAY" and "PROCESS" appear in the order sample; [guess] the other values.
const ORDER_TYPES = ['DELIVERY', 'DINE_IN', 'DRIVE_THRU', 'TAKE_AWAY'];
const ORDER_STATUSES = ['CANCELED', 'COMPLETED', 'PENDING', 'PROCESS', 'READY'];
const choices = (values: string[]) => values.map((value) => ({ name: value, value }));

const productsField = rowsField(
	{ name: 'products', row: 'product', plural: 'Products', singular: 'Product' },
	'What the customer ordered',
	[
		text('Note', 'note', 'e.g. no onions'),
		{ ...text('Product ID', 'product_id'), required: true },
		{
			displayName: 'Quantity',
			name: 'qty',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
		},
	],
	true,
);

const orderFields: INodeProperties[] = [
	marketField(),
	branchField(),
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: choices(ORDER_TYPES),
		default: 'TAKE_AWAY',
	},
	productsField,
	optionalFields('additionalFields', [
		text('Customer ID', 'customer_id'),
		text('Discount Code', 'discount_code', 'e.g. WELCOME10'),
		text('Note', 'note'),
		{ ...text('Source', 'source', 'e.g. n8n'), description: 'Where the order came from' },
		text('Table ID', 'table_id'),
	]),
];

// [guess] The order body: {market_id, branch_id, type, products [{product_id, qty, note}], ...}.
function orderBody(p: ParameterReader): IDataObject {
	return {
		market_id: p.get<string>('marketId'),
		branch_id: p.get<string>('branchId'),
		type: p.get<string>('type'),
		products: rowValues(p, 'products', 'product').map(compact),
		...optional(p, 'additionalFields'),
	};
}

const post = (path: SingleRequest['path'], body: SingleRequest['body']): SingleRequest => ({
	kind: 'single',
	method: 'POST',
	path,
	body,
});

const ordersJsonField: INodeProperties = {
	displayName: 'Orders (JSON)',
	name: 'ordersJson',
	type: 'json',
	default: '[]',
	required: true,
	description: 'A JSON array of orders, each shaped like the body of Create',
};

const syncBody = (p: ParameterReader) => ({
	orders: parseJsonArrayParameter(p, 'ordersJson', 'Orders (JSON)'),
});

export const orderResource: Resource = {
	value: 'order',
	name: 'Order',
	description: 'Orders: create, price, pay, update and sync',
	operations: [
		flavoursList(order, '/orders', {
			includes: ['branch', 'customer', 'market', 'products'],
			filters: ['market', 'branch'],
		}),
		// [guess] every path below but the list
		recordOperation('get', order, (id) => `/orders/${id}`),
		createOperation(
			'order',
			'/orders',
			{ fields: orderFields, body: orderBody },
			'Send a new order to a branch',
		),
		{
			value: 'calculate',
			name: 'Calculate',
			action: 'Calculate an order',
			description: 'Price an order (totals, tax, discounts) without placing it',
			fields: orderFields,
			request: post('/orders/calculate', orderBody),
		},
		{
			value: 'checkout',
			name: 'Checkout',
			action: 'Check out an order',
			description: 'Record the payment of an order and close it',
			fields: [
				{ ...text('Order ID', 'orderId'), required: true },
				pickerField(
					'paymentMethodId',
					'Payment Method',
					'getPaymentMethods',
					'How it was paid',
					true,
				),
				optionalFields('additionalFields', [text('Amount', 'amount', 'e.g. 86.25')]),
			],
			request: post(
				(p) => `/orders/${encodeId(p, 'orderId')}/checkout`,
				(p) => ({
					payment_method_id: p.get<string>('paymentMethodId'),
					...optional(p, 'additionalFields'),
				}),
			),
		},
		recordOperation('update', order, (id) => `/orders/${id}`, {
			fields: [
				optionalFields('updateFields', [
					text('Note', 'note'),
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						options: choices(ORDER_STATUSES),
						default: 'PROCESS',
					},
					text('Table ID', 'table_id'),
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
		{
			value: 'sync',
			name: 'Sync',
			action: 'Sync orders',
			description: 'Send orders taken while offline (for example at a kiosk) in one call',
			fields: [ordersJsonField],
			request: { ...post('/orders/sync', syncBody), offerJsonBody: false },
		},
	],
};
