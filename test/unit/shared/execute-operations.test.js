'use strict';
// executeOperations, the run loop of every action node, run by n8n's engine in a small node of its
// own resources and RETM's real transport, against the local RETM simulator over real HTTP.
const { executeOperations } = require('../../../nodes/shared/actions/executeOperations');
const { operationProperties } = require('../../../nodes/shared/actions/operations');
const { retmTransport } = require('../../../nodes/Retm/transport');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { runNode } = require('../../helpers/n8nEngine');
const { startRetmSimulator } = require('../../pos-simulator');

const ACCESS_TOKEN = 'execute-operations-token-3b7e';

// The path of the category the item names; a builder that fails (the id 'plain-error') throws a
// plain Error, as any code an operation runs may.
function categoryPath(params) {
	const id = params.get('id');
	if (id === 'plain-error') throw new Error('The path builder broke');
	return `/categories/${encodeURIComponent(id)}`;
}

// Labels do not matter here: each operation is its value and the request it makes.
const operation = (value, request, extra = {}) => ({
	value,
	name: value,
	action: value,
	description: value,
	request,
	...extra,
});

const resources = [
	{
		value: 'category',
		name: 'Category',
		description: 'Menu categories',
		defaultOperation: 'get',
		operations: [
			operation(
				'get',
				{ kind: 'single', method: 'GET', path: categoryPath },
				{ fields: [{ displayName: 'ID', name: 'id', type: 'string', default: '' }] },
			),
			operation('getAll', { kind: 'list', path: '/categories/list' }),
			// One call whose answer holds no records.
			operation('pastTheEnd', { kind: 'single', method: 'GET', path: '/categories/list?page=999' }),
			operation(
				'taxes',
				{ kind: 'list', path: '/taxes/list' },
				{
					simplify: {
						shape: 'each tax as its id and the country code',
						record: (tax, { defaultCountryCode }) => ({ taxId: tax.id, code: defaultCountryCode }),
					},
				},
			),
		],
	},
];

class OperationsNode {
	description = {
		displayName: 'Operations',
		name: 'operations',
		group: ['transform'],
		version: 1,
		defaults: { name: 'Operations' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'retmApi', required: true }],
		properties: operationProperties(resources, 'category'),
	};

	async execute() {
		return executeOperations(this, resources, retmTransport);
	}
}

let sim;
beforeAll(async () => {
	sim = await startRetmSimulator({ accessToken: ACCESS_TOKEN, customers: 1 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const run = (parameters, items, continueOnFail = false) =>
	runNode({
		nodeClass: OperationsNode,
		credentialClasses: { retmApi: RetmApi },
		credentials: {
			retmApi: { environment: 'custom', baseUrl: sim.url, accessToken: ACCESS_TOKEN },
		},
		parameters: { resource: 'category', ...parameters },
		items,
		continueOnFail,
	});
const paired = (result) => result.items.map((item) => item.pairedItem.item);
const paths = () => sim.requests.map((request) => request.path.replace('/api/v2', ''));
const category = (index) => sim.store.categories[index].id;

describe('once per item, each output paired with its item', () => {
	test('a single read per item, in item order', async () => {
		const ids = [category(2), category(0), category(1)];
		const result = await run(
			{ operation: 'get', id: '={{ $json.id }}' },
			ids.map((id) => ({ id })),
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.id)).toEqual(ids);
		expect(paired(result)).toEqual([0, 1, 2]);
		expect(paths()).toEqual(ids.map((id) => `/categories/${id}`));
	});

	test("a list's records all go with the item that asked, each item with its own limit", async () => {
		const result = await run({ operation: 'getAll', limit: '={{ $json.limit }}' }, [
			{ limit: 2 },
			{ limit: 3 },
		]);
		expect(paired(result)).toEqual([0, 0, 1, 1, 1]);
		expect(result.items.map((item) => item.json.id)).toEqual([0, 1, 0, 1, 2].map(category));
	});

	test('a single call answered with no records puts out success; an empty list puts out nothing', async () => {
		const single = await run({ operation: 'pastTheEnd' }, [{}, {}]);
		expect(single.items).toEqual([
			{ json: { success: true }, pairedItem: { item: 0 } },
			{ json: { success: true }, pairedItem: { item: 1 } },
		]);
		sim.store.categories.splice(0);
		const list = await run({ operation: 'getAll', returnAll: true }, [{}]);
		expect(list.error).toBeUndefined();
		expect(list.items).toEqual([]);
	});
});

describe("the operation's Simplify", () => {
	test("on, each record goes through the simplifier with the item's Default Country Code", async () => {
		const result = await run(
			{
				operation: 'taxes',
				returnAll: true,
				simplify: true,
				defaultCountryCode: '={{ $json.cc }}',
			},
			[{ cc: '971' }],
		);
		expect(result.items.map((item) => item.json)).toEqual(
			sim.store.taxes.map((tax) => ({ taxId: tax.id, code: '971' })),
		);
	});

	test('off, the records come as the API sent them', async () => {
		const result = await run({ operation: 'taxes', returnAll: true, simplify: false }, [{}]);
		expect(result.items.map((item) => item.json.id)).toEqual(sim.store.taxes.map((tax) => tax.id));
		expect(result.items[0].json).toHaveProperty('name');
	});
});

describe('failures', () => {
	test('an operation the resource lacks is refused by name, and nothing is sent', async () => {
		const result = await run({ operation: 'archive' }, [{}]);
		expect(result.error.message).toBe('The operation "archive" is not available for "category"');
		expect(result.error.context.itemIndex).toBe(0);
		expect(sim.requests).toEqual([]);
	});

	test('without continueOnFail the first failing item stops the run', async () => {
		const result = await run({ operation: 'get', id: '={{ $json.id }}' }, [
			{ id: category(0) },
			{ id: 'missing' },
			{ id: category(1) },
		]);
		expect(result.error.message).toMatch(/^RETM 404/);
		expect(paths()).toEqual([`/categories/${category(0)}`, '/categories/missing']);
	});

	test('a plain Error becomes a NodeOperationError of its item', async () => {
		const result = await run({ operation: 'get', id: '={{ $json.id }}' }, [
			{ id: category(0) },
			{ id: 'plain-error' },
		]);
		expect(result.error.name).toBe('NodeOperationError');
		expect(result.error.message).toBe('The path builder broke');
		expect(result.error.context.itemIndex).toBe(1);
	});

	test('with continueOnFail each failure is an item with its error, paired, and the rest go on', async () => {
		const result = await run(
			{ operation: 'get', id: '={{ $json.id }}' },
			[{ id: 'missing' }, { id: 'plain-error' }, { id: category(0) }],
			true,
		);
		expect(result.error).toBeUndefined();
		expect(paired(result)).toEqual([0, 1, 2]);
		const [notFound, broken, found] = result.items.map((item) => item.json);
		expect(notFound.error).toMatch(/^RETM 404/);
		expect(notFound.description).toMatch(/Business ID/);
		expect(broken).toEqual({ error: 'The path builder broke' });
		expect(found.id).toBe(category(0));
		expect(paths()).toEqual(['/categories/missing', `/categories/${category(0)}`]);

		const unknown = await run({ operation: 'archive' }, [{}, {}], true);
		expect(unknown.items).toEqual(
			[0, 1].map((item) => ({
				json: { error: 'The operation "archive" is not available for "category"' },
				pairedItem: { item },
			})),
		);
	});
});
