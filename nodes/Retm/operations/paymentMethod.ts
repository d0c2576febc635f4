import { localizedNameFields } from '../../shared/actions/fields';
import { createOperation, GET_MANY } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { filled, retmList } from './fields';

// [doc] By name, as the editor lists them; RETM numbers them Cash 1 to Third Party 6.
export const PAYMENT_TYPES = [
	{ name: 'Card', value: 2 },
	{ name: 'Cash', value: 1 },
	{ name: 'Credit Account', value: 5 },
	{ name: 'Gift Card', value: 4 },
	{ name: 'Other', value: 3 },
	{ name: 'Third Party', value: 6 },
];

export const paymentMethodResource: Resource = {
	value: 'paymentMethod',
	name: 'Payment Method',
	description: 'Ways customers pay',
	picker: 'getPaymentMethods',
	defaultOperation: GET_MANY,
	operations: [
		// [doc] name {en*, ar*}, type*, auto_open_drawer*, ecr_enabled*, zatca_payment_code* (api-5053420)
		createOperation({
			name: 'Create',
			action: 'Create a payment method',
			description: 'Add a payment method',
			path: '/payments/create',
			fields: [
				...localizedNameFields('payment method', { arabicRequired: true }),
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
					required: true,
					placeholder: 'e.g. 10',
					description:
						'The payment means code ZATCA e-invoices use for this method, for example 10 for cash or 48 for a card',
				},
			],
			body: (p) => ({
				name: {
					en: filled(p, 'nameEn', 'Name (English)'),
					ar: filled(p, 'nameAr', 'Name (Arabic)'),
				},
				type: Number(p.get<number>('type', 1)),
				auto_open_drawer: p.get<boolean>('autoOpenDrawer', false),
				ecr_enabled: p.get<boolean>('ecrEnabled', false),
				zatca_payment_code: filled(p, 'zatcaPaymentCode', 'ZATCA Payment Code'),
			}),
		}),
		// [guess] list path
		retmList({
			name: 'Get Many',
			action: 'Get many payment methods',
			description: 'List the payment methods of the business',
			path: '/payments/list',
		}),
	],
};
