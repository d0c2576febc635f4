import type { Resource } from '../../shared/operations';
import { compact } from '../../shared/operations';
import {
	bilingualNameFields as localizedNameFields,
	createOperation,
	pickerField,
} from '../../shared/fields';
import { localizedName, retmList } from './fields';

export const orderTypeResource: Resource = {
	value: 'orderType',
	name: 'Order Type',
	description: 'Dine-in, take-away, delivery and other order types',
	operations: [
		// [guess] paths of both operations
		retmList('order types', '/order-types/list'),
		createOperation('order type', '/order-types/create', {
			fields: localizedNameFields('order type'),
			body: (p) => ({ name: localizedName(p) }),
		}),
	],
};

// [doc] In the order of the values; the node shows them by name.
export const PAYMENT_TYPES = [
	{ name: 'Cash', value: 1 },
	{ name: 'Card', value: 2 },
	{ name: 'Other', value: 3 },
	{ name: 'Gift Card', value: 4 },
	{ name: 'Credit Account', value: 5 },
	{ name: 'Third Party', value: 6 },
];

export const paymentMethodResource: Resource = {
	value: 'paymentMethod',
	name: 'Payment Method',
	description: 'Ways customers pay',
	operations: [
		// [guess] list path
		retmList('payment methods', '/payments/list'),
		createOperation('payment method', '/payments/create', {
			fields: [
				...localizedNameFields('payment method'),
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: PAYMENT_TYPES,
					default: 1,
					description: 'What kind of payment this is',
				},
				{
					displayName: 'Auto Open Drawer',
					name: 'autoOpenDrawer',
					type: 'boolean',
					default: false,
					description: 'Whether the cash drawer opens when this method is used',
				},
				{
					displayName: 'ECR Enabled',
					name: 'ecrEnabled',
					type: 'boolean',
					default: false,
					description: 'Whether payments go through the card terminal (ECR)',
				},
				{
					displayName: 'ZATCA Payment Code',
					name: 'zatcaPaymentCode',
					type: 'string',
					default: '',
					description:
						'The payment means code ZATCA e-invoices use for this method, for example 10 for cash',
				},
			],
			body: (p) =>
				compact({
					name: localizedName(p),
					type: p.get<number>('type'),
					auto_open_drawer: p.get<boolean>('autoOpenDrawer', false),
					ecr_enabled: p.get<boolean>('ecrEnabled', false),
					zatca_payment_code: p.get<string>('zatcaPaymentCode', ''),
				}),
		}),
	],
};

export const TAX_TYPES = [
	{ name: 'Fixed Amount', value: 1 },
	{ name: 'Percentage', value: 2 },
];

const valueField = (what: string) => ({
	displayName: 'Value',
	name: 'value',
	type: 'string' as const,
	default: '',
	required: true,
	placeholder: 'e.g. 15.00',
	description: `The ${what}'s value: an amount in SAR, or a percentage`,
});

export const orderChargeResource: Resource = {
	value: 'orderCharge',
	name: 'Order Charge',
	description: 'Service and delivery charges added to orders',
	operations: [
		retmList('order charges', '/charges/list'),
		// [guess] create path
		createOperation(
			'order charge',
			'/charges/create',
			{
				fields: [
					...localizedNameFields('charge'),
					valueField('charge'),
					pickerField('taxId', 'Tax', 'getTaxes', 'The tax applied to the charge, if any'),
				],
				body: (p) =>
					compact({
						name: localizedName(p),
						value: p.get<string>('value'),
						tax: p.get<string>('taxId', ''),
					}),
			},
			'Add a charge such as a service or delivery fee',
		),
	],
};

export const taxResource: Resource = {
	value: 'tax',
	name: 'Tax',
	description: 'Taxes such as VAT',
	operations: [
		// [guess] paths of both operations
		retmList('taxes', '/taxes/list'),
		createOperation(
			'tax',
			'/taxes/create',
			{
				fields: [
					...localizedNameFields('tax'),
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: TAX_TYPES,
						default: 2,
						description: 'Whether the value is a fixed amount or a percentage',
					},
					valueField('tax'),
				],
				body: (p) => ({
					name: localizedName(p),
					type: p.get<number>('type'),
					value: p.get<string>('value'),
				}),
			},
			'Add a tax, for example VAT at 15%',
		),
	],
};
