import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { compact, type ParameterReader, type Resource } from '../../shared/operations';
import { createOperation, pickerField, rowValues, rowsField } from '../../shared/fields';
import { retmList } from './fields';

const productsField = rowsField(
	{ name: 'products', row: 'product', plural: 'Products', singular: 'Product' },
	'What the customer ordered',
	[
		{
			displayName: 'Discount',
			name: 'discount',
			type: 'string',
			default: '',
			placeholder: 'e.g. 5.000',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. no onions',
		},
		{ displayName: 'Product ID', name: 'id', type: 'string', default: '', required: true },
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
		},
		{
			displayName: 'Total',
			name: 'total',
			type: 'string',
			default: '',
			placeholder: 'e.g. 75.000',
			description: 'The line total in SAR',
		},
	],
	true,
);

// A separate list rather than a list inside each product: n8n cannot nest multi-value collections.
// [guess] RETM does not document a modifier's shape: {id, quantity, price}.
const modifiersField = rowsField(
	{ name: 'modifiers', row: 'modifier', plural: 'Modifiers', singular: 'Modifier' },
	'Extras and options for the products above, each tied to a product by its ID',
	[
		{
			displayName: 'For Product ID',
			name: 'productId',
			type: 'string',
			default: '',
			description: 'The ID of the product this modifier belongs to',
		},
		{ displayName: 'Modifier ID', name: 'id', type: 'string', default: '' },
		{
			displayName: 'Price',
			name: 'price',
			type: 'string',
			default: '',
			placeholder: 'e.g. 5.000',
		},
		{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1 },
	],
);

const addressField: INodeProperties = {
	displayName: 'Delivery Address',
	name: 'address',
	type: 'collection',
	placeholder: 'Add Address Field',
	default: {},
	options: [
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			placeholder: 'e.g. King Fahd Rd, Al Olaya, Riyadh',
		},
		{ displayName: 'Address ID', name: 'id', type: 'string', default: '' },
		{ displayName: 'Label', name: 'name', type: 'string', default: '', placeholder: 'e.g. Home' },
		{
			displayName: 'Latitude',
			name: 'latitude',
			type: 'string',
			default: '',
			placeholder: 'e.g. 24.7136',
		},
		{
			displayName: 'Longitude',
			name: 'longitude',
			type: 'string',
			default: '',
			placeholder: 'e.g. 46.6753',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. second floor',
		},
	],
};

const amountRows = (
	name: string,
	plural: string,
	singular: string,
	picker: INodeProperties,
): INodeProperties =>
	rowsField({ name, row: 'entry', plural, singular }, `The ${name} of the order`, [
		picker,
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			default: '',
			placeholder: 'e.g. 86.250',
		},
	]);

const createFields: INodeProperties[] = [
	pickerField('branchId', 'Branch', 'getBranches', 'The branch that prepares the order', true),
	{
		displayName: 'Customer Phone',
		name: 'customerPhone',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 0551234567',
	},
	productsField,
	modifiersField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Customer Name (Arabic)',
				name: 'customerNameAr',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Customer Name (English)',
				name: 'customerNameEn',
				type: 'string',
				default: '',
			},
			{ displayName: 'Note', name: 'note', type: 'string', default: '' },
			{
				...pickerField(
					'orderType',
					'Order Type',
					'getOrderTypes',
					'Dine-in, take-away, delivery...',
				),
			},
			{
				displayName: 'Partner Reference',
				name: 'partnerReference',
				type: 'string',
				default: '',
				description: "Your system's ID for the order, to find or cancel it later",
			},
			{
				displayName: 'Subtotal',
				name: 'subtotal',
				type: 'string',
				default: '',
				placeholder: 'e.g. 75.000',
			},
			{ displayName: 'Tax', name: 'tax', type: 'string', default: '', placeholder: 'e.g. 11.250' },
			{
				displayName: 'Total',
				name: 'total',
				type: 'string',
				default: '',
				placeholder: 'e.g. 86.250',
			},
		],
	},
	addressField,
	// [guess] RETM does not document the shapes of payments and taxes: {id, amount}.
	amountRows(
		'payments',
		'Payments',
		'Payment',
		pickerField('id', 'Payment Method', 'getPaymentMethods', 'How it was paid'),
	),
	amountRows('taxes', 'Taxes', 'Tax', pickerField('id', 'Tax', 'getTaxes', 'Which tax')),
];

function orderBody(p: ParameterReader): IDataObject {
	const extra = p.get<IDataObject>('additionalFields', {});
	const modifiers = rowValues(p, 'modifiers', 'modifier');
	const products = rowValues(p, 'products', 'product').map((product) => {
		const own = modifiers
			.filter((modifier) => modifier.productId === product.id)
			.map((modifier) =>
				compact({ id: modifier.id, quantity: modifier.quantity, price: modifier.price }),
			);
		return compact({
			id: product.id,
			quantity: product.quantity,
			total: product.total,
			discount: product.discount,
			note: product.note,
			modifiers: own.length ? own : undefined,
		});
	});
	const name = compact({ en: extra.customerNameEn, ar: extra.customerNameAr });
	const address = compact(p.get<IDataObject>('address', {}));
	const amounts = (name: string) => rowValues(p, name, 'entry').map(compact);
	return compact({
		branch: p.get<string>('branchId'),
		products,
		customer: compact({
			phone: p.get<string>('customerPhone'),
			name: Object.keys(name).length ? name : undefined,
			address: Object.keys(address).length ? address : undefined,
		}),
		ordertype: extra.orderType,
		partner_reference: extra.partnerReference,
		note: extra.note,
		subtotal: extra.subtotal,
		tax: extra.tax,
		total: extra.total,
		payments: amounts('payments').length ? amounts('payments') : undefined,
		taxes: amounts('taxes').length ? amounts('taxes') : undefined,
	});
}

// [guess] RETM's delivery statuses are not documented; these follow Flavours' delivery statuses.
const DELIVERY_STATUSES = [
	{ name: 'Under Review', value: 1 },
	{ name: 'In Process', value: 2 },
	{ name: 'Canceled', value: 3 },
	{ name: 'Pickup Ready', value: 4 },
	{ name: 'Assigned', value: 5 },
	{ name: 'Out for Delivery', value: 6 },
	{ name: 'Delivered', value: 7 },
];

export const orderResource: Resource = {
	value: 'order',
	name: 'Order',
	description: 'Orders sent to the POS',
	operations: [
		// [guess] path
		retmList('orders', '/orders/list', 'List orders'),
		createOperation(
			'order',
			'/orders/create',
			{ fields: createFields, body: orderBody },
			'Send a new order to a branch POS',
		),
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel an order',
			description: 'Cancel an order by its RETM ID or your partner reference',
			fields: [
				{
					displayName: 'Find Order By',
					name: 'cancelBy',
					type: 'options',
					options: [
						{ name: 'Order ID', value: 'order_id' },
						{ name: 'Partner Reference', value: 'partner_reference' },
					],
					default: 'order_id',
				},
				{
					displayName: 'Order ID or Reference',
					name: 'orderRef',
					type: 'string',
					default: '',
					required: true,
				},
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. Customer asked to cancel',
				},
			],
			// [guess] path and body
			request: {
				kind: 'single',
				method: 'POST',
				path: '/orders/cancel',
				body: (p) => ({
					[p.get<string>('cancelBy')]: p.get<string>('orderRef'),
					reason: p.get<string>('reason'),
				}),
			},
		},
		{
			value: 'updateDeliveryStatus',
			name: 'Update Delivery Status',
			action: 'Update the delivery status of an order',
			description: 'Tell RETM where a delivery order is',
			fields: [
				{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '', required: true },
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: DELIVERY_STATUSES,
					default: 2,
				},
			],
			// [guess] path and body
			request: {
				kind: 'single',
				method: 'POST',
				path: '/orders/delivery-status',
				body: (p) => ({ order_id: p.get<string>('orderId'), status: p.get<number>('status') }),
			},
		},
	],
};
