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
	text('City', 'city', 'e.g. Riyadh'),
	text('District', 'district', 'e.g. Al Olaya'),
	text('Email', 'email', 'e.g. name@email.com'),
	{ displayName: 'Gender', name: 'gender', type: 'options', options: GENDERS, default: 'FEMALE' },
	{ ...text('Language', 'lang', 'e.g. ar'), description: 'The language messages go out in' },
	text('Street', 'street'),
	text('Tax Number', 'tax_number', 'e.g. 310123456700003'),
];

const phonePrefixField: INodeProperties = {
	...text('Phone Prefix', 'phone_prefix', 'e.g. 966'),
	default: '966',
	description: 'The country calling code, without + or 00',
};

// [doc] the list; [guess] the other paths and the flat body {name, phone_prefix, phone, ...}.
export const customerResource: Resource = {
	value: 'customer',
	name: 'Customer',
	description: 'Customers of the restaurant',
	operations: [
		flavoursList(customer, '/users/customers', { filters: ['market', 'active'] }),
		recordOperation('get', customer, (id) => `/users/customers/${id}`),
		createOperation('customer', '/users/customers', {
			fields: [
				{ ...text('Name', 'name', 'e.g. Noura Al-Qahtani'), required: true },
				{ ...text('Phone', 'phone', 'e.g. 551234567'), required: true },
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
					text('Name', 'name'),
					text('Phone', 'phone'),
					phonePrefixField,
					...detailFields,
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
	],
};
