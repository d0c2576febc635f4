'use strict';
// Acknowledgement does not wait for the workflow: a RETM delivery is answered 2xx as soon as the
// trigger has accepted it, while the workflow behind it (here a 4-second Wait) is still running.
// Checked against what n8n records, not against how quickly the test reads it: the answer arrived
// before the execution's own stoppedAt (the caller and n8n share this machine's clock), and the
// execution finished successfully. Runs in regular and in queue mode.
const { randomUUID } = require('node:crypto');
const { sharedN8n } = require('../support/n8n');
const {
	chainWorkflow,
	createRetmCredential,
	customerCreated,
	post,
	publishWorkflow,
	retmTriggerNode,
	waitForExactExecutions,
} = require('../support/retm');

function waitNode(seconds) {
	return {
		id: randomUUID(),
		name: 'Slow Step',
		type: 'n8n-nodes-base.wait',
		typeVersion: 1.1,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { resume: 'timeInterval', amount: seconds, unit: 'seconds' },
	};
}

describe(`acknowledgement before the workflow finishes (${process.env.N8N_E2E_MODE ?? 'regular'} mode)`, () => {
	const wf = sharedN8n();

	test('a delivery is answered 2xx while its execution is still running', async () => {
		const { credential, webhookToken } = await createRetmCredential(wf);
		const trigger = retmTriggerNode();
		const workflow = chainWorkflow('RETM acknowledgement (e2e)', [trigger, waitNode(4)]);
		const { workflowId, url } = await publishWorkflow(wf, workflow, trigger, {
			retmApi: credential,
		});

		const answer = await post(url, customerCreated(), { token: webhookToken });
		const answeredAt = Date.now();

		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ received: true, deliveryId: expect.any(String) });
		const [execution] = await waitForExactExecutions(wf, workflowId, 1, { timeoutMs: 180_000 });
		expect(execution.status).toBe('success');
		// The whole answer was in before the run ended, 4 seconds of Wait after it began.
		expect(answeredAt).toBeLessThan(new Date(execution.stoppedAt).getTime());
	});
});
