'use strict';
const { NodeHelpers } = require('n8n-workflow');

const { RetmTrigger } = require('../../../nodes/Retm/RetmTrigger.node');
const { retmEvents } = require('../../../nodes/Retm/events');
const { startTriggerHarness } = require('../../helpers/webhookHarness');

const WEBHOOK_TOKEN = 'retm-webhook-token-3f9a';
const credentials = {
	retmApi: {
		environment: 'custom',
		baseUrl: 'http://127.0.0.1:1',
		accessToken: 'unused',
		webhookToken: WEBHOOK_TOKEN,
	},
};
const sample = (name) => retmEvents.find((event) => event.name === name).sample;

async function withTrigger(parameters, test) {
	const harness = await startTriggerHarness({ nodeClass: RetmTrigger, parameters, credentials });
	try {
		await test(harness);
	} finally {
		await harness.close();
	}
}

describe('RETM Trigger: authentication', () => {
	const parameters = { events: ['customer.created'] };

	test.each([
		['a missing Authorization header', undefined, {}],
		['a wrong token', 'not-the-token', {}],
		['a token that only shares a prefix', WEBHOOK_TOKEN.slice(0, -1), {}],
		['another scheme', undefined, { authorization: `Basic ${WEBHOOK_TOKEN}` }],
	])('answers 401 and starts nothing for %s', async (_label, token, headers) => {
		await withTrigger(parameters, async (trigger) => {
			const answer = await trigger.deliver(sample('customer.created'), { token, headers });
			expect(answer.status).toBe(401);
			expect(answer.text).not.toContain(WEBHOOK_TOKEN);
			expect(answer.text).not.toContain(WEBHOOK_TOKEN.slice(0, 8));
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('refuses every delivery when the credential has no webhook token', async () => {
		const harness = await startTriggerHarness({
			nodeClass: RetmTrigger,
			parameters,
			credentials: { retmApi: { ...credentials.retmApi, webhookToken: '' } },
		});
		try {
			const answer = await harness.deliver(sample('customer.created'), { token: '' });
			expect(answer.status).toBe(401);
			expect(harness.runs).toHaveLength(0);
		} finally {
			await harness.close();
		}
	});

	test('checks the token before reading the body', async () => {
		await withTrigger(parameters, async (trigger) => {
			const answer = await trigger.deliver('not json', { contentType: 'text/plain' });
			expect(answer.status).toBe(401);
		});
	});
});

describe('RETM Trigger: every documented sample', () => {
	test.each(retmEvents.map((event) => [event.name]))(
		'%s runs the workflow once with a simplified item',
		async (name) => {
			await withTrigger({ events: [name], respond: 'onReceived' }, async (trigger) => {
				const answer = await trigger.deliver(sample(name), { token: WEBHOOK_TOKEN });
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
				const [item] = trigger.runs[0];
				expect(answer.json).toEqual({ received: true, deliveryId: item.deliveryId });
				expect(item.event).toBe(name);
				expect(item.deliveryId).toMatch(/^[0-9a-f]{64}$/);
			});
		},
	);

	test('customer.created gives the normalized customer event', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const body = sample('customer.created');
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const [item] = trigger.runs[0];
			expect(item).toEqual({
				platform: 'retm',
				event: 'customer.created',
				occurredAt: '0001-01-01T00:00:00.000Z',
				deliveryId: expect.stringMatching(/^[0-9a-f]{64}$/),
				customer: {
					id: '1234',
					name: 'Ahmad Abdullah',
					firstName: 'Ahmad',
					lastName: 'Abdullah',
					phone: '055123456',
					email: 'ahmed@abdullah.com',
					marketing: { email: null, sms: null },
				},
				changes: [],
				raw: body,
			});
		});
	});

	test('a customer with only an Arabic name is named by it', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const body = sample('customer.created');
			body.customer.name = '';
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(trigger.runs[0][0].customer).toMatchObject({
				name: 'احمد عبدالله',
				firstName: 'احمد',
				lastName: 'عبدالله',
			});
		});
	});

	test('an invoice becomes an invoice with a readable status and its lines', async () => {
		await withTrigger({ events: ['order.refunded'] }, async (trigger) => {
			await trigger.deliver(sample('order.refunded'), { token: WEBHOOK_TOKEN });
			const { invoice, occurredAt } = trigger.runs[0][0];
			expect(occurredAt).toBe('2025-12-17T19:26:35.000Z');
			expect(invoice).toMatchObject({
				id: '9f8e7d6c-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
				orderReference: 'A-1042',
				status: 'refunded',
				total: '86.250',
				createdAt: '2025-12-17T19:26:35.000Z',
			});
			expect(invoice.products[0]).toMatchObject({ id: 'prd-kabsa', quantity: 1 });
		});
	});

	test('the misspelt order_refrence is read as the order reference', async () => {
		await withTrigger({ events: ['order.created'] }, async (trigger) => {
			const body = { ...sample('order.created'), order_refrence: 'B-7' };
			delete body.order_reference;
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(trigger.runs[0][0].invoice.orderReference).toBe('B-7');
		});
	});

	test('reward and error webhooks, which carry no event field, are recognised', async () => {
		await withTrigger({ events: ['*'] }, async (trigger) => {
			await trigger.deliver(sample('reward.check'), { token: WEBHOOK_TOKEN });
			await trigger.deliver(sample('reward.redeem'), { token: WEBHOOK_TOKEN });
			await trigger.deliver(sample('webhook.error'), { token: WEBHOOK_TOKEN });
			expect(trigger.runs.map((run) => run[0].event)).toEqual([
				'reward.check',
				'reward.redeem',
				'webhook.error',
			]);
			expect(trigger.runs[0][0].rewardCode).toBe('WELCOME10');
			expect(trigger.runs[2][0]).toMatchObject({ code: 504, message: expect.any(String) });
		});
	});

	test('with Simplify off the body arrives as sent, plus deliveryId', async () => {
		await withTrigger({ events: ['customer.created'], simplify: false }, async (trigger) => {
			const body = { ...sample('customer.created'), extra_field: { kept: true } };
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const [item] = trigger.runs[0];
			expect(item).toEqual({ ...body, deliveryId: item.deliveryId });
		});
	});
});

describe('RETM Trigger: malformed bodies', () => {
	const customer = sample('customer.created');
	test.each([
		['non-JSON text', 'hello there', 'text/plain', /not valid JSON/],
		['an empty body', '', 'text/plain', /body is empty/],
		['a JSON array', '[1,2]', 'text/plain', /not an array/],
		['no event', { ...customer, event: undefined }, undefined, /event: missing/],
		['an event that is not a string', { ...customer, event: 42 }, undefined, /event: expected/],
		['no customer', { ...customer, customer: undefined }, undefined, /customer: Required/],
		[
			'a customer id of the wrong type',
			{ ...customer, customer: { ...customer.customer, id: true } },
			undefined,
			/customer\.id/,
		],
		[
			'an email that is a number',
			{ ...customer, customer: { ...customer.customer, email: 7 } },
			undefined,
			/customer\.email: Expected string, received number/,
		],
		['no timestamp', { ...customer, timestamp: undefined }, undefined, /timestamp: Required/],
		[
			'objects nested 10,000 levels deep',
			`{"event":"customer.created","extra":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`,
			'text/plain',
			/more than 64 levels deep/,
		],
	])(
		'%s gets 400 with the reason and starts nothing',
		async (_label, body, contentType, reason) => {
			await withTrigger({ events: ['*'] }, async (trigger) => {
				const answer = await trigger.deliver(body, { token: WEBHOOK_TOKEN, contentType });
				expect(answer.status).toBe(400);
				expect(answer.json.error).toMatch(reason);
				expect(trigger.runs).toHaveLength(0);
			});
		},
	);

	test('a body over 1 MiB gets 413 and starts nothing', async () => {
		await withTrigger({ events: ['*'] }, async (trigger) => {
			const body = { ...customer, note: 'x'.repeat(1024 * 1024) };
			const answer = await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(answer.status).toBe(413);
			expect(answer.json.error).toMatch(/larger than 1048576 bytes/);
			expect(trigger.runs).toHaveLength(0);
		});
	});
});

describe('RETM Trigger: filtering, unknown events and duplicates', () => {
	test('an event that is not selected is acknowledged and starts nothing', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const answer = await trigger.deliver(sample('order.created'), { token: WEBHOOK_TOKEN });
			expect(answer.status).toBe(200);
			expect(answer.json).toMatchObject({ received: true, ignored: 'not selected' });
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('an unknown event is acknowledged and ignored unless Any Event is chosen', async () => {
		const body = { ...sample('customer.created'), event: 'table.reserved', table: { id: 'T4' } };
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const answer = await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(answer.status).toBe(200);
			expect(answer.json.ignored).toBe('unknown event');
			expect(trigger.runs).toHaveLength(0);
		});
		await withTrigger({ events: ['*'] }, async (trigger) => {
			const answer = await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			expect(trigger.runs[0][0]).toEqual({ ...body, deliveryId: trigger.runs[0][0].deliveryId });
		});
	});

	test('a delivery sent three times runs once', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const answers = [];
			for (let attempt = 0; attempt < 3; attempt++) {
				answers.push(await trigger.deliver(sample('customer.created'), { token: WEBHOOK_TOKEN }));
			}
			expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
			expect(answers[1].json).toMatchObject({ ignored: 'duplicate' });
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('two different customers with the same reference both run', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const first = sample('customer.created');
			const second = { ...first, customer: { ...first.customer, id: 99 } };
			await trigger.deliver(first, { token: WEBHOOK_TOKEN });
			await trigger.deliver(second, { token: WEBHOOK_TOKEN });
			expect(trigger.runs).toHaveLength(2);
			expect(trigger.runs[0][0].deliveryId).not.toBe(trigger.runs[1][0].deliveryId);
		});
	});

	test('a reward check asked twice is answered twice', async () => {
		await withTrigger({ events: ['reward.check'], respond: 'responseNode' }, async (trigger) => {
			await trigger.deliver(sample('reward.check'), { token: WEBHOOK_TOKEN });
			await trigger.deliver(sample('reward.check'), { token: WEBHOOK_TOKEN });
			expect(trigger.runs).toHaveLength(2);
		});
	});
});

describe('RETM Trigger: when to answer', () => {
	test('with a Respond to Webhook node, news is still acknowledged at once', async () => {
		await withTrigger(
			{ events: ['customer.created'], respond: 'responseNode' },
			async (trigger) => {
				const answer = await trigger.deliver(sample('customer.created'), { token: WEBHOOK_TOKEN });
				expect(answer.status).toBe(200);
				expect(answer.json).toEqual({ received: true, deliveryId: trigger.runs[0][0].deliveryId });
			},
		);
	});
});

describe('RETM Trigger: the reward check notice', () => {
	const { description } = new RetmTrigger();
	const notice = description.properties.find(({ name }) => name === 'rewardCheckNotice');
	// As n8n's editor decides it: the parameters set, defaults for the rest, then displayParameter.
	const shownFor = (parameters) =>
		NodeHelpers.displayParameter(
			NodeHelpers.getNodeParameters(description.properties, parameters, true, false, null),
			notice,
			null,
			description,
		);

	test.each([
		['the default events', false, {}],
		['news only', false, { events: ['customer.created', 'order.created'] }],
		['a reward check, answered Immediately by default', true, { events: ['reward.check'] }],
		['a reward check among news', true, { events: ['customer.created', 'reward.check'] }],
		['Any Event', true, { events: ['*'] }],
		[
			'a reward check with a Respond to Webhook node',
			false,
			{ events: ['reward.check'], respond: 'responseNode' },
		],
		['Any Event answered by the last node', false, { events: ['*'], respond: 'lastNode' }],
	])('%s: shown %s', (_label, shown, parameters) => {
		expect(shownFor(parameters)).toBe(shown);
	});

	test('it names the Respond option to choose and links the reward check example', () => {
		expect(notice.displayName).toContain("Using 'Respond to Webhook' Node");
		expect(notice.displayName).toMatch(/href="https:[^"]+\/examples\/retm-reward-check\.json"/);
	});
});
