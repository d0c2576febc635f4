import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { compact, type ParameterReader, type Resource } from '../../shared/operations';
import { createOperation, pickerField, rowValues, rowsField } from '../../shared/fields';
import { ID_EXAMPLE, retmList } from './fields';

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
			description: 'The discount on this line, in SAR',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. no onions',
			description: 'A note for the kitchen about this product',
		},
		{
			displayName: 'Product ID',
			name: 'id',
			type: 'string',
			default: '',
			required: true,
			placeholder: ID_EXAMPLE,
			description: 'The RETM ID of the product ordered',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'How many of this product',
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
			placeholder: ID_EXAMPLE,
			description: 'The ID of the product this modifier belongs to',
		},
		{
			displayName: 'Modifier ID',
			name: 'id',
			type: 'string',
			default: '',
			placeholder: ID_EXAMPLE,
			description: 'The RETM ID of the modifier: the extra or option chosen',
		},
		{
			displayName: 'Price',
			name: 'price',
			type: 'string',
			default: '',
			placeholder: 'e.g. 5.000',
			description: 'What the modifier adds to the price, in SAR',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			default: 1,
			description: 'How many of this modifier',
		},
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
			description: 'The street address to deliver to',
		},
		{
			displayName: 'Address ID',
			name: 'id',
			type: 'string',
			default: '',
			placeholder: ID_EXAMPLE,
			description: 'The RETM ID of an address saved for the customer, to deliver there',
		},
		{
			displayName: 'Label',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Home',
			description: 'A name for the address, such as Home or Work',
		},
		{
			displayName: 'Latitude',
			name: 'latitude',
			type: 'string',
			default: '',
			placeholder: 'e.g. 24.7136',
			description: 'Where to deliver: the latitude in decimal degrees',
		},
		{
			displayName: 'Longitude',
			name: 'longitude',
			type: 'string',
			default: '',
			placeholder: 'e.g. 46.6753',
			description: 'Where to deliver: the longitude in decimal degrees',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. second floor',
			description: 'Directions for the driver',
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
			description: 'The amount in SAR',
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
		description: 'The phone number of the customer who placed the order',
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
				description: "The customer's name in Arabic",
			},
			{
				displayName: 'Customer Name (English)',
				name: 'customerNameEn',
				type: 'string',
				default: '',
				description: "The customer's name in English",
			},
			{
				displayName: 'Note',
				name: 'note',
				type: 'string',
				default: '',
				placeholder: 'e.g. pick-up at 8 pm',
				description: 'A note about the whole order, for the branch',
			},
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
				description: 'The order total before tax, in SAR',
			},
			{
				displayName: 'Tax',
				name: 'tax',
				type: 'string',
				default: '',
				placeholder: 'e.g. 11.250',
				description: 'The tax on the order, in SAR',
			},
			{
				displayName: 'Total',
				name: 'total',
				type: 'string',
				default: '',
				placeholder: 'e.g. 86.250',
				description: 'What the customer pays, tax included, in SAR',
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
// In the order of the values; the node shows them by name.
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
						{
							name: 'Order ID',
							value: 'order_id',
							description: 'The ID RETM gave the order',
						},
						{
							name: 'Partner Reference',
							value: 'partner_reference',
							description: 'The reference your system sent when it created the order',
						},
					],
					default: 'order_id',
					description: 'Which of the two identifies the order below',
				},
				{
					displayName: 'Order ID or Reference',
					name: 'orderRef',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. ORD-2025-0042',
					description:
						"The order's RETM ID, or the partner reference it was created with, as chosen in Find Order By",
				},
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. Customer asked to cancel',
					description: 'Why the order is canceled; sent to RETM with the cancellation',
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
				{
					displayName: 'Order ID',
					name: 'orderId',
					type: 'string',
					default: '',
					required: true,
					placeholder: ID_EXAMPLE,
					description: 'The RETM ID of the delivery order',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: DELIVERY_STATUSES,
					default: 2,
					description: 'Where the delivery is now, from under review to delivered',
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
