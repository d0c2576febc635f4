import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	createOperation,
	encodeId,
	idField,
	pickerField,
	recordOperation,
	rowValues,
	rowsField,
	wordOptions,
} from '../../shared/fields';
import {
	compact,
	parseJsonArrayParameter,
	type ParameterReader,
	type Resource,
	type SingleRequest,
} from '../../shared/operations';
import { branchField, idText, marketField, names, optional, optionalFields, text } from './common';
import { flavoursList } from './list';

const order = names('order', 'orders');

// [doc] "TAKE_AWAY" and "PROCESS" appear in the order sample; [guess] the other values.
const ORDER_TYPES = ['DELIVERY', 'DINE_IN', 'DRIVE_THRU', 'TAKE_AWAY'];
const ORDER_STATUSES = ['CANCELED', 'COMPLETED', 'PENDING', 'PROCESS', 'READY'];

const productsField = rowsField(
	{ name: 'products', row: 'product', plural: 'Products', singular: 'Product' },
	'What the customer ordered',
	[
		text('Note', 'note', 'A note for the kitchen about this product', 'e.g. no onions'),
		{ ...idText('Product ID', 'product_id', 'The ID of the product ordered'), required: true },
		{
			displayName: 'Quantity',
			name: 'qty',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'How many of this product',
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
		options: wordOptions(ORDER_TYPES),
		default: 'TAKE_AWAY',
		description: 'How the customer gets the order: delivery, dine in, drive thru or take away',
	},
	productsField,
	optionalFields('additionalFields', [
		idText('Customer ID', 'customer_id', 'The customer who placed the order'),
		text(
			'Discount Code',
			'discount_code',
			'A discount code to apply to the order',
			'e.g. WELCOME10',
		),
		text('Note', 'note', 'A note about the whole order, for the branch', 'e.g. pick-up at 8 pm'),
		text('Source', 'source', 'Where the order came from', 'e.g. n8n'),
		idText('Table ID', 'table_id', 'The table a dine-in order is served at'),
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
				idField('orderId', 'Order ID', 'The ID of the order that was paid', 'e.g. 42'),
				pickerField(
					'paymentMethodId',
					'Payment Method',
					'getPaymentMethods',
					'How it was paid',
					true,
				),
				optionalFields('additionalFields', [
					text(
						'Amount',
						'amount',
						'How much was paid; leave it out when the customer paid the order total',
						'e.g. 86.25',
					),
				]),
			],
			request: post(
				(p) => `/orders/${encodeId(p, 'orderId', 'Order ID')}/checkout`,
				(p) => ({
					payment_method_id: p.get<string>('paymentMethodId'),
					...optional(p, 'additionalFields'),
				}),
			),
		},
		recordOperation('update', order, (id) => `/orders/${id}`, {
			fields: [
				optionalFields('updateFields', [
					text('Note', 'note', 'A new note about the whole order, for the branch'),
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						options: wordOptions(ORDER_STATUSES),
						default: 'PROCESS',
						description:
							'Where the order is now: pending, in process, ready, completed, or canceled',
					},
					idText('Table ID', 'table_id', 'The table the order moves to'),
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
