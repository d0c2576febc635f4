'use strict';
// The operation builders: the operation each one writes, the fields the editor gets for it and the
// request it resolves for an item.
const {
	GET_MANY,
	NORMALIZED_CUSTOMER_SHAPE,
	createOperation,
	listOperation,
	readOperation,
	recordOperation,
	recordOperations,
} = require('../../../nodes/shared/actions/operationBuilders');
const { operationProperties, resolveRequest } = require('../../../nodes/shared/actions/operations');
const { idField, textField } = require('../../../nodes/shared/actions/fields');
const { parameterReader, testNode: node } = require('../../helpers/parameterReader');

const reader = (values) => parameterReader(values, 1);
const labels = (thing) => ({
	name: `Name of ${thing}`,
	action: `Action of ${thing}`,
	description: `Description of ${thing}`,
});
const widgetId = idField('widgetId', 'Widget ID', 'The widget');
const color = textField('Color', 'color', 'The color');
const colorBody = (p) => ({ color: p.get('color') });

/** The names of the node parameters the editor shows for `operation` of a resource holding it. */
const shownFor = (operation) =>
	operationProperties(
		[
			{
				value: 'widget',
				name: 'Widget',
				description: 'W',
				defaultOperation: operation.value,
				operations: [operation],
			},
		],
		'widget',
	)
		.filter((property) => property.displayOptions?.show?.operation?.includes(operation.value))
		.map((property) => property.name);

describe('listOperation', () => {
	const qs = (p) => ({ search: p.get('search') });
	const list = listOperation({ ...labels('list'), path: '/widgets', fields: [color], qs });

	test('is Get Many, with its labels, fields and the query the item gives', () => {
		expect(GET_MANY).toBe('getAll');
		expect(list).toMatchObject({ value: 'getAll', ...labels('list'), fields: [color] });
		expect(resolveRequest(list, reader({ search: 'blue', limit: 7 }))).toEqual({
			kind: 'list',
			path: '/widgets',
			qs: { search: 'blue' },
			limit: 7,
		});
	});

	test('gets Return All and Limit before its own fields, and no body', () => {
		expect(shownFor(list)).toEqual(['returnAll', 'limit', 'color']);
	});
});

describe('recordOperation', () => {
	test.each([
		['get', 'GET'],
		['delete', 'DELETE'],
		['update', 'POST'],
	])('%s is a %s on the record the id names, encoded in the path', (kind, method) => {
		const operation = recordOperation(kind, {
			...labels(kind),
			id: widgetId,
			path: (id) => `/widgets/${id}/${kind}`,
		});
		expect(operation).toMatchObject({ value: kind, ...labels(kind), fields: [widgetId] });
		expect(resolveRequest(operation, reader({ widgetId: ' 7 b ' }))).toMatchObject({
			kind: 'single',
			method,
			path: `/widgets/7%20b/${kind}`,
			body: undefined,
		});
		expect(resolveRequest(operation, reader({ widgetId: 12 })).path).toBe(`/widgets/12/${kind}`);
	});

	test('an update has the id first, then its fields; its body is built from them or written as JSON', () => {
		const update = recordOperation('update', {
			...labels('update'),
			id: widgetId,
			path: (id) => `/widgets/${id}`,
			fields: [color],
			body: colorBody,
		});
		expect(update.fields).toEqual([widgetId, color]);
		expect(shownFor(update)).toEqual(['bodyInput', 'jsonBody', 'widgetId', 'color']);
		const built = resolveRequest(update, reader({ widgetId: 'w1', color: 'red' }));
		expect(built).toMatchObject({ body: { color: 'red' }, writtenByUser: false });
		const written = { widgetId: 'w1', bodyInput: 'json', jsonBody: '{"colour": "red"}' };
		expect(resolveRequest(update, reader(written)).body).toEqual({ colour: 'red' });
	});

	test('an id that is not one is refused by its display name, before a path is made', () => {
		let made = 0;
		const get = recordOperation('get', {
			...labels('get'),
			id: widgetId,
			path: (id) => {
				made++;
				return `/widgets/${id}`;
			},
		});
		expect(() => resolveRequest(get, reader({ widgetId: { id: 1 } }))).toThrow(
			'The "Widget ID" parameter is not an ID',
		);
		expect(() => resolveRequest(get, reader({ widgetId: null }))).toThrow(
			'The "Widget ID" parameter is empty',
		);
		expect(made).toBe(0);
	});
});

describe('recordOperations', () => {
	test('Delete then Get on the record, each with its own labels and id description', () => {
		const described = [];
		const record = (idDescription) => {
			described.push(idDescription);
			return { id: { ...widgetId, description: idDescription }, path: (id) => `/widgets/${id}` };
		};
		const [remove, get, ...rest] = recordOperations(record, {
			delete: { ...labels('delete'), idDescription: 'The widget to delete' },
			get: { ...labels('get'), idDescription: 'The widget to get' },
		});
		expect(rest).toEqual([]);
		expect(described).toEqual(['The widget to delete', 'The widget to get']);
		expect(remove).toMatchObject({ value: 'delete', ...labels('delete') });
		expect(get).toMatchObject({ value: 'get', ...labels('get') });
		expect(remove.fields.map((field) => field.description)).toEqual(['The widget to delete']);
		expect(get.fields.map((field) => field.description)).toEqual(['The widget to get']);
		expect('idDescription' in get).toBe(false);
		expect(resolveRequest(remove, reader({ widgetId: 'w 1' }))).toMatchObject({
			method: 'DELETE',
			path: '/widgets/w%201',
		});
		expect(resolveRequest(get, reader({ widgetId: 9 }))).toMatchObject({
			method: 'GET',
			path: '/widgets/9',
		});
	});
});

describe('createOperation and readOperation', () => {
	test('Create POSTs the body built from its fields to its path, and offers a JSON body', () => {
		const create = createOperation({
			...labels('create'),
			path: '/widgets',
			fields: [color],
			body: colorBody,
		});
		expect(create).toMatchObject({ value: 'create', ...labels('create'), fields: [color] });
		expect(resolveRequest(create, reader({ color: 'green' }))).toEqual({
			kind: 'single',
			method: 'POST',
			path: '/widgets',
			qs: undefined,
			body: { color: 'green' },
			writtenByUser: false,
			pathWrittenByUser: false,
		});
		expect(shownFor(create)).toEqual(['bodyInput', 'jsonBody', 'color']);
	});

	test('Get without an id reads its path with no parameter and offers no field', () => {
		const read = readOperation({ ...labels('read'), path: '/me' });
		expect(read).toMatchObject({ value: 'get', ...labels('read') });
		expect(resolveRequest(read, reader({}))).toMatchObject({
			kind: 'single',
			method: 'GET',
			path: '/me',
			body: undefined,
		});
		expect(shownFor(read)).toEqual([]);
	});
});

test("the normalized customer shape reads inside Simplify's description", () => {
	const customers = listOperation({
		...labels('customers'),
		path: '/c',
		fields: [],
		qs: () => ({}),
	});
	customers.simplify = { shape: NORMALIZED_CUSTOMER_SHAPE, record: (record) => record };
	const simplify = operationProperties(
		[
			{
				value: 'c',
				name: 'C',
				description: 'C',
				defaultOperation: 'getAll',
				operations: [customers],
			},
		],
		'c',
	).find((property) => property.name === 'simplify');
	// A phrase, not a sentence: it reads between "Whether to return" and "instead of".
	expect(simplify.description).toMatch(/^Whether to return each customer in the same shape as/);
	expect(simplify.description).toMatch(/phone in E\.164.* columns instead of the records/);
});
