import type { INodeProperties } from 'n8n-workflow';

import { createOperation, recordOperation } from '../../shared/fields';
import type { Resource } from '../../shared/operations';
import {
	activeField,
	bilingualName,
	marketField,
	nameFields,
	names,
	optional,
	optionalFields,
	text,
} from './common';
import { flavoursList } from './list';

const branch = names('branch', 'branches');

const placeFields: INodeProperties[] = [
	text(
		'Address',
		'address',
		'The street address of the branch',
		'e.g. King Fahd Rd, Al Olaya, Riyadh',
	),
	text(
		'Latitude',
		'latitude',
		'Where the branch is: its latitude in decimal degrees',
		'e.g. 24.7136',
	),
	text(
		'Longitude',
		'longitude',
		'Where the branch is: its longitude in decimal degrees',
		'e.g. 46.6753',
	),
];

export const branchResource: Resource = {
	value: 'branch',
	name: 'Branch',
	description: 'Restaurant branches of a market',
	operations: [
		flavoursList(branch, '/branches', { includes: ['market'], filters: ['market', 'active'] }),
		// [guess] get, update and delete paths
		recordOperation('get', branch, (id) => `/branches/${id}`),
		createOperation('branch', '/branches', {
			fields: [
				marketField(),
				...nameFields('branch'),
				optionalFields('additionalFields', placeFields),
			],
			body: (p) => ({
				market_id: p.get<string>('marketId'),
				...bilingualName(p),
				...optional(p, 'additionalFields'),
			}),
		}),
		recordOperation('update', branch, (id) => `/branches/${id}`, {
			fields: [
				optionalFields('updateFields', [
					text('Name (Arabic)', 'name_ar', "The branch's new name in Arabic"),
					text('Name (English)', 'name_en', "The branch's new name in English"),
					...placeFields,
					activeField('branch'),
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
		recordOperation('delete', branch, (id) => `/branches/${id}`),
	],
};
