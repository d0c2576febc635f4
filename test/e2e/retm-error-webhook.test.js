'use strict';
// RETM's error webhook: when a delivery fails on every attempt (1 + 3 retries), RETM posts
// { code, endpoint, message } to the app's error URL. Here that URL is a published workflow whose RETM
// Trigger listens for webhook.error; the failing endpoint is a port nobody listens on, a stand-in that
// answers 500, and the production URL of a customer.created workflow that is not published (404).
const { sharedN8n } = require('./support/n8n');
const { createWebhookSender, startRecordingReceiver } = require('../pos-simulator');
const { freePort } = require('../../scripts/lib/ports');
const {
	chainWorkflow,
	createRetmCredential,
	customerCreated,
	noOpNode,
	publishWorkflow,
	retmTriggerNode,
	waitForExactExecutions,
} = require('./support/retm');

const TRIGGER = 'Delivery error';

describe('RETM error webhook into a published workflow', () => {
	const wf = sharedN8n();
	let webhookToken;
	let credential;
	let errorWorkflowId;
	let errorUrl;
	let receiver;

	beforeAll(async () => {
		({ credential, webhookToken } = await createRetmCredential(wf));
		const trigger = retmTriggerNode({ name: TRIGGER, parameters: { events: ['webhook.error'] } });
		({ workflowId: errorWorkflowId, url: errorUrl } = await publishWorkflow(
			wf,
			chainWorkflow('RETM delivery errors (e2e)', [trigger, noOpNode()]),
			trigger,
			{ retmApi: credential },
		));
	});

	afterAll(async () => {
		await receiver?.close();
	});

	function sender() {
		return createWebhookSender({ token: webhookToken, retries: 3, retryDelayMs: 50, errorUrl });
	}

	test('four refused connections, then the error webhook runs the error workflow once with {code, endpoint, message}', async () => {
		// Free a moment ago, nothing listens there now: every attempt is refused.
		const downUrl = `http://127.0.0.1:${await freePort()}/webhook/down/webhook`;

		const delivery = await sender().send(downUrl, customerCreated());

		expect(delivery.delivered).toBe(false);
		expect(delivery.attempts).toHaveLength(4);
		for (const attempt of delivery.attempts) {
			expect(attempt.status).toBe(0);
			expect(attempt.error).toMatch(/ECONNREFUSED/);
		}
		expect(delivery.errorWebhook).toEqual(
			expect.objectContaining({
				url: errorUrl,
				status: 200,
				response: { received: true, deliveryId: expect.any(String) },
			}),
		);
		const executions = await waitForExactExecutions(wf, errorWorkflowId, 1);
		expect(executions).toHaveLength(1);
		expect(executions[0].status).toBe('success');
		expect(wf.nodeOutput(executions[0], TRIGGER)).toEqual([
			{
				event: 'webhook.error',
				code: 0,
				endpoint: downUrl,
				message: expect.stringMatching(/^Delivery failed after 4 attempts: ECONNREFUSED/),
				deliveryId: delivery.errorWebhook.response.deliveryId,
			},
		]);
		expect(wf.nodeOutput(executions[0], TRIGGER)[0].message).toBe(
			delivery.errorWebhook.body.message,
		);
	});

	test('an endpoint answering 500 four times is reported with code 500, as one more execution', async () => {
		receiver = await startRecordingReceiver({
			respond: () => ({ status: 500, body: { message: 'Error in workflow' } }),
		});
		const failingUrl = `${receiver.url}/webhook/failing/webhook`;
		const body = customerCreated();

		const delivery = await sender().send(failingUrl, body);

		expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 500, 500]);
		// RETM retries the same delivery: four identical requests, each with the token.
		expect(receiver.received).toHaveLength(4);
		for (const request of receiver.received) {
			expect(request.json).toEqual(body);
			expect(request.headers.authorization).toBe(`Bearer ${webhookToken}`);
		}
		expect(delivery.errorWebhook.status).toBe(200);
		const executions = await waitForExactExecutions(wf, errorWorkflowId, 2);
		expect(executions).toHaveLength(2);
		expect(executions[1].status).toBe('success');
		expect(wf.nodeOutput(executions[1], TRIGGER)).toEqual([
			{
				event: 'webhook.error',
				code: 500,
				endpoint: failingUrl,
				message: 'Delivery failed after 4 attempts: HTTP 500',
				deliveryId: delivery.errorWebhook.response.deliveryId,
			},
		]);
	});

	test("RETM pointed at a workflow that is not published gets n8n's 404 four times, then reports it", async () => {
		// Workflow A listens for customer.created, but was never published: its production URL is not live.
		const triggerA = retmTriggerNode({ name: 'New customer' });
		await wf.importWorkflow(
			chainWorkflow('RETM customers, unpublished (e2e)', [triggerA, noOpNode()]),
			{
				credentials: { retmApi: credential },
			},
		);
		const urlA = wf.webhookUrl(triggerA.webhookId);

		const delivery = await sender().send(urlA, customerCreated());

		expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([404, 404, 404, 404]);
		expect(delivery.errorWebhook.status).toBe(200);
		const executions = await waitForExactExecutions(wf, errorWorkflowId, 3);
		expect(executions).toHaveLength(3);
		expect(executions[2].status).toBe('success');
		expect(wf.nodeOutput(executions[2], TRIGGER)).toEqual([
			{
				event: 'webhook.error',
				code: 404,
				endpoint: urlA,
				message: 'Delivery failed after 4 attempts: HTTP 404',
				deliveryId: delivery.errorWebhook.response.deliveryId,
			},
		]);
	});

	test('an error webhook without the webhook token is refused and adds no execution', async () => {
		const downUrl = `http://127.0.0.1:${await freePort()}/webhook/down/webhook`;

		const refused = await sender().send(downUrl, customerCreated(), {
			retries: 0,
			token: 'not-the-webhook-token',
		});

		expect(refused.errorWebhook.status).toBe(401);
		expect(refused.errorWebhook.response).toEqual({ error: 'Unauthorized' });
		// One more, authorised error webhook afterwards is the only new run.
		const accepted = await sender().send(downUrl, customerCreated(), { retries: 0 });
		expect(accepted.errorWebhook.status).toBe(200);
		const executions = await waitForExactExecutions(wf, errorWorkflowId, 4);
		expect(executions).toHaveLength(4);
		expect(wf.nodeOutput(executions[3], TRIGGER)[0].deliveryId).toBe(
			accepted.errorWebhook.response.deliveryId,
		);
	});
});
