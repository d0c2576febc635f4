import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	idField,
	optionalFields,
	pickerField,
	rowsField,
	textField,
} from '../../shared/actions/fields';
import { createOperation, GET_MANY, recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource, SingleRequest } from '../../shared/actions/operations';
import {
	compact,
	encodeId,
	optionalValues,
	type ParameterReader,
	parseJsonArrayParameter,
	rowValues,
} from '../../shared/actions/parameters';
import { branchField, flavoursList, ID_EXAMPLE, idText, marketField } from './fields';

/** The order Get and Update act on: its ID parameter and its path. */
const orderRecord = (idDescription: string) => ({
	id: idField('orderId', 'Order ID', idDescription, ID_EXAMPLE),
	path: (id: string) => `/orders/${id}`,
});

// [doc] "TAKE_AWAY" and "PROCESS" appear in the order sample; [guess] the other values.
const ORDER_TYPES = [
	{ name: 'Delivery', value: 'DELIVERY' },
	{ name: 'Dine In', value: 'DINE_IN' },
	{ name: 'Drive Thru', value: 'DRIVE_THRU' },
	{ name: 'Take Away', value: 'TAKE_AWAY' },
];
const ORDER_STATUSES = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Completed', value: 'COMPLETED' },
	{ name: 'Pending', value: 'PENDING' },
	{ name: 'Process', value: 'PROCESS' },
	{ name: 'Ready', value: 'READY' },
];

const productsField = rowsField(
	{ displayName: 'Products', name: 'products', placeholder: 'Add Product' },
	{ displayName: 'Product', name: 'product' },
	'What the customer ordered',
	[
		textField('Note', 'note', 'A note for the kitchen about this product', 'e.g. no onions'),
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
		options: ORDER_TYPES,
		default: 'TAKE_AWAY',
		description: 'How the customer gets the order: delivery, dine in, drive thru or take away',
	},
	productsField,
	optionalFields('additionalFields', [
		idText('Customer ID', 'customer_id', 'The customer who placed the order'),
		textField(
			'Discount Code',
			'discount_code',
			'A discount code to apply to the order',
			'e.g. WELCOME10',
		),
		textField(
			'Note',
			'note',
			'A note about the whole order, for the branch',
			'e.g. pick-up at 8 pm',
		),
		textField('Source', 'source', 'Where the order came from', 'e.g. n8n'),
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
		...optionalValues(p, 'additionalFields'),
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
	// [guess] Flavours' Sync page stops after its path.
	hint: "Sent as {orders: [...]}, our reading of Flavours' Sync page, which is cut off. If Flavours refuses it, use the API Request resource with your own body.",
};

const syncBody = (p: ParameterReader) => ({
	orders: parseJsonArrayParameter(p, 'ordersJson', 'Orders (JSON)'),
});

export const orderResource: Resource = {
	value: 'order',
	name: 'Order',
	description: 'Orders: create, price, pay, update and sync',
	defaultOperation: GET_MANY,
	operations: [
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
				idField('orderId', 'Order ID', 'The ID of the order that was paid', ID_EXAMPLE),
				pickerField(
					'paymentMethodId',
					'Payment Method Name or ID',
					'getPaymentMethods',
					'How it was paid: the payment method, or its key such as CASH',
					true,
				),
				optionalFields('additionalFields', [
					textField(
						'Amount',
						'amount',
						'How much was paid; leave it out when the customer paid the order total',
						'e.g. 86.25',
					),
				]),
			],
			request: post(
				(p) => `/orders/${encodeId(p, 'orderId', 'Order ID')}/checkout`,
				// [guess] The checkout page is not stored. Payment methods are keyed by `key`, and the API
				// names them payment_method_key elsewhere (product prices, the product webhook). Another
				// body can be sent with Send Body As: JSON, or the API Request resource.
				(p) => ({
					payment_method_key: p.get<string>('paymentMethodId'),
					...optionalValues(p, 'additionalFields'),
				}),
			),
		},
		createOperation({
			name: 'Create',
			action: 'Create an order',
			description: 'Send a new order to a branch',
			path: '/orders',
			fields: orderFields,
			body: orderBody,
		}),
		// [guess] every path below but the list
		recordOperation('get', {
			name: 'Get',
			action: 'Get an order',
			description: 'Get one order by ID',
			...orderRecord('The ID of the order to get'),
		}),
		flavoursList({
			name: 'Get Many',
			action: 'Get many orders',
			description: 'List the orders',
			path: '/orders',
			includes: ['branch', 'customer', 'market', 'products'],
			filters: ['branch', 'market'],
		}),
		{
			value: 'sync',
			name: 'Sync',
			action: 'Sync orders',
			description: 'Send orders taken while offline (for example at a kiosk) in one call',
			fields: [ordersJsonField],
			request: { ...post('/orders/sync', syncBody), offerJsonBody: false },
		},
		recordOperation('update', {
			name: 'Update',
			action: 'Update an order',
			description: 'Update one order by ID',
			...orderRecord('The ID of the order to update'),
			fields: [
				optionalFields('updateFields', [
					textField('Note', 'note', 'A new note about the whole order, for the branch'),
					{
						displayName: 'Status',
						name: 'status',
						type: 'options',
						options: ORDER_STATUSES,
						default: 'PROCESS',
						description:
							'Where the order is now: pending, in process, ready, completed, or canceled',
					},
					idText('Table ID', 'table_id', 'The table the order moves to'),
				]),
			],
			body: (p) => optionalValues(p, 'updateFields'),
		}),
	],
};
