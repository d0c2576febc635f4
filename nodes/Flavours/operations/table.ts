import type { INodeProperties } from 'n8n-workflow';

import { createOperation, recordOperation } from '../../shared/fields';
import { compact, type Resource } from '../../shared/operations';
import { activeField, branchField, names, optional, optionalFields, text } from './common';
import { flavoursList } from './list';

const table = names('table', 'tables');

const capacityField: INodeProperties = {
	displayName: 'Capacity',
	name: 'capacity',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 4,
	description: 'How many guests the table seats',
};

// [doc] the list; [guess] the other paths and the body {branch_id, name, capacity, is_active}.
export const tableResource: Resource = {
	value: 'table',
	name: 'Table',
	description: 'Dine-in tables of a branch',
	operations: [
		// [guess] the market include
		flavoursList(table, '/tables', {
			includes: ['branch', 'market'],
			filters: ['market', 'branch', 'active'],
		}),
		recordOperation('get', table, (id) => `/tables/${id}`),
		createOperation('table', '/tables', {
			fields: [
				branchField(),
				{
					...text('Name', 'name', 'What the table is called, such as its number', 'e.g. T12'),
					required: true,
				},
				capacityField,
			],
			body: (p) =>
				compact({
					branch_id: p.get<string>('branchId'),
					name: p.get<string>('name'),
					capacity: p.get<number>('capacity'),
				}),
		}),
		recordOperation('update', table, (id) => `/tables/${id}`, {
			fields: [
				optionalFields('updateFields', [
					text('Name', 'name', 'The new name of the table', 'e.g. T12'),
					capacityField,
					activeField('table'),
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
		recordOperation('delete', table, (id) => `/tables/${id}`),
	],
};
