'use strict';
// The Flavours action node creating a record in a published workflow (Webhook -> Flavours customer
// Create, answering with what the node output), and n8n's own credential test (what the editor calls
// when a credential is saved) for a flavoursApi credential, both against the Flavours simulator.
// Checked through the webhook's answer, the execution's run data and the simulator's store and
// request log.
const { randomUUID } = require('node:crypto');
const { startFlavoursSimulator } = require('../pos-simulator');
const { sharedN8n } = require('./support/n8n');
const { createFlavoursCredential } = require('./support/flavours');

const WEBHOOK_PATH = `flavours-create-customer-e2e-${randomUUID().slice(0, 8)}`;
// The support credential carries this access token.
const ACCESS_TOKEN = 'e2e-access-token';

function createCustomerWorkflow() {
	return {
		name: 'Flavours: create a customer (e2e)',
		nodes: [
			{
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: {
					httpMethod: 'POST',
					path: WEBHOOK_PATH,
					responseMode: 'lastNode',
					options: {},
				},
			},
			{
				id: randomUUID(),
				name: 'Create a customer',
				type: 'n8n-nodes-restaurant-pos.flavours',
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'customer',
					operation: 'create',
					name: '={{ $json.body.name }}',
					phone: '={{ $json.body.phone }}',
					additionalFields: {
						email: '={{ $json.body.email }}',
					},
				},
				credentials: { flavoursApi: { id: 'replaced-on-import', name: 'Flavours' } },
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Create a customer', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

describe('Flavours: create a customer, and test the credential', () => {
	const wf = sharedN8n();
	let simulator;
	let credential;
	let credentialData;

	beforeAll(async () => {
		// No customers seeded: the one the workflow creates is the only one.
		simulator = await startFlavoursSimulator({ accessToken: ACCESS_TOKEN, customers: 0 });
		({ credential } = await createFlavoursCredential(wf, { baseUrl: simulator.apiUrl }));
		credentialData = {
			environment: 'custom',
			baseUrl: simulator.apiUrl,
			accessToken: ACCESS_TOKEN,
			apiVersion: '2.0.0',
			defaultMarketId: '',
		};
	});

	afterAll(async () => {
		await simulator?.close();
	});

	test('Create sends the customer to Flavours once and outputs the stored record', async () => {
		const workflow = await wf.importWorkflow(createCustomerWorkflow(), {
			credentials: { flavoursApi: credential },
		});
		await wf.activate(workflow.id);
		const url = wf.productionUrl(WEBHOOK_PATH);
		await wf.waitForWebhook(url);

		const input = {
			name: 'Noura Al-Qahtani',
			phone: '551234567',
			email: 'noura@example.com',
		};
		simulator.requests.length = 0;
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(input),
		});
		const body = await res.json().catch(() => undefined);
		const executions = await wf.waitForExecutions(workflow.id, 1, 180_000);
		expect(executions.map((execution) => execution.status)).toEqual(['success']);
		expect(res.status).toBe(200);

		expect(simulator.store.customers).toHaveLength(1);
		const [stored] = simulator.store.customers;
		expect(stored.user).toMatchObject({
			name: input.name,
			phone: input.phone,
			phone_prefix: '966',
			email: input.email,
		});
		// Only the fields Flavours documents for a create go out, the required phone prefix among them.
		const [sent] = simulator.requests.filter(
			(request) => request.method === 'POST' && request.path.endsWith('/users/customers'),
		);
		expect(Object.keys(sent.body).sort()).toEqual(
			expect.arrayContaining(['email', 'name', 'phone', 'phone_prefix']),
		);
		expect(
			Object.keys(sent.body).filter(
				(key) => !['email', 'market_id', 'name', 'phone', 'phone_prefix'].includes(key),
			),
		).toEqual([]);

		const output = wf.nodeOutput(executions[0], 'Create a customer');
		expect(output).toHaveLength(1);
		expect(output[0]).toMatchObject({ id: stored.id, user: { name: input.name } });
		expect(body).toMatchObject({ id: stored.id });

		const creates = simulator.requests.filter(
			(request) => request.method === 'POST' && request.path === '/api/v2/users/customers',
		);
		expect(creates).toHaveLength(1);
		expect(creates[0].status).toBeGreaterThanOrEqual(200);
		expect(creates[0].status).toBeLessThan(300);
		expect(creates[0].headers.authorization).toBe('Bearer [redacted]');
		expect(creates[0].headers['x-api-version']).toBe('2.0.0');
	});

	test("n8n's credential test calls the markets list with the token and passes", async () => {
		simulator.requests.length = 0;
		const result = await wf.testCredential(credential, credentialData);
		expect(result).toMatchObject({ status: 'OK' });

		const calls = simulator.requests.filter((request) => request.path === '/api/v2/markets');
		expect(calls).toHaveLength(1);
		expect(calls[0].status).toBe(200);
		expect(calls[0].query.per_page).toBe('1');
		expect(calls[0].headers.authorization).toBe('Bearer [redacted]');
		expect(calls[0].headers['x-api-version']).toBe('2.0.0');
	});

	test("n8n's credential test fails for a token Flavours does not accept", async () => {
		simulator.requests.length = 0;
		const result = await wf.testCredential(credential, {
			...credentialData,
			accessToken: 'not-the-token',
		});
		expect(result.status).toBe('Error');

		const calls = simulator.requests.filter((request) => request.path === '/api/v2/markets');
		expect(calls.length).toBeGreaterThanOrEqual(1);
		expect(calls.every((request) => request.status === 401)).toBe(true);
	});
});
