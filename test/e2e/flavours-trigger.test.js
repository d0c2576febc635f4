'use strict';
// A Flavours Trigger workflow published in a real n8n with header-token authentication: the
// simulator's Flavours-style sender delivers customers.CREATE with the shared secret and exactly one
// execution carries the normalized customer; a retry with the same xid starts nothing more; a
// delivery without the secret is refused with 401 and starts nothing. How each field is mapped is
// the unit tests' part (test/unit/flavours/flavours-trigger.test.js); here n8n must pass it on.
const { randomUUID } = require('node:crypto');
const { createWebhookSender } = require('../pos-simulator');
const { sharedN8n } = require('./support/n8n');
const { createFlavoursCredential, flavoursCustomerEvent } = require('./support/flavours');
const {
	chainWorkflow,
	noOpNode,
	post,
	publishWorkflow,
	waitForExactExecutions,
} = require('./support/retm');

// The built package: e2e runs after `npm run build` and loads no TypeScript.
const {
	normalizedCustomerEventSchema,
} = require('../../dist/nodes/shared/payloads/normalizedCustomer');

const TRIGGER = 'Flavours Trigger';
const HEADER = 'X-Flavours-Secret';

function flavoursTriggerNode(
	webhookId,
	{ typeVersion = 2, auth = { authentication: 'headerToken', headerName: HEADER } } = {},
) {
	return {
		id: randomUUID(),
		name: TRIGGER,
		type: 'n8n-nodes-restaurant-pos.flavoursTrigger',
		typeVersion,
		position: [0, 0],
		webhookId,
		parameters: {
			...auth,
			events: ['customers.CREATE'],
			respond: 'onReceived',
			simplify: true,
		},
		credentials: { flavoursApi: { id: 'replaced-on-import', name: 'Flavours (e2e)' } },
	};
}

describe('Flavours Trigger in a published workflow (header token)', () => {
	const { n8n, ...wf } = sharedN8n();
	const customerCreate = () => flavoursCustomerEvent('customers.CREATE');
	let secret;
	let workflowId;
	let url;

	beforeAll(async () => {
		const { credential, webhookSecret } = await createFlavoursCredential(wf);
		secret = webhookSecret;
		const trigger = flavoursTriggerNode(randomUUID());
		({ workflowId, url } = await publishWorkflow(
			wf,
			chainWorkflow('Flavours customers.CREATE (e2e)', [trigger, noOpNode()]),
			trigger,
			{ flavoursApi: credential },
		));
	});

	test('customers.CREATE with the secret runs once with the normalized customer; its retry runs nothing', async () => {
		const sender = createWebhookSender({
			auth: { type: 'header', name: HEADER, value: secret },
			retries: 0,
		});
		const body = customerCreate();

		const first = await sender.send(url, body);
		const retry = await sender.send(url, body);

		expect(first.attempts[0].status).toBe(200);
		expect(retry.attempts[0].status).toBe(200);
		expect(retry.attempts[0].body).toEqual({
			received: true,
			ignored: 'duplicate',
			event: 'customers.CREATE',
		});
		const executions = await waitForExactExecutions(wf, workflowId, 1);
		expect(executions).toHaveLength(1);
		expect(executions[0].status).toBe('success');
		const [item] = wf.nodeOutput(executions[0], TRIGGER);
		expect(normalizedCustomerEventSchema.parse(item)).toEqual(item);
		expect(item).toMatchObject({ platform: 'flavours', event: 'customer.created', raw: body });
		expect(item.occurredAt).toBe(new Date(body.timestamp).toISOString());
		expect(item.customer).toMatchObject({ id: String(body.data.id), phone: '+966551234567' });
	});

	test('a delivery without the secret, or with a wrong one, gets 401 and starts nothing', async () => {
		const before = (await wf.listExecutions(workflowId)).length;
		const missing = await post(url, customerCreate());
		const wrong = await post(url, customerCreate(), { headers: { [HEADER]: 'not-the-secret' } });

		expect(missing.status).toBe(401);
		expect(wrong.status).toBe(401);
		expect(wrong.text).not.toContain(secret);
		// A valid delivery afterwards must be the only new run.
		await post(url, customerCreate(), { headers: { [HEADER]: secret } });
		const executions = await waitForExactExecutions(wf, workflowId, before + 1);
		expect(executions).toHaveLength(before + 1);
	});
});

// n8n saves only parameters that differ from their default: a node saved without Authentication
// takes its version's default. Version 3 (new nodes) expects the secret in the URL; a version 2 node
// saved the same way keeps expecting the X-Webhook-Secret header it always did.
describe('Flavours Trigger saved without Authentication: the default of its version', () => {
	const { n8n, ...wf } = sharedN8n();
	const published = {};
	let secret;

	beforeAll(async () => {
		const { credential, webhookSecret } = await createFlavoursCredential(wf);
		secret = webhookSecret;
		for (const typeVersion of [2, 3]) {
			const trigger = flavoursTriggerNode(randomUUID(), { typeVersion, auth: {} });
			published[typeVersion] = await publishWorkflow(
				wf,
				chainWorkflow(`Flavours v${typeVersion} default auth (e2e)`, [trigger, noOpNode()]),
				trigger,
				{ flavoursApi: credential },
			);
		}
	});

	test('version 3: ?secret=<Webhook Secret> runs once; the header alone, or a wrong secret, gets 401', async () => {
		const { url, workflowId } = published[3];
		const headerOnly = await post(url, flavoursCustomerEvent('customers.CREATE'), {
			headers: { 'X-Webhook-Secret': secret },
		});
		const wrong = await post(
			`${url}?secret=not-the-secret`,
			flavoursCustomerEvent('customers.CREATE'),
		);
		expect(headerOnly.status).toBe(401);
		expect(wrong.status).toBe(401);
		expect(wrong.text).not.toContain(secret);

		const body = flavoursCustomerEvent('customers.CREATE');
		const answer = await post(`${url}?secret=${encodeURIComponent(secret)}`, body);
		expect(answer.status).toBe(200);
		expect(answer.text).not.toContain(secret);
		const executions = await waitForExactExecutions(wf, workflowId, 1);
		expect(executions).toHaveLength(1);
		const [item] = wf.nodeOutput(executions[0], TRIGGER);
		expect(item).toMatchObject({ platform: 'flavours', event: 'customer.created', raw: body });
		expect(JSON.stringify(item)).not.toContain(secret);
	});

	test('version 2: still the X-Webhook-Secret header; the secret in the URL gets 401', async () => {
		const { url, workflowId } = published[2];
		const inUrl = await post(
			`${url}?secret=${encodeURIComponent(secret)}`,
			flavoursCustomerEvent('customers.CREATE'),
		);
		expect(inUrl.status).toBe(401);
		const answer = await post(url, flavoursCustomerEvent('customers.CREATE'), {
			headers: { 'X-Webhook-Secret': secret },
		});
		expect(answer.status).toBe(200);
		const executions = await waitForExactExecutions(wf, workflowId, 1);
		expect(executions).toHaveLength(1);
	});
});
