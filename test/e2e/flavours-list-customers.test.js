'use strict';
// The Flavours action node in a published workflow (examples/flavours-list-customers.json): one POST
// to its Webhook lists all 10,000 customers of the Flavours simulator page by page (Laravel
// paginator, 100 a page) and answers with the count. Checked through n8n's public API (one
// successful execution, 10,000 customer items) and the simulator (which calls came, with what).
const { randomUUID } = require('node:crypto');
const { startFlavoursSimulator } = require('../pos-simulator');
const { sharedN8n } = require('./support/n8n');
const { createFlavoursCredential } = require('./support/flavours');
const { exampleOnPath } = require('./support/examples');
const example = require('../../examples/flavours-list-customers.json');

const CUSTOMERS = 10_000;
const WEBHOOK_PATH = `flavours-customers-e2e-${randomUUID().slice(0, 8)}`;

describe('Flavours: list customers in a published workflow', () => {
	const wf = sharedN8n();
	let simulator;
	let workflowId;
	let url;

	beforeAll(async () => {
		// The support credential carries this access token.
		simulator = await startFlavoursSimulator({
			accessToken: 'e2e-access-token',
			customers: CUSTOMERS,
		});
		const { credential } = await createFlavoursCredential(wf, { baseUrl: simulator.apiUrl });
		const workflow = await wf.importWorkflow(exampleOnPath(example, WEBHOOK_PATH), {
			credentials: { flavoursApi: credential },
		});
		workflowId = workflow.id;
		await wf.activate(workflowId);
		url = wf.productionUrl(WEBHOOK_PATH);
		await wf.waitForWebhook(url);
	});

	afterAll(async () => {
		await simulator?.close();
	});

	const post = async (body) => {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: await response.json().catch(() => undefined) };
	};

	test('Return All lists every customer, page by page, in one successful run', async () => {
		simulator.requests.length = 0;
		const response = await post({});
		const executions = await wf.waitForExecutions(workflowId, 1, 180_000);
		expect(executions.map((execution) => execution.status)).toEqual(['success']);

		expect(response.status).toBe(200);
		expect(response.body.count).toBe(CUSTOMERS);
		const [first] = simulator.store.customers;
		expect(response.body.first[0]).toEqual({
			id: first.id,
			name: first.user.name,
			phone: `+966${first.user.phone}`,
		});

		const customers = wf.nodeOutput(executions[0], 'Get many customers');
		expect(customers).toHaveLength(CUSTOMERS);
		expect(new Set(customers.map((customer) => customer.id)).size).toBe(CUSTOMERS);

		const pages = simulator.requests.filter(
			(request) => request.path === '/api/v2/users/customers',
		);
		expect(pages.map((request) => Number(request.query.page))).toEqual(
			Array.from({ length: 100 }, (_, index) => index + 1),
		);
		expect(pages.every((request) => request.query.per_page === '100')).toBe(true);
		expect(pages.every((request) => request.query.sort === 'created_at')).toBe(true);
		expect(pages.every((request) => request.status === 200)).toBe(true);
		expect(pages.every((request) => request.headers.authorization === 'Bearer [redacted]')).toBe(
			true,
		);
		expect(pages.every((request) => request.headers['x-api-version'] === '2.0.0')).toBe(true);
	});

	test('a search narrows the list to the matching customers', async () => {
		const { name } = simulator.store.customers[42].user;
		const expected = simulator.store.customers.filter((customer) =>
			customer.user.name.toLowerCase().includes(name.toLowerCase()),
		).length;
		simulator.requests.length = 0;
		const response = await post({ search: name });
		expect(response.status).toBe(200);
		expect(response.body.count).toBe(expected);
		expect(expected).toBeGreaterThan(0);
		expect(expected).toBeLessThan(CUSTOMERS);
		const pages = simulator.requests.filter(
			(request) => request.path === '/api/v2/users/customers',
		);
		expect(pages.every((request) => request.query.search === name)).toBe(true);
		expect(pages).toHaveLength(Math.ceil(expected / 100));
	});
});
