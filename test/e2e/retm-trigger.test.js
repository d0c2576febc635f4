'use strict';
// A RETM Trigger workflow published in a real n8n: a customer.created delivery with the webhook token
// starts exactly one execution carrying the simplified customer; a wrong token is refused with 401
// and starts nothing; and after all of it, n8n's log holds neither the right nor the wrong tokens.
const fs = require('node:fs');
const path = require('node:path');
const { randomBytes, randomUUID } = require('node:crypto');
const { example } = require('../fixtures/contracts');
const { startRetmSimulator, createWebhookSender } = require('../pos-simulator');
const { sharedN8n } = require('./support/n8n');
const {
	chainWorkflow,
	createRetmCredential,
	customerCreated,
	noOpNode,
	post,
	publishWorkflow,
	retmTriggerNode,
	waitForExactExecutions,
} = require('./support/retm');

const TRIGGER = 'RETM Trigger';
const CUSTOMER_CREATED = customerCreated({ reference: 'f70a1df4-3161-4d91-92ca-dbd4a079ac80' });

// A run that was started would be saved within moments; give it time to appear before counting.
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

// What callers of this file's workflows sent as tokens, right and wrong: none may reach n8n's log.
// The wrong one is a fresh random value, so finding it in the log can only mean it was logged.
const WRONG_TOKEN = `wrong-${randomBytes(24).toString('hex')}`;
const tokensSent = [WRONG_TOKEN];

function triggerWorkflow(webhookId) {
	return {
		name: 'RETM customer.created (e2e)',
		nodes: [
			{
				id: randomUUID(),
				name: TRIGGER,
				type: 'n8n-nodes-restaurant-pos.retmTrigger',
				// Version 1, as workflows saved before version 2 have it; the tests below use version 2.
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

describe('RETM Trigger (version 1) in a published workflow', () => {
	const { n8n, ...wf } = sharedN8n();
	const webhookToken = randomBytes(24).toString('hex');
	tokensSent.push(webhookToken);
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
		const sender = createWebhookSender({ token: WRONG_TOKEN, retries: 0 });

		const delivery = await sender.send(url, { ...CUSTOMER_CREATED, reference: randomUUID() });

		expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([401]);
		await settle();
		expect(await wf.listExecutions(workflowId, { includeData: false })).toHaveLength(before);
	});
});

// What the trigger answers for each kind of delivery, and that only accepted, first-time deliveries
// start a run. Every "starts nothing" is proven by a valid delivery sent afterwards being the only run.
describe('RETM Trigger: duplicates, malformed bodies and filtered events', () => {
	const wf = sharedN8n();
	const TRIGGER_NAME = 'RETM Trigger';
	let webhookToken;
	let credential;

	beforeAll(async () => {
		({ credential, webhookToken } = await createRetmCredential(wf));
		tokensSent.push(webhookToken);
	});

	async function publishCustomerCreatedWorkflow(name) {
		const trigger = retmTriggerNode({ name: TRIGGER_NAME });
		const workflow = chainWorkflow(name, [trigger, noOpNode()]);
		return await publishWorkflow(wf, workflow, trigger, { retmApi: credential });
	}

	test('the same delivery sent three times is answered 2xx each time and runs the workflow once', async () => {
		const { workflowId, url } = await publishCustomerCreatedWorkflow('RETM duplicates (e2e)');
		const body = customerCreated();

		const answers = [];
		for (let i = 0; i < 3; i++) answers.push(await post(url, body, { token: webhookToken }));

		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
		expect(answers[0].json).toEqual({ received: true, deliveryId: expect.any(String) });
		for (const answer of answers.slice(1)) {
			expect(answer.json).toEqual({
				received: true,
				ignored: 'duplicate',
				event: 'customer.created',
			});
		}
		const executions = await waitForExactExecutions(wf, workflowId, 1);
		expect(executions).toHaveLength(1);
		expect(executions[0].status).toBe('success');
		const items = wf.nodeOutput(executions[0], TRIGGER_NAME);
		expect(items).toEqual([
			expect.objectContaining({
				event: 'customer.created',
				raw: expect.objectContaining({ reference: body.reference }),
				deliveryId: answers[0].json.deliveryId,
			}),
		]);
	});

	test('a JSON body sent with a content type n8n does not parse is read all the same', async () => {
		const { workflowId, url } = await publishCustomerCreatedWorkflow('RETM octet-stream (e2e)');
		const body = customerCreated();

		const answer = await post(url, JSON.stringify(body), {
			token: webhookToken,
			contentType: 'application/octet-stream',
		});

		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ received: true, deliveryId: expect.any(String) });
		const executions = await waitForExactExecutions(wf, workflowId, 1);
		expect(wf.nodeOutput(executions[0], TRIGGER_NAME)).toEqual([
			expect.objectContaining({ raw: expect.objectContaining({ reference: body.reference }) }),
		]);
	});

	test('the invoice as RETM documents it (numbers, {en, ar} names) runs order.created with no warning', async () => {
		const trigger = retmTriggerNode({
			name: TRIGGER_NAME,
			parameters: { events: ['order.created'] },
		});
		const { workflowId, url } = await publishWorkflow(
			wf,
			chainWorkflow('RETM documented invoice (e2e)', [trigger, noOpNode()]),
			trigger,
			{ retmApi: credential },
		);
		// A reference of its own, so no earlier run of this test makes the delivery a repeat.
		const invoice = { ...example('retm/webhooks/invoice.order.created'), reference: randomUUID() };
		const answer = await post(url, invoice, { token: webhookToken });
		expect(answer.status).toBe(200);
		const executions = await waitForExactExecutions(wf, workflowId, 1);
		const [item] = wf.nodeOutput(executions[0], TRIGGER_NAME);
		expect(item).not.toHaveProperty('warnings');
		expect(item.invoice).toMatchObject({
			id: '153',
			orderReference: '177',
			saleId: null,
			status: 'closed',
		});
	});

	test('a wrongly typed leaf runs with a warning; malformed bodies get 400 naming what is wrong; unselected, unknown and unauthorised deliveries start nothing', async () => {
		const { workflowId, url } = await publishCustomerCreatedWorkflow('RETM rejections (e2e)');

		const wrongType = await post(url, customerCreated({ customer: { email: 12345 } }), {
			token: webhookToken,
		});
		expect(wrongType.status).toBe(200);
		expect(wrongType.json).toEqual({ received: true, deliveryId: expect.any(String) });

		const missingField = await post(
			url,
			{ ...customerCreated(), customer: undefined },
			{
				token: webhookToken,
			},
		);
		expect(missingField.status).toBe(400);
		expect(missingField.json).toEqual({ error: expect.stringContaining('customer') });

		const array = await post(url, [customerCreated()], { token: webhookToken });
		expect(array.status).toBe(400);
		expect(array.json).toEqual({ error: 'The body must be a JSON object, not an array' });

		const noEvent = await post(url, { hello: 'world' }, { token: webhookToken });
		expect(noEvent.status).toBe(400);
		expect(noEvent.json).toEqual({ error: expect.stringMatching(/^event: /) });

		const text = await post(url, 'this is not JSON', {
			token: webhookToken,
			contentType: 'text/plain',
		});
		expect(text.status).toBe(400);
		expect(text.json).toEqual({ error: 'The body is not valid JSON' });

		const empty = await post(url, '', { token: webhookToken });
		expect(empty.status).toBe(400);
		expect(empty.json).toEqual({ error: 'The body is empty: expected a JSON object' });

		// A JSON content type over a body that is not JSON is refused by n8n before the node runs.
		const notJson = await post(url, '{"event": "customer.created",', { token: webhookToken });
		expect(notJson.status).toBe(422);

		const unselected = await post(url, customerCreated({ event: 'customer.updated' }), {
			token: webhookToken,
		});
		expect(unselected.status).toBe(200);
		expect(unselected.json).toEqual({
			received: true,
			ignored: 'not selected',
			event: 'customer.updated',
		});

		const unknown = await post(url, customerCreated({ event: 'table.booked' }), {
			token: webhookToken,
		});
		expect(unknown.status).toBe(200);
		expect(unknown.json).toEqual({
			received: true,
			ignored: 'unknown event',
			event: 'table.booked',
		});

		const noToken = await post(url, customerCreated());
		expect(noToken.status).toBe(401);
		expect(noToken.json).toEqual({ error: 'Unauthorized' });

		const wrongToken = await post(url, customerCreated(), { token: WRONG_TOKEN });
		expect(wrongToken.status).toBe(401);
		expect(wrongToken.json).toEqual({ error: 'Unauthorized' });

		// A valid delivery sent last and the wrongly typed one being the only two runs shows that
		// none of the others started one.
		const valid = customerCreated();
		const accepted = await post(url, valid, { token: webhookToken });
		expect(accepted.status).toBe(200);
		expect(accepted.json).toEqual({ received: true, deliveryId: expect.any(String) });

		const executions = await waitForExactExecutions(wf, workflowId, 2);
		expect(executions).toHaveLength(2);
		const items = executions.map((execution) => wf.nodeOutput(execution, TRIGGER_NAME)[0]);
		const byDelivery = Object.fromEntries(items.map((item) => [item.deliveryId, item]));
		expect(byDelivery[accepted.json.deliveryId]).toEqual(
			expect.objectContaining({ raw: expect.objectContaining({ reference: valid.reference }) }),
		);
		expect(byDelivery[accepted.json.deliveryId]).not.toHaveProperty('warnings');
		expect(byDelivery[wrongType.json.deliveryId]).toMatchObject({
			customer: { email: '12345' },
			warnings: [{ path: 'customer.email', expected: 'string', received: 'number' }],
		});
	});
});

// README, Guarantees: a token is never in a log. Runs last in this file, after deliveries with the
// right token and with a wrong one; reads every log the shared n8n writes (in queue mode also the
// worker's and the webhook process's), whole.
describe("RETM Trigger: tokens in n8n's log", () => {
	test('neither the webhook token nor a wrong token a caller sent appears in any n8n log', () => {
		const folder = process.env.N8N_E2E_USER_FOLDER;
		const logs = fs
			.readdirSync(folder)
			.filter((name) => /^n8n.*\.log$/.test(name))
			.map((name) => ({ name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));

		// The log is there and has n8n's own lines: an empty or missing file would prove nothing.
		expect(logs.find(({ name }) => name === 'n8n.log')?.text).toMatch(/Editor is now accessible/);
		// The wrong token and at least the first workflow's webhook token (-t may skip the second).
		expect(tokensSent.length).toBeGreaterThanOrEqual(2);
		const found = logs.flatMap(({ name, text }) =>
			tokensSent
				.map((token, index) => (text.includes(token) ? `token #${index} in ${name}` : null))
				.filter(Boolean),
		);
		expect(found).toEqual([]);
	});
});
