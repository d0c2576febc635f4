import type { INodeProperties } from 'n8n-workflow';

import { idField, optionalFields, textField } from '../../shared/actions/fields';
import {
	createOperation,
	GET_MANY,
	recordOperation,
	recordOperations,
} from '../../shared/actions/operationBuilders';
import type { Resource } from '../../shared/actions/operations';
import { compact, optionalValues } from '../../shared/actions/parameters';
import { activeField, branchField, flavoursList, ID_EXAMPLE } from './fields';

/** The table Delete, Get and Update act on: its ID parameter and its path. */
const tableRecord = (idDescription: string) => ({
	id: idField('tableId', 'Table ID', idDescription, ID_EXAMPLE),
	path: (id: string) => `/tables/${id}`,
});

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
	defaultOperation: GET_MANY,
	operations: [
		createOperation({
			name: 'Create',
			action: 'Create a table',
			description: 'Add a table',
			path: '/tables',
			fields: [
				branchField(),
				{
					...textField('Name', 'name', 'What the table is called, such as its number', 'e.g. T12'),
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
		...recordOperations(tableRecord, {
			delete: {
				name: 'Delete',
				action: 'Delete a table',
				description: 'Delete one table by ID',
				idDescription: 'The ID of the table to delete',
			},
			get: {
				name: 'Get',
				action: 'Get a table',
				description: 'Get one table by ID',
				idDescription: 'The ID of the table to get',
			},
		}),
		// [doc] the branch and market includes and filters (docs.flavours.sa Tables List); [guess] the
		// active filter.
		flavoursList({
			name: 'Get Many',
			action: 'Get many tables',
			description: 'List the tables',
			path: '/tables',
			includes: ['branch', 'market'],
			filters: ['active', 'branch', 'market'],
			guessed: ['active'],
		}),
		recordOperation('update', {
			name: 'Update',
			action: 'Update a table',
			description: 'Update one table by ID',
			...tableRecord('The ID of the table to update'),
			fields: [
				optionalFields('updateFields', [
					activeField('table'),
					capacityField,
					textField('Name', 'name', 'The new name of the table', 'e.g. T12'),
				]),
			],
			body: (p) => optionalValues(p, 'updateFields'),
		}),
	],
};
