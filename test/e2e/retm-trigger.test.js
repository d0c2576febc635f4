'use strict';
// A RETM Trigger workflow published in a real n8n: a customer.created delivery with the webhook token
// starts exactly one execution carrying the simplified customer; a wrong token is refused with 401
// and starts nothing.
const { randomBytes, randomUUID } = require('node:crypto');
const { startRetmSimulator, createWebhookSender } = require('../pos-simulator');
const { sharedN8n } = require('./setup/n8n');

const TRIGGER = 'RETM Trigger';
const CUSTOMER_CREATED = {
	business_refrence: 'b-1',
	timestamp: '2025-12-17T19:26:35',
	event: 'customer.created',
	reference: 'f70a1df4-3161-4d91-92ca-dbd4a079ac80',
	customer: {
		id: 1234,
		name: 'Ahmad Abdullah',
		name_localized: 'احمد عبدالله',
		phone: '055123456',
		email: 'ahmed@abdullah.com',
	},
};

// A run that was started would be saved within moments; give it time to appear before counting.
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

function triggerWorkflow(webhookId) {
	return {
		name: 'RETM customer.created (e2e)',
		nodes: [
			{
				id: randomUUID(),
				name: TRIGGER,
				type: 'n8n-nodes-restaurant-pos.retmTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters: { events: ['customer.created'], simplify: true, respond: 'onReceived' },
				credentials: { retmApi: { id: 'replaced-on-import', name: 'RETM (simulator)' } },
			},
			{
				id: randomUUID(),
				name: 'No Operation',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: { [TRIGGER]: { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

describe('RETM Trigger in a published workflow', () => {
	const { n8n, ...wf } = sharedN8n();
	const webhookToken = randomBytes(24).toString('hex');
	let simulator;
	let workflowId;
	let url;

	beforeAll(async () => {
		simulator = await startRetmSimulator({ customers: 10 });
		const credential = await wf.createCredential('retmApi', 'RETM (simulator)', {
			environment: 'custom',
			baseUrl: simulator.url,
			businessId: 'demo',
			accessToken: 'sim-access-token',
			webhookToken,
		});
		const webhookId = randomUUID();
		const workflow = await wf.importWorkflow(triggerWorkflow(webhookId), {
			credentials: { retmApi: credential },
		});
		workflowId = workflow.id;
		await wf.activate(workflowId);
		url = wf.webhookUrl(webhookId);
		await wf.waitForWebhook(url);
	});

	afterAll(async () => {
		await simulator?.close();
	});

	test('a customer.created delivery with the webhook token runs the workflow once', async () => {
		const sender = createWebhookSender({ token: webhookToken, retries: 0 });

		const delivery = await sender.send(url, CUSTOMER_CREATED);

		expect(delivery.attempts).toHaveLength(1);
		expect(delivery.attempts[0].status).toBeGreaterThanOrEqual(200);
		expect(delivery.attempts[0].status).toBeLessThan(300);
		const executions = await wf.waitForExecutions(workflowId, 1);
		expect(executions).toHaveLength(1);
		expect(executions[0].status).toBe('success');
		const items = wf.nodeOutput(executions[0], TRIGGER);
		expect(items).toHaveLength(1);
		expect(items[0]).toEqual(
			expect.objectContaining({
				event: 'customer.created',
				customer: expect.objectContaining({ name: 'Ahmad Abdullah' }),
			}),
		);
	});

	test('a delivery of an event the trigger does not listen to is acknowledged and starts nothing', async () => {
		const before = (await wf.listExecutions(workflowId, { includeData: false })).length;
		const sender = createWebhookSender({ token: webhookToken, retries: 0 });

		const delivery = await sender.send(url, {
			...CUSTOMER_CREATED,
			event: 'customer.updated',
			reference: randomUUID(),
		});

		// 2xx, or RETM would keep retrying a delivery the workflow will never want.
		expect(delivery.delivered).toBe(true);
		await settle();
		expect(await wf.listExecutions(workflowId, { includeData: false })).toHaveLength(before);
	});

	test('a delivery with a wrong token gets 401 and starts no execution', async () => {
		const before = (await wf.listExecutions(workflowId, { includeData: false })).length;
		// RETM would retry a refused delivery; one attempt is enough to see the answer.
		const sender = createWebhookSender({ token: 'not-the-webhook-token', retries: 0 });

		const delivery = await sender.send(url, { ...CUSTOMER_CREATED, reference: randomUUID() });

		expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([401]);
		await settle();
		expect(await wf.listExecutions(workflowId, { includeData: false })).toHaveLength(before);
	});
});
