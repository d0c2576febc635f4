import type { INodeProperties } from 'n8n-workflow';

import { idField, optionalFields, textField } from '../../shared/actions/fields';
import { createOperation, GET_MANY, recordOperation } from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { compact, optionalValues } from '../../shared/actions/parameters';
import { flavoursList, marketField } from './fields';

/**
 * The payment method Get and Update act on: its key parameter and its path. [doc] Payment methods
 * have no id: they are keyed by `key` (CASH, MADA, ...), which the detail and update paths take as
 * {methodKey} (doc.flavours.sa payment-method pages). The parameter keeps its earlier name
 * `paymentMethodId`, so saved workflows keep their value.
 */
const paymentMethodRecord = (idDescription: string) => ({
	id: idField('paymentMethodId', 'Payment Method Key', idDescription, 'e.g. CASH'),
	path: (key: string) => `/payment-methods/${key}`,
});

const onlineField: INodeProperties = {
	displayName: 'Online',
	name: 'is_online',
	type: 'boolean',
	default: false,
	description: 'Whether customers pay with it online (on) or at the restaurant (off)',
};

// [doc] logo_img is an uploaded image up to 2.2.0 and a URL since 2.3.0 (changelog); the node sends
// JSON, so it sends a URL. For a file upload use the API Request resource.
const logoField = (required: boolean): INodeProperties => ({
	...textField(
		'Logo URL',
		'logo_img',
		'The address (URL) of the logo shown for the payment method',
		'e.g. https://cdn.example.com/apple-pay.png',
	),
	required,
});

export const paymentMethodResource: Resource = {
	value: 'paymentMethod',
	name: 'Payment Method',
	description: 'Ways customers pay',
	picker: 'getPaymentMethods',
	pickerKeys: ['key'],
	defaultOperation: GET_MANY,
	operations: [
		// [doc] name* (at most 64 characters), is_online*, logo_img*, market_id? (createPaymentMethod)
		createOperation({
			name: 'Create',
			action: 'Create a payment method',
			description: 'Add a payment method',
			path: '/payment-methods',
			fields: [
				{
					...textField('Name', 'name', 'What the payment method is called', 'e.g. Apple Pay'),
					required: true,
				},
				{ ...onlineField, required: true },
				logoField(true),
				optionalFields('additionalFields', [
					{
						...marketField(false),
						name: 'market_id',
						description: 'The market (brand) the payment method is for',
					},
				]),
			],
			body: (p) =>
				compact({
					name: p.get<string>('name'),
					is_online: p.get<boolean>('is_online', false),
					logo_img: p.get<string>('logo_img'),
					...optionalValues(p, 'additionalFields'),
				}),
		}),
		recordOperation('get', {
			name: 'Get',
			action: 'Get a payment method',
			description: 'Get one payment method by its key',
			...paymentMethodRecord('The key of the payment method to get'),
		}),
		// [doc] the documented filters; [guess] the earlier market, branch and active filters and the
		// market include, kept so saved workflows keep them.
		flavoursList({
			name: 'Get Many',
			action: 'Get many payment methods',
			description: 'List the payment methods',
			path: '/payment-methods',
			includes: ['market'],
			filters: ['active', 'branch', 'paymentMethodKeys', 'market', 'online', 'scope'],
			guessed: ['active', 'branch', 'market'],
			unscoped: true,
		}),
		// [doc] is_online?, logo_img? (updatePaymentMethod)
		recordOperation('update', {
			name: 'Update',
			action: 'Update a payment method',
			description: 'Update one payment method by its key',
			...paymentMethodRecord('The key of the payment method to update'),
			fields: [optionalFields('updateFields', [logoField(false), onlineField])],
			body: (p) => optionalValues(p, 'updateFields'),
		}),
	],
};
