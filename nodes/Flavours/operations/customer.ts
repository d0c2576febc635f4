import type { INodeProperties } from 'n8n-workflow';

import { createOperation, recordOperation } from '../../shared/fields';
import type { Resource } from '../../shared/operations';
import { names, optional, optionalFields, text } from './common';
import { flavoursList } from './list';

const customer = names('customer', 'customers');

const GENDERS = [
	{ name: 'Female', value: 'FEMALE' },
	{ name: 'Male', value: 'MALE' },
];

// The customer's details beside name and phone, keyed as the customer webhook shows them.
const detailFields: INodeProperties[] = [
	text('City', 'city', 'The city the customer lives in', 'e.g. Riyadh'),
	text('District', 'district', 'The district of the city the customer lives in', 'e.g. Al Olaya'),
	text('Email', 'email', "The customer's email address", 'e.g. name@email.com'),
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		options: GENDERS,
		default: 'FEMALE',
		description: "The customer's gender",
	},
	text(
		'Language',
		'lang',
		'The language messages go out in: ar for Arabic, en for English',
		'e.g. ar',
	),
	text('Street', 'street', "The street of the customer's address", 'e.g. Olaya St'),
	text(
		'Tax Number',
		'tax_number',
		"The customer's VAT registration number, for invoices to a business",
		'e.g. 310123456700003',
	),
];

const phoneField = (required: boolean): INodeProperties => ({
	...text(
		'Phone',
		'phone',
		"The customer's mobile number without the country code, which goes in Phone Prefix",
		'e.g. 551234567',
	),
	required,
});

const phonePrefixField: INodeProperties = {
	...text('Phone Prefix', 'phone_prefix', 'The country calling code, without + or 00', 'e.g. 966'),
	default: '966',
};

// [doc] the list; [guess] the other paths and the flat body {name, phone_prefix, phone, ...}.
export const customerResource: Resource = {
	value: 'customer',
	name: 'Customer',
	description: 'Customers of the restaurant',
	operations: [
		// [guess] the market include
		flavoursList(customer, '/users/customers', {
			includes: ['market'],
			filters: ['market', 'active'],
		}),
		recordOperation('get', customer, (id) => `/users/customers/${id}`),
		createOperation('customer', '/users/customers', {
			fields: [
				{
					...text('Name', 'name', "The customer's full name", 'e.g. Noura Al-Qahtani'),
					required: true,
				},
				phoneField(true),
				optionalFields('additionalFields', [phonePrefixField, ...detailFields]),
			],
			body: (p) => ({
				name: p.get<string>('name'),
				phone: p.get<string>('phone'),
				...optional(p, 'additionalFields'),
			}),
		}),
		recordOperation('update', customer, (id) => `/users/customers/${id}`, {
			fields: [
				optionalFields('updateFields', [
					text('Name', 'name', "The customer's new full name"),
					phoneField(false),
					phonePrefixField,
					...detailFields,
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
	],
};
