import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { idField, optionalFields, textField } from '../../shared/actions/fields';
import {
	createOperation,
	GET_MANY,
	NORMALIZED_CUSTOMER_SHAPE,
	recordOperation,
} from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { compact, optionalValues, type ParameterReader } from '../../shared/actions/parameters';
import { flavoursList, ID_EXAMPLE, marketField } from './fields';
import { simplifyCustomerRecord } from '../simplify';

/** The customer Get and Update act on: its ID parameter and its path. */
const customerRecord = (idDescription: string) => ({
	id: idField('customerId', 'Customer ID', idDescription, ID_EXAMPLE),
	path: (id: string) => `/users/customers/${id}`,
});

const emailField = textField(
	'Email',
	'email',
	"The customer's email address",
	'e.g. name@email.com',
);

const GENDERS = [
	{ name: 'Female', value: 'FEMALE' },
	{ name: 'Male', value: 'MALE' },
];

// [guess] Update's body: the customer's details beside name and phone, keyed as the customer webhook
// shows them (the create page documents none of them), split where
// Name, Phone and Phone Prefix fall between them in the editor's alphabetical lists.
const addressFields: INodeProperties[] = [
	textField('City', 'city', 'The city the customer lives in', 'e.g. Riyadh'),
	textField(
		'District',
		'district',
		'The district of the city the customer lives in',
		'e.g. Al Olaya',
	),
	emailField,
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		options: GENDERS,
		default: 'FEMALE',
		description: "The customer's gender",
	},
	textField(
		'Language',
		'lang',
		'The language messages go out in: ar for Arabic, en for English',
		'e.g. ar',
	),
];

const streetAndTaxFields: INodeProperties[] = [
	textField('Street', 'street', "The street of the customer's address", 'e.g. Olaya St'),
	textField(
		'Tax Number',
		'tax_number',
		"The customer's VAT registration number, for invoices to a business",
		'e.g. 310123456700003',
	),
];

const phoneField = (required: boolean): INodeProperties => ({
	...textField(
		'Phone',
		'phone',
		"The customer's mobile number without the country code, which goes in Phone Prefix",
		'e.g. 551234567',
	),
	required,
});

const DEFAULT_PREFIX = '966';

const phonePrefixField: INodeProperties = {
	...textField(
		'Phone Prefix',
		'phone_prefix',
		'The country calling code, without + or 00: 966 for Saudi Arabia',
		'e.g. 966',
	),
	default: DEFAULT_PREFIX,
};

/** Create's form: what Flavours requires of a new customer (name, phone prefix, phone), then the rest. */
const createFields: INodeProperties[] = [
	{
		...textField('Name', 'name', "The customer's full name", 'e.g. Noura Al-Qahtani'),
		required: true,
	},
	{ ...phonePrefixField, required: true },
	phoneField(true),
	optionalFields('additionalFields', [
		emailField,
		{
			...marketField(false),
			name: 'market_id',
			description:
				"The market (brand) the customer belongs to; without it the credential's Default Market ID is sent. Accounts with the SUBSCRIBER role must give one",
		},
		{
			...phonePrefixField,
			displayName: 'Phone Prefix (Earlier Place)',
			description:
				'Where Phone Prefix was in workflows saved before it became its own field above; used only while the field above is left at 966',
		},
	]),
];

/**
 * [doc] The create body is flat: name*, email, phone_prefix*, phone*, market_id (required for
 * SUBSCRIBER accounts) (docs.flavours.sa Customers Create). Phone Prefix once sat among the
 * Additional Fields: a workflow saved then still has it there, and it is read when the field above
 * was left at its default. The transport adds the credential's Default Market ID when no market is
 * given.
 */
function createBody(p: ParameterReader): IDataObject {
	const extra = optionalValues(p, 'additionalFields');
	const prefix = String(p.get<string>('phone_prefix', DEFAULT_PREFIX) ?? '').trim();
	const earlier = extra.phone_prefix === undefined ? '' : String(extra.phone_prefix).trim();
	const phonePrefix = earlier && prefix === DEFAULT_PREFIX ? earlier : prefix;
	if (!phonePrefix)
		throw new NodeOperationError(p.node, 'The "Phone Prefix" parameter is empty', {
			itemIndex: p.itemIndex,
			description:
				'Flavours needs the country calling code of every new customer: enter it without + or 00, for example 966 for Saudi Arabia.',
		});
	return compact({
		name: p.get<string>('name'),
		email: extra.email,
		phone_prefix: phonePrefix,
		phone: p.get<string>('phone'),
		market_id: extra.market_id,
	});
}

export const customerResource: Resource = {
	value: 'customer',
	name: 'Customer',
	description: 'Customers of the restaurant',
	defaultOperation: GET_MANY,
	operations: [
		createOperation({
			name: 'Create',
			action: 'Create a customer',
			description: 'Add a customer',
			path: '/users/customers',
			fields: createFields,
			body: createBody,
		}),
		recordOperation('get', {
			name: 'Get',
			action: 'Get a customer',
			description: 'Get one customer by ID',
			...customerRecord('The ID of the customer to get'),
		}),
		// [doc] the market filter and the userable include (docs.flavours.sa Customers List); [guess]
		// the market include and the active filter.
		{
			...flavoursList({
				name: 'Get Many',
				action: 'Get many customers',
				description: 'List the customers',
				path: '/users/customers',
				includes: ['market', 'userable'],
				filters: ['active', 'market'],
				guessed: ['active', 'market'],
			}),
			simplify: { shape: NORMALIZED_CUSTOMER_SHAPE, record: simplifyCustomerRecord },
		},
		recordOperation('update', {
			name: 'Update',
			action: 'Update a customer',
			description: 'Update one customer by ID',
			...customerRecord('The ID of the customer to update'),
			fields: [
				optionalFields('updateFields', [
					...addressFields,
					textField('Name', 'name', "The customer's new full name"),
					phoneField(false),
					phonePrefixField,
					...streetAndTaxFields,
				]),
			],
			body: (p) => optionalValues(p, 'updateFields'),
		}),
	],
};
