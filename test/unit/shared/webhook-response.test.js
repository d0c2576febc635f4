'use strict';
// triggers/webhookResponse: how the pipeline's decision becomes n8n's webhook answer; which outcomes
// are written straight to the HTTP response (so the platform never waits on the workflow) and which not.
const { toWebhookResponse } = require('../../../nodes/shared/triggers/webhookResponse');
const { retmWebhooks } = require('../../../nodes/Retm/events');
const { example } = require('../../fixtures/contracts');

const RESPOND_MODES = ['onReceived', 'responseNode', 'lastNode'];

/** A stand-in for n8n's webhook context whose express response records status() and json(). */
function fakeContext() {
	const written = [];
	const response = {
		status(code) {
			written.push(['status', code]);
			return response;
		},
		json(body) {
			written.push(['json', body]);
			return response;
		},
	};
	return { context: { getResponseObject: () => response }, written };
}

/** A run outcome for RETM's documented customer.created webhook, simplified by the real catalogue. */
function runOutcome(answeredByWorkflow) {
	const event = 'customer.created';
	const deliveryId = 'delivery-1';
	const item = retmWebhooks.events[event].simplify(example('retm/webhooks/customer.created'), {
		deliveryId,
		event,
	});
	return { action: 'run', event, deliveryId, item, answeredByWorkflow };
}

describe('reject', () => {
	test.each(RESPOND_MODES)(
		'writes status and error at once, whatever Respond is (%s)',
		(respond) => {
			const { context, written } = fakeContext();
			const outcome = { action: 'reject', status: 401, message: 'Unauthorized' };
			expect(toWebhookResponse(context, outcome, respond)).toEqual({ noWebhookResponse: true });
			expect(written).toEqual([
				['status', 401],
				['json', { error: 'Unauthorized' }],
			]);
		},
	);

	test('uses the outcome status and message', () => {
		const { context, written } = fakeContext();
		const outcome = { action: 'reject', status: 413, message: 'The body is too large' };
		toWebhookResponse(context, outcome, 'onReceived');
		expect(written).toEqual([
			['status', 413],
			['json', { error: 'The body is too large' }],
		]);
	});
});

describe('ignore', () => {
	test.each(RESPOND_MODES)(
		'answers received and why, writes nothing and runs nothing (%s)',
		(respond) => {
			const { context, written } = fakeContext();
			const outcome = { action: 'ignore', reason: 'duplicate', event: 'customer.updated' };
			const answer = toWebhookResponse(context, outcome, respond);
			expect(answer).toEqual({
				webhookResponse: { received: true, ignored: 'duplicate', event: 'customer.updated' },
			});
			expect(answer).not.toHaveProperty('workflowData');
			expect(written).toEqual([]);
		},
	);
});

describe('run', () => {
	test('with Respond onReceived, n8n answers the acknowledgement itself', () => {
		const { context, written } = fakeContext();
		const outcome = runOutcome(false);
		const answer = toWebhookResponse(context, outcome, 'onReceived');
		expect(answer).toEqual({
			workflowData: [[{ json: outcome.item }]],
			webhookResponse: { received: true, deliveryId: 'delivery-1' },
		});
		expect(answer.workflowData[0][0].json).toBe(outcome.item);
		expect(written).toEqual([]);
	});

	test.each(['responseNode', 'lastNode'])(
		'with Respond %s, the acknowledgement is written before the workflow runs',
		(respond) => {
			const { context, written } = fakeContext();
			const outcome = runOutcome(false);
			const answer = toWebhookResponse(context, outcome, respond);
			expect(answer).toEqual({
				noWebhookResponse: true,
				workflowData: [[{ json: outcome.item }]],
			});
			expect(answer).not.toHaveProperty('webhookResponse');
			expect(written).toEqual([
				['status', 200],
				['json', { received: true, deliveryId: 'delivery-1' }],
			]);
		},
	);

	test.each(RESPOND_MODES)(
		'an event the workflow answers is left to the workflow (%s)',
		(respond) => {
			const { context, written } = fakeContext();
			const outcome = runOutcome(true);
			const answer = toWebhookResponse(context, outcome, respond);
			expect(answer).toEqual({
				workflowData: [[{ json: outcome.item }]],
				webhookResponse: { received: true, deliveryId: 'delivery-1' },
			});
			expect(answer).not.toHaveProperty('noWebhookResponse');
			expect(written).toEqual([]);
		},
	);
});
