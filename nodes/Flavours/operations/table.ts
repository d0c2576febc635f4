import type { INodeProperties } from 'n8n-workflow';

import { createOperation, recordOperation } from '../../shared/fields';
import { compact, type Resource } from '../../shared/operations';
import { branchField, names, optional, optionalFields, text } from './common';
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
		flavoursList(table, '/tables', {
			includes: ['branch'],
			filters: ['market', 'branch', 'active'],
		}),
		recordOperation('get', table, (id) => `/tables/${id}`),
		createOperation('table', '/tables', {
			fields: [
				branchField(),
				{ ...text('Name', 'name', 'e.g. T12'), required: true },
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
					text('Name', 'name'),
					capacityField,
					{ displayName: 'Active', name: 'is_active', type: 'boolean', default: true },
				]),
			],
			body: (p) => optional(p, 'updateFields'),
		}),
		recordOperation('delete', table, (id) => `/tables/${id}`),
	],
};
