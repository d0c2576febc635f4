'use strict';
// The example workflow examples/customer-sync.json, imported as shipped (only its credential references
// replaced) into the shared n8n, with the Data Table it writes to created through n8n's API. RETM,
// Flavours and ResDiary customer events (created, updated, deleted) go to its three triggers; the rows
// in the table are then read back through the same API.
const fs = require('node:fs');
const path = require('node:path');
const { sharedN8n } = require('./support/n8n');
const {
	createRetmCredential,
	customerCreated,
	post,
	waitForExactExecutions,
} = require('./support/retm');
const {
	createResDiaryCredential,
	postWithSecret,
	resDiaryNotification,
} = require('./support/resdiary');
const { createFlavoursCredential, flavoursCustomerEvent } = require('./support/flavours');
const { example } = require('../fixtures/contracts');

/** The customer id of Flavours' documented customer (the contract fixture the deliveries are built on). */
const FLAVOURS_ID = example('flavours/webhooks/customers.CREATE').data.id;

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'customer-sync.json');
const TABLE = 'restaurant_customers';
/** The columns the README tells users to create. */
const COLUMNS = [
	['platform', 'string'],
	['customerId', 'string'],
	['name', 'string'],
	['firstName', 'string'],
	['lastName', 'string'],
	['phone', 'string'],
	['email', 'string'],
	['emailMarketing', 'boolean'],
	['smsMarketing', 'boolean'],
	['lastEvent', 'string'],
	['lastChangedAt', 'date'],
	['lastDeliveryId', 'string'],
];
// One id on two platforms: the table keys rows by platform and id, so these stay two customers.
const SHARED_ID = 862;

describe('Example: customer sync from RETM, Flavours and ResDiary into a Data Table', () => {
	const wf = sharedN8n();
	const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const triggerOf = (suffix) => example.nodes.find((node) => node.type.endsWith(suffix));
	let workflowId;
	let tableId;
	let runs = 0;
	const send = {};

	/** Every row of the table, without n8n's own columns, ordered by platform. */
	async function rows() {
		const data = await wf.dataTableRows(tableId);
		return data
			.map((row) => Object.fromEntries(COLUMNS.map(([name]) => [name, row[name]])))
			.sort((a, b) => a.platform.localeCompare(b.platform));
	}

	/** Sends one event and waits for its run, which must succeed. */
	async function deliver(platform, body) {
		const answer = await send[platform](body);
		expect(answer.status).toBe(200);
		runs += 1;
		const executions = await waitForExactExecutions(wf, workflowId, runs);
		expect(executions).toHaveLength(runs);
		const failed = executions.filter((execution) => execution.status !== 'success');
		expect(failed.map((execution) => execution.data?.resultData?.error?.message)).toEqual([]);
	}

	/**
	 * The example names its table ("By Name"). The Data Table node of n8n 1.x offers only "From List"
	 * and "By ID", and takes a name given there for an id ("Could not find the data table"), so on such
	 * an n8n the references point at the table's id, as a user there picks the table from the list.
	 */
	async function tableReferencedAsN8nCan(id) {
		const nodeTypes = await wf.n8n.getWithCookie('/types/nodes.json');
		const modes = nodeTypes
			.filter((type) => type.name === 'n8n-nodes-base.dataTable')
			.flatMap((type) => type.properties.filter((property) => property.name === 'dataTableId'))
			.flatMap((property) => (property.modes ?? []).map((mode) => mode.name));
		if (modes.includes('name')) return example;
		const workflow = structuredClone(example);
		for (const node of workflow.nodes) {
			if (node.parameters?.dataTableId?.mode === 'name') {
				node.parameters.dataTableId = { __rl: true, mode: 'id', value: id };
			}
		}
		return workflow;
	}

	beforeAll(async () => {
		const table = await wf.createDataTable(
			TABLE,
			COLUMNS.map(([name, type]) => ({ name, type })),
		);
		tableId = table.id;

		const retm = await createRetmCredential(wf);
		const flavours = await createFlavoursCredential(wf);
		const resDiary = await createResDiaryCredential(wf);
		const workflow = await wf.importWorkflow(await tableReferencedAsN8nCan(tableId), {
			credentials: {
				retmApi: retm.credential,
				flavoursApi: flavours.credential,
				resDiaryWebhookApi: resDiary.credential,
			},
		});
		workflowId = workflow.id;
		await wf.activate(workflowId);

		const urls = {};
		for (const [platform, suffix] of [
			['retm', '.retmTrigger'],
			['flavours', '.flavoursTrigger'],
			['resdiary', '.resDiaryTrigger'],
		]) {
			urls[platform] = wf.webhookUrl(triggerOf(suffix).webhookId);
			await wf.waitForWebhook(urls[platform]);
		}
		send.retm = (body) => post(urls.retm, body, { token: retm.webhookToken });
		// The template's Flavours Trigger takes its secret in the URL, as the README tells users to set it up.
		send.flavours = (body) =>
			post(`${urls.flavours}?secret=${encodeURIComponent(flavours.webhookSecret)}`, body);
		send.resdiary = (body) => postWithSecret(urls.resdiary, body, resDiary.webhookSecret);
	});

	afterAll(async () => {
		if (tableId) await wf.deleteDataTable(tableId).catch(() => {});
	});

	test('new customers from each platform become one row each, keyed by platform and id', async () => {
		await deliver('retm', customerCreated({ customer: { id: SHARED_ID } }));
		await deliver('flavours', flavoursCustomerEvent('customers.CREATE'));
		await deliver('resdiary', resDiaryNotification('customer.created'));

		expect(await rows()).toEqual([
			{
				platform: 'flavours',
				customerId: FLAVOURS_ID,
				name: 'Sara Al-Harbi',
				firstName: 'Sara',
				lastName: 'Al-Harbi',
				// Flavours sends the country code beside the number.
				phone: '+966551234567',
				email: 'sara@example.com',
				emailMarketing: null,
				smsMarketing: null,
				lastEvent: 'customer.created',
				lastChangedAt: expect.any(String),
				lastDeliveryId: expect.stringMatching(/^[0-9a-f]{64}$/),
			},
			{
				platform: 'resdiary',
				customerId: String(SHARED_ID),
				name: 'Aardvark Anderson',
				firstName: 'Aardvark',
				lastName: 'Anderson',
				phone: '3',
				email: '[email protected]',
				emailMarketing: false,
				smsMarketing: true,
				lastEvent: 'customer.created',
				lastChangedAt: expect.any(String),
				lastDeliveryId: expect.stringMatching(/^[0-9a-f]{64}$/),
			},
			{
				platform: 'retm',
				customerId: String(SHARED_ID),
				name: 'Ahmad Abdullah',
				firstName: 'Ahmad',
				lastName: 'Abdullah',
				// RETM sends the number without its country: the trigger's Default Country Code (966).
				phone: '+96655123456',
				email: 'ahmed@abdullah.com',
				emailMarketing: null,
				smsMarketing: null,
				lastEvent: 'customer.created',
				lastChangedAt: '2025-12-17T19:26:35.000Z',
				lastDeliveryId: expect.stringMatching(/^[0-9a-f]{64}$/),
			},
		]);
	});

	test('updates change those rows in place', async () => {
		await deliver(
			'retm',
			customerCreated({
				event: 'customer.updated',
				customer: { id: SHARED_ID, email: 'ahmad.new@abdullah.com' },
			}),
		);
		await deliver(
			'flavours',
			flavoursCustomerEvent('customers.UPDATE', { user: { phone: '559876543' } }),
		);
		await deliver(
			'resdiary',
			resDiaryNotification('customer.marketingOptInsChanged', {
				customer: { ReceiveRestaurantEmailMarketing: true, Email: 'aardvark@animalania.example' },
				changes: [
					{
						ChangeType: 'CustomerRestaurantEmailMarketingOptinChanged',
						OldValue: false,
						NewValue: true,
					},
				],
			}),
		);

		const table = await rows();
		expect(table).toHaveLength(3);
		expect(
			table.map(({ platform, customerId, lastEvent }) => [platform, customerId, lastEvent]),
		).toEqual([
			['flavours', FLAVOURS_ID, 'customer.updated'],
			['resdiary', String(SHARED_ID), 'customer.updated'],
			['retm', String(SHARED_ID), 'customer.updated'],
		]);
		expect(table[0].phone).toBe('+966559876543');
		expect(table[1]).toMatchObject({
			email: 'aardvark@animalania.example',
			emailMarketing: true,
			smsMarketing: true,
		});
		expect(table[2].email).toBe('ahmad.new@abdullah.com');
	});

	test('a deleted customer loses only its own row; the same id on another platform stays', async () => {
		await deliver(
			'retm',
			customerCreated({ event: 'customer.deleted', customer: { id: SHARED_ID } }),
		);
		expect((await rows()).map(({ platform }) => platform)).toEqual(['flavours', 'resdiary']);

		await deliver('resdiary', {
			...resDiaryNotification('customer.deleted'),
			Customer: { Id: SHARED_ID },
		});
		expect((await rows()).map(({ platform }) => platform)).toEqual(['flavours']);

		await deliver('flavours', flavoursCustomerEvent('customers.DELETE'));
		expect(await rows()).toEqual([]);
	});

	test('a customer deleted before the table knew it leaves the table as it was', async () => {
		await deliver('resdiary', {
			...resDiaryNotification('customer.deleted'),
			Customer: { Id: 999001 },
		});
		expect(await rows()).toEqual([]);
	});
});
