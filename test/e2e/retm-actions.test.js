'use strict';
// The RETM action node in a published workflow (examples/retm-list-customers-create-order.json):
// one POST to its Webhook lists all 10,000 customers of the simulator page by page, counts them,
// creates a VAT tax and sends an order that uses it. Checked through n8n's public API (one successful
// execution, 10,000 customer items) and through the simulator (what was stored, which calls came).
const { randomUUID } = require('node:crypto');
const { startRetmSimulator } = require('../pos-simulator');
const { sharedN8n } = require('./support/n8n');
const example = require('../../examples/retm-list-customers-create-order.json');

const CUSTOMERS = 10_000;
const ACCESS_TOKEN = 'e2e-actions-access-token';
// Not the example's own path, so this test and the example imported by hand never share a URL.
const WEBHOOK_PATH = `retm-actions-e2e-${randomUUID().slice(0, 8)}`;

function testWorkflow() {
	const workflow = structuredClone(example);
	const webhook = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook');
	webhook.parameters.path = WEBHOOK_PATH;
	webhook.webhookId = randomUUID();
	return { ...workflow, name: `${example.name} (e2e)` };
}

describe('RETM actions in a published workflow', () => {
	const wf = sharedN8n();
	let simulator;
	let workflowId;
	let input;
	let response;
	let execution;
	let taxesBefore;
	let ordersBefore;

	beforeAll(async () => {
		simulator = await startRetmSimulator({
			host: '127.0.0.1',
			port: 0,
			accessToken: ACCESS_TOKEN,
			customers: CUSTOMERS,
		});
		const credential = await wf.createCredential('retmApi', 'RETM (actions simulator)', {
			environment: 'custom',
			baseUrl: simulator.url,
			accessToken: ACCESS_TOKEN,
			webhookToken: 'e2e-actions-webhook-token',
		});
		const workflow = await wf.importWorkflow(testWorkflow(), {
			credentials: { retmApi: credential },
		});
		workflowId = workflow.id;
		await wf.activate(workflowId);
		const url = wf.productionUrl(WEBHOOK_PATH);
		await wf.waitForWebhook(url);

		const branch = simulator.store.branches[1];
		const product = simulator.store.products[2];
		input = {
			branchId: branch.id,
			productId: product.id,
			quantity: 2,
			note: 'no onions',
			// RETM requires each product's line total (api-5053414).
			total: '150.000',
			customerPhone: '0551234567',
			customerName: 'Noura Al-Qahtani',
			partnerReference: `e2e-${randomUUID()}`,
			taxName: 'VAT 15% (e2e)',
			taxNameAr: 'ضريبة القيمة المضافة',
			taxValue: '15',
		};
		taxesBefore = simulator.store.taxes.length;
		ordersBefore = simulator.store.orders.length;
		simulator.requests.length = 0;

		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(input),
		});
		response = { status: res.status, body: await res.json().catch(() => undefined) };
		const executions = await wf.waitForExecutions(workflowId, 1, 180_000);
		expect(executions).toHaveLength(1);
		execution = executions[0];
	});

	afterAll(async () => {
		await simulator?.close();
	});

	test('one POST runs the workflow once, successfully, and answers with the created order', async () => {
		// A second run, had one started, would be saved within moments.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const executions = await wf.listExecutions(workflowId, { includeData: false });
		expect(executions.map(({ id, status }) => ({ id, status }))).toEqual([
			{ id: execution.id, status: 'success' },
		]);
		expect(execution.status).toBe('success');
		expect(response.status).toBe(200);
		expect(response.body).toEqual(
			expect.objectContaining({ partner_reference: input.partnerReference }),
		);
	});

	test('"Get many customers" with Return All emits every customer', () => {
		const customers = wf.nodeOutput(execution, 'Get many customers');
		expect(customers).toHaveLength(CUSTOMERS);
		expect(new Set(customers.map((customer) => customer.id)).size).toBe(CUSTOMERS);
		expect(wf.nodeOutput(execution, 'Count customers')).toEqual([{ count_id: CUSTOMERS }]);
	});

	test('the customers were fetched in 101 pages of 100', () => {
		const pages = simulator.requests.filter(
			(request) => request.method === 'GET' && request.path === '/api/v2/customers/list',
		);
		expect(pages).toHaveLength(101);
		expect(pages.map((request) => request.query.per_page)).toEqual(Array(101).fill('100'));
		expect(pages.map((request) => Number(request.query.page))).toEqual(
			Array.from({ length: 101 }, (_, index) => index + 1),
		);
		expect(pages.every((request) => request.status === 200)).toBe(true);
		expect(pages.every((request) => request.headers.authorization === 'Bearer [redacted]')).toBe(
			true,
		);
	});

	test('the simulator stored one new percentage tax with the name and value sent', () => {
		expect(simulator.store.taxes).toHaveLength(taxesBefore + 1);
		const tax = simulator.store.taxes.at(-1);
		expect(tax).toEqual(
			expect.objectContaining({
				name: { en: input.taxName, ar: input.taxNameAr },
				type: 2,
				value: '15.000',
			}),
		);
		expect(wf.nodeOutput(execution, 'Create VAT tax')).toEqual([
			expect.objectContaining({ id: tax.id }),
		]);
		const posts = simulator.requests.filter((request) => request.method === 'POST');
		expect(posts.map((request) => request.path)).toEqual([
			'/api/v2/taxes/create',
			'/api/v2/orders/create',
		]);
	});

	test('the simulator stored one new order with the branch, phone, product, tax and partner reference', () => {
		expect(simulator.store.orders).toHaveLength(ordersBefore + 1);
		const order = simulator.store.orders.at(-1);
		const tax = simulator.store.taxes.at(-1);
		expect(order.branch.id).toBe(input.branchId);
		expect(order.customer).toEqual(
			expect.objectContaining({ phone: input.customerPhone, name: { en: input.customerName } }),
		);
		expect(order.products).toHaveLength(1);
		expect(order.products[0]).toEqual(
			expect.objectContaining({
				id: input.productId,
				quantity: 2,
				note: 'no onions',
				total: '150.000',
			}),
		);
		expect(order.partner_reference).toBe(input.partnerReference);
		expect(order.taxes).toEqual([{ id: tax.id }]);
		expect(order.note).toBe(`One of ${CUSTOMERS} customers`);
		expect(wf.nodeOutput(execution, 'Create order')).toEqual([
			expect.objectContaining({ id: order.id, partner_reference: input.partnerReference }),
		]);
	});
});
