'use strict';
// triggers/triggerWebhook: the webhook every platform trigger shares. Its description as n8n resolves
// it, then deliveries over HTTP (test/helpers/webhookHarness.js) to a trigger made of this module and
// the shared trigger properties, receiving Flavours' events with Flavours' contract fixtures.
const { ObservableObject, resolveWebhookDescriptionField } = require('n8n-workflow');
const {
	deliveryWebhook,
	manualSubscription,
	receiveSharedSecretDelivery,
	triggerBasics,
} = require('../../../nodes/shared/triggers/triggerWebhook');
const {
	eventsProperty,
	outputProperties,
	sharedSecretProperties,
} = require('../../../nodes/shared/triggers/triggerProperties');
const {
	openLedgerCopies,
	recordDelivery,
	releaseLedgerCopy,
	SAVED_FIELD,
} = require('../../../nodes/shared/triggers/deliveryLedger');
const { flavoursEvents, flavoursWebhooks } = require('../../../nodes/Flavours/events');
const { startTriggerHarness } = require('../../helpers/webhookHarness');
const { example } = require('../../fixtures/contracts');

const SECRET = 'trigger-webhook-secret-51d0';
const HEADER = 'X-Acme-Secret';
const withSecret = { headers: { [HEADER]: SECRET } };
const customerCreated = () => example('flavours/webhooks/customers.CREATE');

/**
 * One entry per delivery that reached the trigger: what its webhook() returned, and whether the
 * request's body had been read by then (n8n leaves bodies it does not parse unread for version 2).
 */
const deliveries = [];
const lastAnswer = () => deliveries.at(-1).answer;

class SharedSecretTrigger {
	description = {
		displayName: 'Shared Secret Trigger',
		name: 'sharedSecretTrigger',
		...triggerBasics,
		defaults: { name: 'Shared Secret Trigger' },
		credentials: [{ name: 'flavoursApi', required: true }],
		properties: [
			...sharedSecretProperties('Flavours', 'the webhook settings'),
			eventsProperty('Flavours', flavoursEvents, ['customers.CREATE']),
			...outputProperties('a clean shape'),
		],
	};

	webhookMethods = manualSubscription;

	async webhook() {
		const answer = await receiveSharedSecretDelivery(this, flavoursWebhooks, 'flavoursApi');
		deliveries.push({ answer, bodyRead: this.getRequestObject().rawBody !== undefined });
		return answer;
	}
}

/** A version 2 node: n8n leaves the bodies of content types it does not parse to it. */
async function withTrigger(parameters, test) {
	const harness = await startTriggerHarness({
		nodeClass: SharedSecretTrigger,
		parameters: { authentication: 'headerToken', headerName: HEADER, ...parameters },
		credentials: { flavoursApi: { environment: 'custom', webhookSecret: SECRET } },
		typeVersion: 2,
	});
	try {
		await test(harness);
	} finally {
		await harness.close();
	}
}

describe('the webhook n8n registers', () => {
	const resolve = (field, parameters) =>
		resolveWebhookDescriptionField({ parameters }, deliveryWebhook, field);

	test('one POST endpoint on a trigger with no inputs and one output, new nodes at version 3', () => {
		expect(deliveryWebhook).toMatchObject({ name: 'default', httpMethod: 'POST', path: 'webhook' });
		expect(triggerBasics).toEqual({
			group: ['trigger'],
			version: [1, 2, 3],
			defaultVersion: 3,
			inputs: [],
			outputs: ['main'],
			webhooks: [deliveryWebhook],
		});
	});

	test.each([
		['onReceived', ''],
		['responseNode', ''],
		['lastNode', 'firstEntryJson'],
	])(
		'Respond %s: n8n answers in that mode, with %j as its data, without expressions',
		(respond, data) => {
			expect(resolve('responseMode', { respond })).toEqual({ resolved: true, value: respond });
			expect(resolve('responseData', { respond })).toEqual({ resolved: true, value: data });
		},
	);

	test('resolving the answer marks the ledgers of deliveries in hand changed, so n8n saves them', () => {
		const staticData = ObservableObject.create({}, undefined, { ignoreEmptyOnFirstChild: true });
		recordDelivery(staticData, 'in-hand', Date.now(), 'trigger-webhook-test/marking');
		staticData.__dataChanged = false;
		resolve('responseData', { respond: 'onReceived' });
		expect(staticData.__dataChanged).toBe(true);
		releaseLedgerCopy(staticData);
	});

	test('registers nothing with the platform, and says so to n8n', async () => {
		const { checkExists, create, delete: remove } = manualSubscription.default;
		for (const method of [checkExists, create, remove]) expect(await method.call({})).toBe(true);
	});
});

describe('a delivery', () => {
	// A content type n8n does not parse.
	const octets = (headers = {}) => ({ contentType: 'application/octet-stream', headers });

	test.each([
		['without the secret', {}],
		['with a wrong secret', { [HEADER]: `${SECRET}x` }],
	])(
		'%s is refused with 401 before its body is read, and starts nothing',
		async (_label, headers) => {
			await withTrigger({ events: ['*'] }, async (trigger) => {
				const answer = await trigger.deliver(customerCreated(), octets(headers));
				expect(answer).toMatchObject({ status: 401, json: { error: 'Unauthorized' } });
				expect(deliveries.at(-1)).toEqual({ answer: { noWebhookResponse: true }, bodyRead: false });
				expect(trigger.runs).toHaveLength(0);
				expect(JSON.stringify(trigger.staticData)).not.toContain(SAVED_FIELD);
			});
		},
	);

	test('with the secret, a body n8n left unread is read, and runs as the same JSON would', async () => {
		let readByTheTrigger;
		await withTrigger({ events: ['*'] }, async (trigger) => {
			expect((await trigger.deliver(customerCreated(), octets(withSecret.headers))).status).toBe(
				200,
			);
			expect(deliveries.at(-1).bodyRead).toBe(true);
			readByTheTrigger = trigger.runs[0];
			// Read, a body that is not the gzip it claims to be is refused, and starts nothing.
			const notGzip = octets({ ...withSecret.headers, 'content-encoding': 'gzip' });
			const answer = await trigger.deliver(customerCreated(), notGzip);
			expect(answer).toMatchObject({
				status: 400,
				json: { error: expect.stringMatching(/could not be decompressed/) },
			});
			expect(trigger.runs).toHaveLength(1);
		});
		await withTrigger({ events: ['*'] }, async (trigger) => {
			await trigger.deliver(customerCreated(), withSecret);
			expect(trigger.runs[0]).toEqual(readByTheTrigger);
		});
	});

	test('sent again is answered as a duplicate and starts nothing; the ledger is saved', async () => {
		await withTrigger({ events: ['customers.CREATE'] }, async (trigger) => {
			await trigger.deliver(customerCreated(), withSecret);
			const again = await trigger.deliver(customerCreated(), withSecret);
			const duplicate = { received: true, ignored: 'duplicate', event: 'customers.CREATE' };
			expect(again.status).toBe(200);
			expect(again.json).toEqual(duplicate);
			expect(lastAnswer()).not.toHaveProperty('workflowData');
			expect(trigger.runs).toHaveLength(1);
			expect(trigger.staticData['node:Trigger'][SAVED_FIELD]).toEqual(expect.any(String));
		});
	});

	test("the trigger's Simplify and Default Country Code reach the item", async () => {
		await withTrigger({ events: ['customers.CREATE'], simplify: false }, async (trigger) => {
			await trigger.deliver(customerCreated(), withSecret);
			const [item] = trigger.runs[0];
			expect(item).toEqual({ ...customerCreated(), deliveryId: item.deliveryId });
		});
		const body = customerCreated();
		delete body.data.user.phone_prefix;
		body.data.user.phone = '0501234567';
		await withTrigger(
			{ events: ['customers.CREATE'], defaultCountryCode: '971' },
			async (trigger) => {
				await trigger.deliver(body, withSecret);
				expect(trigger.runs[0][0].customer.phone).toBe('+971501234567');
			},
		);
	});
});

describe('the answer, per Respond', () => {
	// n8n itself answers with webhookResponse under Respond Immediately; under the other two it waits
	// for the workflow, unless the trigger has answered already (noWebhookResponse).
	test.each([
		['onReceived', 'flavours/webhooks/customers.CREATE', 'n8n at once'],
		['lastNode', 'flavours/webhooks/customers.CREATE', 'the trigger'],
		['responseNode', 'flavours/webhooks/customers.CREATE', 'the trigger'],
		['onReceived', 'flavours/webhooks/reward.check.request', 'n8n at once'],
		['lastNode', 'flavours/webhooks/reward.check.request', 'the workflow'],
		['responseNode', 'flavours/webhooks/reward.check.request', 'the workflow'],
	])('Respond %s, %s: answered by %s', async (respond, fixture, by) => {
		await withTrigger({ events: ['*'], respond }, async (trigger) => {
			const response = await trigger.deliver(example(fixture), withSecret);
			const [item] = trigger.runs[0];
			const acknowledgement = { received: true, deliveryId: item.deliveryId };
			const workflowData = [[{ json: item }]];
			expect(response).toMatchObject({ status: 200, json: acknowledgement });
			expect(lastAnswer()).toEqual(
				by === 'the trigger'
					? { noWebhookResponse: true, workflowData }
					: { workflowData, webhookResponse: acknowledgement },
			);
		});
	});

	test("news answered by n8n lets the delivery's static data go; answered by the trigger, it is kept in step", async () => {
		// The trigger's own answer goes out before n8n saves static data, so that copy must still get
		// every id the ledger records until n8n saves it.
		const keptAfter = async (respond) => {
			const before = new Set(openLedgerCopies());
			await withTrigger({ events: ['*'], respond }, async (trigger) => {
				await trigger.deliver(customerCreated(), withSecret);
				expect(trigger.runs).toHaveLength(1);
			});
			await new Promise((resolve) => setTimeout(resolve, 50));
			const kept = [...openLedgerCopies()].filter((copy) => !before.has(copy));
			kept.forEach(releaseLedgerCopy);
			return kept;
		};
		expect(await keptAfter('onReceived')).toHaveLength(0);
		const [copy] = await keptAfter('lastNode');
		expect(copy[SAVED_FIELD]).toEqual(expect.any(String));
	});
});
