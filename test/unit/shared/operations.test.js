'use strict';
const {
	findOperation,
	operationProperties,
	resolveRequest,
} = require('../../../nodes/shared/actions/operations');
const {
	listOperation,
	recordOperation,
} = require('../../../nodes/shared/actions/operationBuilders');
const { idField } = require('../../../nodes/shared/actions/fields');
const { parameterReader } = require('../../helpers/parameterReader');

const reader = (values) => parameterReader(values, 0);

const tableResource = {
	value: 'table',
	name: 'Table',
	description: 'Tables',
	defaultOperation: 'getAll',
	operations: [
		listOperation({
			name: 'Get Many',
			action: 'Get many tables',
			description: 'List the tables',
			path: '/tables',
			fields: [],
			qs: () => ({ a: 1 }),
		}),
		recordOperation('update', {
			name: 'Update',
			action: 'Update a table',
			description: 'Update one table by ID',
			id: idField('tableId', 'Table ID', 'The ID of the table to update'),
			path: (id) => `/tables/${id}`,
			fields: [],
			body: (p) => ({ name: p.get('name') }),
		}),
	],
};

describe('operationProperties', () => {
	const properties = operationProperties([tableResource], 'table');

	test('a Resource and an Operation picker with the defaults given', () => {
		expect(properties[0]).toMatchObject({ name: 'resource', default: 'table' });
		expect(properties[1]).toMatchObject({ name: 'operation', default: 'getAll' });
		expect(properties[1].options.map((option) => option.value)).toEqual(['getAll', 'update']);
	});

	test('lists get Return All and Limit; writes get Send Body As and JSON Body', () => {
		const shownFor = (operation) =>
			properties
				.filter((p) => p.displayOptions?.show?.operation?.includes(operation))
				.map((p) => p.name);
		expect(shownFor('getAll')).toEqual(['returnAll', 'limit']);
		expect(shownFor('update')).toEqual(['bodyInput', 'jsonBody', 'tableId']);
	});
});

describe('resolveRequest', () => {
	const list = findOperation([tableResource], 'table', 'getAll');
	const update = findOperation([tableResource], 'table', 'update');

	test('a list with its query and limit, none with Return All', () => {
		expect(resolveRequest(list, reader({ limit: 5 }))).toEqual({
			kind: 'list',
			path: '/tables',
			qs: { a: 1 },
			limit: 5,
		});
		expect(resolveRequest(list, reader({ returnAll: true })).limit).toBe(undefined);
	});

	test('a write with the body built from its fields, the id encoded in the path', () => {
		expect(resolveRequest(update, reader({ tableId: 'a/b', name: 'T1' }))).toMatchObject({
			kind: 'single',
			method: 'POST',
			path: '/tables/a%2Fb',
			body: { name: 'T1' },
			writtenByUser: false,
		});
	});

	test('a body the user wrote as JSON goes as written', () => {
		const request = resolveRequest(
			update,
			reader({ tableId: 7, bodyInput: 'json', jsonBody: '{"name_ar":"x"}' }),
		);
		expect(request).toMatchObject({
			body: { name_ar: 'x' },
			writtenByUser: true,
			path: '/tables/7',
		});
	});

	test('an empty id is refused rather than sent', () => {
		expect(() => resolveRequest(update, reader({ tableId: ' ' }))).toThrow(
			'The "Table ID" parameter is empty',
		);
	});

	test('an unknown operation is not found', () => {
		expect(findOperation([tableResource], 'table', 'delete')).toBe(undefined);
	});
});
