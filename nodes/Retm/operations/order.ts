import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { optionalFields, pickerField, rowsField, textField } from '../../shared/actions/fields';
import { createOperation, GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import {
	compact,
	type ParameterReader,
	parseJsonArrayParameter,
	rowValues,
} from '../../shared/actions/parameters';
import { ID_EXAMPLE, retmList } from './fields';

const moneyText = (displayName: string, name: string, description: string, example: string) =>
	textField(displayName, name, `${description}, in SAR`, `e.g. ${example}`);

// [doc] a product: id*, quantity* number, total* number, discount number, modifiers, note (api-5053414)
const productsField = rowsField(
	{ displayName: 'Products', name: 'products', placeholder: 'Add Product' },
	{ displayName: 'Product', name: 'product' },
	'What the customer ordered',
	[
		moneyText('Discount', 'discount', 'The discount on this line', '5.000'),
		textField('Note', 'note', 'A note for the kitchen about this product', 'e.g. no onions'),
		{
			...textField('Product ID', 'id', 'The RETM ID of the product ordered', ID_EXAMPLE),
			required: true,
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'How many of this product',
		},
		{ ...moneyText('Total', 'total', 'The line total', '75.000'), required: true },
	],
	true,
);

// A separate list rather than a list inside each product: n8n cannot nest multi-value collections.
// [guess] RETM does not document a modifier's shape: {id, quantity, price}.
const modifiersField = rowsField(
	{ displayName: 'Modifiers', name: 'modifiers', placeholder: 'Add Modifier' },
	{ displayName: 'Modifier', name: 'modifier' },
	'Extras and options for the products above, each tied to a product by its ID',
	[
		textField(
			'For Product ID',
			'productId',
			'The ID of the product this modifier belongs to',
			ID_EXAMPLE,
		),
		textField(
			'Modifier ID',
			'id',
			'The RETM ID of the modifier: the extra or option chosen',
			ID_EXAMPLE,
		),
		moneyText('Price', 'price', 'What the modifier adds to the price', '5.000'),
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			default: 1,
			description: 'How many of this modifier',
		},
	],
);

// [doc] Once an address is given, address, id, latitude, longitude and name (multi-language) are
// required (api-5053414). `name` keeps its parameter name: it was a single "Label", now the English
// name, so a saved "Home" still goes out as the English name.
const ADDRESS_REQUIRED: Array<[string, string]> = [
	['address', 'Address'],
	['id', 'Address ID'],
	['latitude', 'Latitude'],
	['longitude', 'Longitude'],
	['name', 'Name (English)'],
];

const addressField: INodeProperties = {
	displayName: 'Delivery Address',
	name: 'address',
	type: 'collection',
	placeholder: 'Add Address Field',
	default: {},
	description:
		'Where to deliver. Once any field is added, RETM needs Address, Address ID, Latitude, Longitude and Name (English).',
	options: [
		textField(
			'Address',
			'address',
			'The street address to deliver to',
			'e.g. King Fahd Rd, Al Olaya, Riyadh',
		),
		textField(
			'Address ID',
			'id',
			"Your system's or RETM's ID for this address of the customer",
			ID_EXAMPLE,
		),
		textField(
			'Latitude',
			'latitude',
			'Where to deliver: the latitude in decimal degrees',
			'e.g. 24.7136',
		),
		textField(
			'Longitude',
			'longitude',
			'Where to deliver: the longitude in decimal degrees',
			'e.g. 46.6753',
		),
		textField('Name (Arabic)', 'nameAr', "The address's name in Arabic", 'e.g. المنزل'),
		textField(
			'Name (English)',
			'name',
			"The address's name in English, such as Home or Work",
			'e.g. Home',
		),
		textField('Note', 'note', 'Directions for the driver', 'e.g. second floor'),
	],
};

/** Rows of an amount and what it is for: a payment method, a tax. */
const amountRows = (
	list: Parameters<typeof rowsField>[0],
	row: Parameters<typeof rowsField>[1],
	description: string,
	picker: INodeProperties,
): INodeProperties =>
	rowsField(list, row, description, [
		moneyText('Amount', 'amount', 'The amount', '86.250'),
		picker,
	]);

const createFields: INodeProperties[] = [
	pickerField(
		'branchId',
		'Branch Name or ID',
		'getBranches',
		'The branch that prepares the order',
		true,
	),
	{
		...textField(
			'Customer Phone',
			'customerPhone',
			'The phone number of the customer who placed the order',
			'e.g. 0551234567',
		),
		required: true,
	},
	productsField,
	modifiersField,
	optionalFields('additionalFields', [
		textField('Customer Name (Arabic)', 'customerNameAr', "The customer's name in Arabic"),
		textField('Customer Name (English)', 'customerNameEn', "The customer's name in English"),
		{
			// [guess] RETM documents discount[] as Discount[] without its inner shape: written as JSON.
			displayName: 'Discounts (JSON)',
			name: 'discountsJson',
			type: 'json',
			default: '[]',
			description:
				"The discounts on the whole order, as a JSON array of objects that goes out as RETM's discount field",
		},
		textField(
			'Note',
			'note',
			'A note about the whole order, for the branch',
			'e.g. pick-up at 8 pm',
		),
		pickerField(
			'orderType',
			'Order Type Name or ID',
			'getOrderTypes',
			'Dine-in, take-away, delivery...',
		),
		textField(
			'Partner Reference',
			'partnerReference',
			"Your system's ID for the order, to find or cancel it later",
		),
		moneyText('Subtotal', 'subtotal', 'The order total before tax', '75.000'),
		moneyText('Tax', 'tax', 'The tax on the order', '11.250'),
		moneyText('Total', 'total', 'What the customer pays, tax included', '86.250'),
	]),
	addressField,
	// [guess] RETM does not document the shapes of payments and taxes: {id, amount}.
	amountRows(
		{ displayName: 'Payments', name: 'payments', placeholder: 'Add Payment' },
		{ displayName: 'Payment', name: 'entry' },
		'The payments of the order',
		pickerField('id', 'Payment Method Name or ID', 'getPaymentMethods', 'How it was paid'),
	),
	amountRows(
		{ displayName: 'Taxes', name: 'taxes', placeholder: 'Add Tax' },
		{ displayName: 'Tax', name: 'entry' },
		'The taxes of the order',
		pickerField('id', 'Tax Name or ID', 'getTaxes', 'Which tax'),
	),
];

const refuse = (p: ParameterReader, message: string, description: string) =>
	new NodeOperationError(p.node, message, { itemIndex: p.itemIndex, description });

const isBlank = (value: unknown) =>
	value === undefined || value === null || String(value).trim() === '';

/** [doc] Money goes out as a number (api-5053414); "75.000" and 75 both do. Blank stays out. */
function money(p: ParameterReader, value: unknown, label: string): number | undefined {
	if (isBlank(value)) return undefined;
	const amount = Number(String(value).trim());
	if (Number.isFinite(amount)) return amount;
	throw refuse(
		p,
		`The "${label}" parameter is not an amount`,
		`Enter ${label} as a number of riyals, like 75 or 75.000; "${String(value)}" is not a number.`,
	);
}

function deliveryAddress(p: ParameterReader): IDataObject | undefined {
	const given = compact(p.get<IDataObject>('address', {}));
	if (!Object.keys(given).length) return undefined;
	const missing = ADDRESS_REQUIRED.filter(([name]) => isBlank(given[name])).map(
		([, label]) => label,
	);
	if (missing.length)
		throw refuse(
			p,
			`The "Delivery Address" parameter is missing ${missing.map((label) => `"${label}"`).join(', ')}`,
			'Once a delivery address is given, RETM needs its Address, Address ID, Latitude, Longitude and Name (English). Add the missing fields, or remove the Delivery Address.',
		);
	const { nameAr, name, ...rest } = given;
	return { ...rest, name: compact({ en: name, ar: nameAr }) };
}

function orderBody(p: ParameterReader): IDataObject {
	const extra = p.get<IDataObject>('additionalFields', {});
	const modifiers = rowValues(p, 'modifiers', 'modifier');
	const products = rowValues(p, 'products', 'product').map((product, index) => {
		const at = `Products > Total (product ${index + 1})`;
		if (isBlank(product.total))
			throw refuse(
				p,
				`The "${at}" parameter is empty`,
				'RETM needs the line total of every product: enter what this line costs, in SAR.',
			);
		const own = modifiers
			.filter((modifier) => modifier.productId === product.id)
			.map((modifier) =>
				compact({
					id: modifier.id,
					quantity: modifier.quantity,
					price: money(p, modifier.price, 'Modifiers > Price'),
				}),
			);
		return compact({
			id: product.id,
			quantity: product.quantity,
			total: money(p, product.total, at),
			discount: money(p, product.discount, `Products > Discount (product ${index + 1})`),
			note: product.note,
			modifiers: own.length ? own : undefined,
		});
	});
	const name = compact({ en: extra.customerNameEn, ar: extra.customerNameAr });
	const amounts = (list: string, label: string) =>
		rowValues(p, list, 'entry').map((entry) =>
			compact({ ...entry, amount: money(p, entry.amount, `${label} > Amount`) }),
		);
	const payments = amounts('payments', 'Payments');
	const taxes = amounts('taxes', 'Taxes');
	const discount =
		extra.discountsJson === undefined
			? []
			: parseJsonArrayParameter(p, 'additionalFields.discountsJson', 'Discounts (JSON)');
	return compact({
		branch: p.get<string>('branchId'),
		products,
		customer: compact({
			phone: p.get<string>('customerPhone'),
			name: Object.keys(name).length ? name : undefined,
			address: deliveryAddress(p),
		}),
		ordertype: extra.orderType,
		partner_reference: extra.partnerReference,
		note: extra.note,
		discount: discount.length ? discount : undefined,
		subtotal: money(p, extra.subtotal, 'Subtotal'),
		tax: money(p, extra.tax, 'Tax'),
		total: money(p, extra.total, 'Total'),
		payments: payments.length ? payments : undefined,
		taxes: taxes.length ? taxes : undefined,
	});
}

// [guess] RETM's delivery statuses are not documented; these follow Flavours' delivery statuses.
// By name, as the editor lists them; the values run from 1 (Under Review) to 7 (Delivered).
const DELIVERY_STATUSES = [
	{ name: 'Assigned', value: 5 },
	{ name: 'Canceled', value: 3 },
	{ name: 'Delivered', value: 7 },
	{ name: 'In Process', value: 2 },
	{ name: 'Out for Delivery', value: 6 },
	{ name: 'Pickup Ready', value: 4 },
	{ name: 'Under Review', value: 1 },
];

export const orderResource: Resource = {
	value: 'order',
	name: 'Order',
	description: 'Orders sent to the POS',
	defaultOperation: GET_MANY,
	operations: [
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
		createOperation({
			name: 'Create',
			action: 'Create an order',
			description: 'Send a new order to a branch POS',
			path: '/orders/create',
			fields: createFields,
			body: orderBody,
		}),
		// [guess] path
		retmList({
			name: 'Get Many',
			action: 'Get many orders',
			description: 'List orders',
			path: '/orders/list',
		}),
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
