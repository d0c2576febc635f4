'use strict';
// What every action node shares (actionNode.ts): its subtitle and basics, how a record is named and
// valued in a picker, and the pickers themselves, read through n8n's engine from the RETM simulator.
const { Workflow } = require('n8n-workflow');
const {
	ACTION_SUBTITLE,
	actionBasics,
	pickerMethods,
	recordLabel,
	recordValue,
} = require('../../../nodes/shared/actions/actionNode');
const { listOperation } = require('../../../nodes/shared/actions/operationBuilders');
const { retmRequestList } = require('../../../nodes/Retm/transport');
const { Retm } = require('../../../nodes/Retm/Retm.node');
const { Flavours } = require('../../../nodes/Flavours/Flavours.node');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { loadOptions } = require('../../helpers/n8nEngine');
const { PACKAGE, nodeTypeRegistry } = require('../../helpers/n8nNodeTypes');
const { startRetmSimulator } = require('../../pos-simulator');

const getMany = (path) =>
	listOperation({
		name: 'Get Many',
		action: 'a',
		description: 'd',
		path,
		fields: [],
		qs: () => ({}),
	});
const resource = (value, extra) => ({
	value,
	name: value,
	description: value,
	defaultOperation: 'getAll',
	operations: [getMany(`/${value}/list`)],
	...extra,
});

describe('the node basics', () => {
	test('the subtitle reads "operation: resource" in n8n\'s own expressions', () => {
		const node = {
			...{ id: 'n', name: 'RETM', type: `${PACKAGE}.retm`, typeVersion: 2, position: [0, 0] },
			parameters: { resource: 'order', operation: 'create' },
		};
		const nodeTypes = nodeTypeRegistry([Retm]);
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		expect(workflow.expression.getSimpleParameterValue(node, ACTION_SUBTITLE, 'manual', {})).toBe(
			'create: order',
		);
	});

	test('one main input and output; a new node starts on the newest version', () => {
		expect(actionBasics.inputs).toEqual(['main']);
		expect(actionBasics.outputs).toEqual(['main']);
		expect(actionBasics.version).toEqual(expect.arrayContaining([1, 2]));
		expect(actionBasics.defaultVersion).toBe(Math.max(...actionBasics.version));
		// A node may add versions of its own (Flavours 3), keeping the shared ones and the rule.
		for (const NodeClass of [Retm, Flavours]) {
			const { description } = new NodeClass();
			const { group, inputs, outputs } = actionBasics;
			expect(description).toMatchObject({ group, inputs, outputs, subtitle: ACTION_SUBTITLE });
			expect(description.version).toEqual(expect.arrayContaining(actionBasics.version));
			expect(description.defaultVersion).toBe(Math.max(...description.version));
		}
	});
});

describe('a record in a picker', () => {
	test.each([
		[{ id: 1, name: 'Olaya' }, 'Olaya'],
		[{ id: 1, name: { en: 'Olaya', ar: 'العليا' } }, 'Olaya'],
		[{ id: 1, name: { ar: 'العليا' } }, 'العليا'],
		[{ id: 1, name_en: 'Olaya', name_ar: 'العليا' }, 'Olaya'],
		[{ id: 1, name_ar: 'العليا' }, 'العليا'],
		[{ id: 1, title: 'Main hall' }, 'Main hall'],
		[{ id: 42 }, '42'],
		[{ key: 'CASH' }, 'CASH'],
		[{ uuid: '01gz' }, '01gz'],
	])('%j is called "%s"', (record, label) => {
		expect(recordLabel(record)).toBe(label);
	});

	test('its value is the first of the keys it has, else its id, always as text', () => {
		expect(recordValue({ id: 7 })).toBe('7');
		expect(recordValue({ id: 7, key: 'CASH' }, ['key'])).toBe('CASH');
		expect(recordValue({ id: 7, key: null, uuid: 'u-1' }, ['key', 'uuid'])).toBe('u-1');
		expect(recordValue({ id: 7 }, ['key', 'uuid'])).toBe('7');
		expect(recordValue({ id: 0 })).toBe('0');
	});

	test.each([
		[{ name: 'No id' }, ['id']],
		[{ key: 'CASH' }, ['id']],
		[{ id: null, uuid: undefined }, ['uuid', 'id']],
		[{ id: '', key: '  ' }, ['key']],
		[{ id: { nested: 1 }, key: ['K'] }, ['key']],
		[{ id: false, key: true }, ['key']],
	])('%j has no value for the keys %j: none, never the text "undefined"', (record, keys) => {
		expect(recordValue(record, keys)).toBeUndefined();
	});

	test('a blank or unusable key gives way to the next, then to the id', () => {
		expect(recordValue({ id: 7, key: '', uuid: 'u-1' }, ['key', 'uuid'])).toBe('u-1');
		expect(recordValue({ id: 7, key: { a: 1 } }, ['key'])).toBe('7');
	});

	test('without a name, a record is called by the value the picker offers for it', () => {
		expect(recordLabel({ id: 7, uuid: 'u-7' }, ['uuid', 'id'])).toBe('u-7');
		expect(recordLabel({ id: 7, key: 'CASH' }, ['key'])).toBe('CASH');
		expect(recordLabel({ id: 7, uuid: 'u-7', name: 'Seven' }, ['uuid', 'id'])).toBe('Seven');
	});
});

describe('pickerMethods', () => {
	test('one method per resource naming a picker, reading 100 records of its Get Many, by name', async () => {
		const reads = [];
		const list = async (context, path, options) => {
			reads.push({ context, path, options });
			return [
				{ id: 2, name: 'b' },
				{ id: 1, name: { en: 'a' } },
				{ id: 3, name: 'c', key: 'K' },
			];
		};
		const methods = pickerMethods(list, [
			resource('widgets', { picker: 'getWidgets' }),
			resource('gadgets'),
			resource('keyed', { picker: 'getKeyed', pickerKeys: ['key'] }),
		]);
		expect(Object.keys(methods)).toEqual(['getWidgets', 'getKeyed']);
		const editor = { from: 'the editor' };
		expect(await methods.getWidgets.call(editor)).toEqual([
			{ name: 'a', value: '1' },
			{ name: 'b', value: '2' },
			{ name: 'c', value: '3' },
		]);
		expect((await methods.getKeyed.call(editor)).map((option) => option.value)).toEqual([
			'1',
			'2',
			'K',
		]);
		expect(reads.map(({ path, options }) => [path, options])).toEqual([
			['/widgets/list', { limit: 100 }],
			['/keyed/list', { limit: 100 }],
		]);
		expect(reads[0].context).toBe(editor);
	});

	test('a record with no value to offer is left out; a nameless one is called by its value', async () => {
		const list = async () => [
			{ id: 2, name: 'b' },
			{ name: 'No id' },
			{ id: null, name: 'Null id' },
			{ id: '  ', name: 'Blank id' },
			{ key: 'CASH' },
			{ id: 9, uuid: 'u-9' },
			{ uuid: 'u-1', name: 'a' },
		];
		const methods = pickerMethods(list, [
			resource('widgets', { picker: 'getWidgets' }),
			resource('charges', { picker: 'getCharges', pickerKeys: ['uuid', 'id'] }),
		]);
		expect(await methods.getWidgets.call({})).toEqual([
			{ name: '9', value: '9' },
			{ name: 'b', value: '2' },
		]);
		expect(await methods.getCharges.call({})).toEqual([
			{ name: 'a', value: 'u-1' },
			{ name: 'b', value: '2' },
			{ name: 'u-9', value: 'u-9' },
		]);
	});

	test('a picker without a Get Many of a fixed path is refused when the node is built', () => {
		const list = async () => [];
		expect(() =>
			pickerMethods(list, [resource('widgets', { picker: 'getWidgets', operations: [] })]),
		).toThrow('The widgets picker needs a Get Many operation with a fixed path');
		const computed = { ...getMany('/x'), request: { kind: 'list', path: () => '/x' } };
		expect(() =>
			pickerMethods(list, [resource('widgets', { picker: 'getWidgets', operations: [computed] })]),
		).toThrow('needs a Get Many operation with a fixed path');
	});

	test('run by n8n against the RETM simulator: one page of 100, sorted by name', async () => {
		const sim = await startRetmSimulator({ accessToken: 'picker-token-90c4', customers: 250 });
		try {
			const resources = [resource('customers', { picker: 'getCustomers' })];
			class PickerNode {
				description = {
					...actionBasics,
					displayName: 'Picker',
					name: 'picker',
					defaults: {},
					credentials: [{ name: 'retmApi', required: true }],
					properties: [],
				};
				methods = { loadOptions: pickerMethods(retmRequestList, resources) };
			}
			const options = await loadOptions({
				nodeClass: PickerNode,
				credentialClasses: { retmApi: RetmApi },
				credentials: {
					retmApi: { environment: 'custom', baseUrl: sim.url, accessToken: 'picker-token-90c4' },
				},
				parameters: {},
				method: 'getCustomers',
			});
			const first100 = sim.store.customers.slice(0, 100);
			expect(options).toEqual(
				first100
					.map((customer) => ({ name: customer.name, value: String(customer.id) }))
					.sort((a, b) => a.name.localeCompare(b.name)),
			);
			expect(options.map((option) => option.name)).not.toEqual(first100.map((c) => c.name));
			expect(sim.requests.map((request) => [request.path, request.query])).toEqual([
				['/api/v2/customers/list', { page: '1', per_page: '100' }],
			]);
		} finally {
			await sim.close();
		}
	});
});
