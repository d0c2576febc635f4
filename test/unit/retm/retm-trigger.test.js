'use strict';
const { NodeHelpers } = require('n8n-workflow');

const { RetmTrigger } = require('../../../nodes/Retm/RetmTrigger.node');
const { retmEvents } = require('../../../nodes/Retm/events');
const { startTriggerHarness } = require('../../helpers/webhookHarness');
const { example } = require('../../fixtures/contracts');

const WEBHOOK_TOKEN = 'retm-webhook-token-3f9a';
const credentials = {
	retmApi: {
		environment: 'custom',
		baseUrl: 'http://127.0.0.1:1',
		accessToken: 'unused',
		webhookToken: WEBHOOK_TOKEN,
	},
};
// The catalogue's samples are what the editor shows; the tests of them say so. Every other body is
// a contract fixture.
const catalogueSample = (name) => retmEvents.find((event) => event.name === name).sample;
const customerCreated = () => example('retm/webhooks/customer.created');

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
			const answer = await trigger.deliver(customerCreated(), { token, headers });
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
			const answer = await harness.deliver(customerCreated(), { token: '' });
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

describe('RETM Trigger: a replaced Webhook Token', () => {
	test('the new token works at once, and the old one is refused once the new one has been seen', async () => {
		const rotating = { retmApi: { ...credentials.retmApi } };
		const harness = await startTriggerHarness({
			nodeClass: RetmTrigger,
			parameters: { events: ['customer.created'] },
			credentials: rotating,
		});
		try {
			expect((await harness.deliver(customerCreated(), { token: WEBHOOK_TOKEN })).status).toBe(200);
			rotating.retmApi.webhookToken = 'retm-webhook-token-new';
			expect(
				(await harness.deliver(customerCreated(), { token: 'retm-webhook-token-new' })).status,
			).toBe(200);
			expect((await harness.deliver(customerCreated(), { token: WEBHOOK_TOKEN })).status).toBe(401);
		} finally {
			await harness.close();
		}
	});
});

describe('RETM Trigger: every catalogue sample (what the editor shows)', () => {
	test.each(retmEvents.map((event) => [event.name]))(
		'%s runs the workflow once with a simplified item',
		async (name) => {
			await withTrigger({ events: [name], respond: 'onReceived' }, async (trigger) => {
				const answer = await trigger.deliver(catalogueSample(name), { token: WEBHOOK_TOKEN });
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
			const body = customerCreated();
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const [item] = trigger.runs[0];
			expect(item).toEqual({
				platform: 'retm',
				event: 'customer.created',
				occurredAt: '2025-12-17T16:26:35.000Z',
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

	test("the page's placeholder time 0001-01-01T00:00:00 is no time at all", async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			await trigger.deliver(
				{ ...customerCreated(), timestamp: '0001-01-01T00:00:00' },
				{ token: WEBHOOK_TOKEN },
			);
			const [item] = trigger.runs[0];
			expect(item.occurredAt).toBeNull();
			expect(item).not.toHaveProperty('warnings');
		});
	});

	test('a customer with only an Arabic name is named by it', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const body = customerCreated();
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
			await trigger.deliver(example('retm/webhooks/invoice.order.refunded'), {
				token: WEBHOOK_TOKEN,
			});
			const { invoice, occurredAt } = trigger.runs[0][0];
			expect(occurredAt).toBe('2025-12-17T19:26:35.000Z');
			expect(invoice).toMatchObject({
				id: '153',
				orderReference: '177',
				saleId: null,
				status: 'refunded',
				total: '86.250',
				note: null,
				createdAt: '2025-12-17T19:26:35.000Z',
			});
			expect(invoice.products[0]).toMatchObject({
				id: '01H1HE9GV7JCK3XRHG7DZ9HZH6',
				quantity: '1.000',
			});
		});
	});

	test('the misspelt order_refrence is read as the order reference', async () => {
		await withTrigger({ events: ['order.created'] }, async (trigger) => {
			const body = { ...example('retm/webhooks/invoice.order.created'), order_refrence: 7 };
			delete body.order_reference;
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(trigger.runs[0][0].invoice.orderReference).toBe('7');
		});
	});

	test('reward and error webhooks, which carry no event field, are recognised', async () => {
		await withTrigger({ events: ['*'] }, async (trigger) => {
			for (const name of [
				'reward.check.request.business_refrence',
				'reward.redeem.request',
				'error',
			])
				await trigger.deliver(example(`retm/webhooks/${name}`), { token: WEBHOOK_TOKEN });
			expect(trigger.runs.map((run) => run[0].event)).toEqual([
				'reward.check',
				'reward.redeem',
				'webhook.error',
			]);
			expect(trigger.runs[0][0].rewardCode).toBe('RWD-1001');
			expect(trigger.runs[2][0]).toMatchObject({ code: 500, message: expect.any(String) });
		});
	});

	test('with Simplify off the body arrives as sent, plus deliveryId', async () => {
		await withTrigger({ events: ['customer.created'], simplify: false }, async (trigger) => {
			const body = { ...customerCreated(), extra_field: { kept: true } };
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const [item] = trigger.runs[0];
			expect(item).toEqual({ ...body, deliveryId: item.deliveryId });
		});
	});
});

describe('RETM Trigger: malformed bodies', () => {
	const customer = example('retm/webhooks/customer.created');
	test.each([
		['non-JSON text', 'hello there', 'text/plain', /not valid JSON/],
		['an empty body', '', 'text/plain', /body is empty/],
		['a JSON array', '[1,2]', 'text/plain', /not an array/],
		['no event', { ...customer, event: undefined }, undefined, /event: missing/],
		['an event that is not a string', { ...customer, event: 42 }, undefined, /event: expected/],
		['no customer', { ...customer, customer: undefined }, undefined, /customer: missing/],
		[
			'a customer that is a string',
			{ ...customer, customer: 'Ahmad' },
			undefined,
			/customer: expected an object/,
		],
		[
			'an invoice without its id',
			{ ...example('retm/webhooks/invoice.order.created'), invoice_id: undefined },
			undefined,
			/Invalid order\.created payload: invoice_id: missing/,
		],
		[
			'a delivery order without its order',
			{ ...example('retm/webhooks/order.delivery.created'), order: null },
			undefined,
			/order: missing/,
		],
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

describe('RETM Trigger: the invoice as RETM documents it', () => {
	test.each([
		['order.created', 'closed'],
		['order.refunded', 'refunded'],
	])(
		'%s, in its envelope, with numbers and {en, ar} names runs with no warning',
		async (event, status) => {
			await withTrigger({ events: [event] }, async (trigger) => {
				const answer = await trigger.deliver(example(`retm/webhooks/invoice.${event}`), {
					token: WEBHOOK_TOKEN,
				});
				expect(answer.status).toBe(200);
				const [item] = trigger.runs[0];
				expect(item).not.toHaveProperty('warnings');
				expect(item).toMatchObject({ event, businessReference: 'demo-restaurant' });
				expect(item.invoice).toMatchObject({
					id: '153',
					orderReference: '177',
					saleId: null,
					status,
					total: '86.250',
				});
				expect(item.invoice.taxes[0].name).toEqual({ en: 'VAT', ar: 'ضريبة القيمة المضافة' });
			});
		},
	);

	test('the catalogue sample is the documented invoice: no warning either', async () => {
		await withTrigger({ events: ['order.created'] }, async (trigger) => {
			await trigger.deliver(catalogueSample('order.created'), { token: WEBHOOK_TOKEN });
			expect(trigger.runs[0][0]).not.toHaveProperty('warnings');
		});
	});
});

describe('RETM Trigger: a field of another type is a warning, not a refusal', () => {
	const customer = example('retm/webhooks/customer.created');
	const invoice = () => example('retm/webhooks/invoice.order.created');
	test.each([
		[
			'a customer id of the wrong type',
			{ ...customer, customer: { ...customer.customer, id: true } },
			[{ path: 'customer.id', expected: 'a non-empty string or a number', received: 'boolean' }],
			(item) => expect(item.customer.id).toBeNull(),
		],
		[
			'an email that is a number',
			{ ...customer, customer: { ...customer.customer, email: 7 } },
			[{ path: 'customer.email', expected: 'string', received: 'number' }],
			(item) => expect(item.customer.email).toBe('7'),
		],
		[
			'a customer name sent as {en, ar}',
			{ ...customer, customer: { ...customer.customer, name: { en: 'Ahmad', ar: 'أحمد' } } },
			[{ path: 'customer.name', expected: 'string', received: 'object' }],
			(item) => expect(item.customer.name).toBe('Ahmad'),
		],
		[
			'no timestamp',
			{ ...customer, timestamp: undefined },
			[{ path: 'timestamp', expected: 'string', received: 'missing' }],
			(item) => expect(item.occurredAt).toBeNull(),
		],
		[
			'an invoice total that is null',
			{ ...invoice(), total_price: null },
			[{ path: 'total_price', expected: 'a string or a number', received: 'null' }],
			(item) => expect(item.invoice.total).toBeNull(),
		],
		[
			'a product name that is a list',
			(() => {
				const body = invoice();
				body.products[0].name = ['Burger'];
				return body;
			})(),
			[{ path: 'products.0.name', expected: 'a string or {en, ar}', received: 'array' }],
			(item) => expect(item.invoice.products[0].name).toEqual(['Burger']),
		],
		[
			'a status written as a string',
			{ ...invoice(), status: '4', business_refrence: 12 },
			[{ path: 'business_refrence', expected: 'string', received: 'number' }],
			(item) =>
				expect(item).toMatchObject({ businessReference: '12', invoice: { status: 'refunded' } }),
		],
	])('%s runs once, read as well as it can be', async (_label, body, warnings, check) => {
		await withTrigger({ events: ['*'] }, async (trigger) => {
			const answer = await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			const [item] = trigger.runs[0];
			expect(item.warnings).toEqual(warnings);
			check(item);
		});
	});

	test('with Simplify off the warnings come with the body as sent', async () => {
		await withTrigger({ events: ['customer.created'], simplify: false }, async (trigger) => {
			const body = { ...customer, customer: { ...customer.customer, email: 7 } };
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const [item] = trigger.runs[0];
			expect(item).toEqual({
				...body,
				deliveryId: item.deliveryId,
				warnings: [{ path: 'customer.email', expected: 'string', received: 'number' }],
			});
		});
	});

	test('a wrongly typed delivery sent twice still runs once', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const body = { ...customer, customer: { ...customer.customer, email: 7 } };
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const again = await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(again.json).toMatchObject({ ignored: 'duplicate' });
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('an event not picked is acknowledged without being validated', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const answer = await trigger.deliver(
				{ ...invoice(), invoice_id: undefined, total_price: {} },
				{ token: WEBHOOK_TOKEN },
			);
			expect(answer.status).toBe(200);
			expect(answer.json).toMatchObject({ ignored: 'not selected', event: 'order.created' });
		});
	});
});

describe('RETM Trigger: delivery errors and reward checks', () => {
	test('every delivery-error webhook runs, even in the same words, with a numeric code', async () => {
		await withTrigger({ events: ['webhook.error'] }, async (trigger) => {
			const body = { ...example('retm/webhooks/error'), code: '504' };
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			expect(trigger.runs).toHaveLength(2);
			expect(trigger.runs.map(([item]) => item.code)).toEqual([504, 504]);
			await trigger.deliver({ ...body, code: 'TIMEOUT' }, { token: WEBHOOK_TOKEN });
			expect(trigger.runs[2][0].code).toBe('TIMEOUT');
		});
	});

	test.each([['business_refrence'], ['business_reference']])(
		'a reward check spelling %s is read, with no warning',
		async (key) => {
			await withTrigger({ events: ['reward.check', 'reward.redeem'] }, async (trigger) => {
				for (const name of ['reward.check.request.business_refrence', 'reward.redeem.request']) {
					const { business_refrence: reference, ...rest } = example(`retm/webhooks/${name}`);
					await trigger.deliver({ ...rest, [key]: reference }, { token: WEBHOOK_TOKEN });
				}
				for (const [item] of trigger.runs) {
					expect(item).not.toHaveProperty('warnings');
					expect(item.businessReference).toBe('demo-restaurant');
				}
				expect(trigger.runs).toHaveLength(2);
			});
		},
	);

	test('a reward check with neither spelling still runs, with a warning', async () => {
		await withTrigger({ events: ['reward.check'] }, async (trigger) => {
			const body = example('retm/webhooks/reward.check.request.business_refrence');
			delete body.business_refrence;
			await trigger.deliver(body, { token: WEBHOOK_TOKEN });
			const [item] = trigger.runs[0];
			expect(item).toMatchObject({ rewardCode: 'RWD-1001', businessReference: null });
			expect(item.warnings).toEqual([
				{
					path: 'business_refrence',
					expected: 'a string (spelt business_refrence or business_reference)',
					received: 'missing',
				},
			]);
		});
	});
});

describe('RETM Trigger: filtering, unknown events and duplicates', () => {
	test('an event that is not selected is acknowledged and starts nothing', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const answer = await trigger.deliver(example('retm/webhooks/invoice.order.created'), {
				token: WEBHOOK_TOKEN,
			});
			expect(answer.status).toBe(200);
			expect(answer.json).toMatchObject({ received: true, ignored: 'not selected' });
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('an unknown event is acknowledged and ignored unless Any Event is chosen', async () => {
		const body = {
			...example('retm/webhooks/customer.created'),
			event: 'table.reserved',
			table: { id: 'T4' },
		};
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
				answers.push(await trigger.deliver(customerCreated(), { token: WEBHOOK_TOKEN }));
			}
			expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
			expect(answers[1].json).toMatchObject({ ignored: 'duplicate' });
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('two different customers with the same reference both run', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			const first = customerCreated();
			const second = { ...first, customer: { ...first.customer, id: 99 } };
			await trigger.deliver(first, { token: WEBHOOK_TOKEN });
			await trigger.deliver(second, { token: WEBHOOK_TOKEN });
			expect(trigger.runs).toHaveLength(2);
			expect(trigger.runs[0][0].deliveryId).not.toBe(trigger.runs[1][0].deliveryId);
		});
	});

	test('a reward check asked twice is answered twice', async () => {
		await withTrigger({ events: ['reward.check'], respond: 'responseNode' }, async (trigger) => {
			const check = example('retm/webhooks/reward.check.request.business_refrence');
			await trigger.deliver(check, { token: WEBHOOK_TOKEN });
			await trigger.deliver(check, { token: WEBHOOK_TOKEN });
			expect(trigger.runs).toHaveLength(2);
		});
	});
});

describe('RETM Trigger: when to answer', () => {
	test('with a Respond to Webhook node, news is still acknowledged at once', async () => {
		await withTrigger(
			{ events: ['customer.created'], respond: 'responseNode' },
			async (trigger) => {
				const answer = await trigger.deliver(customerCreated(), { token: WEBHOOK_TOKEN });
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
		expect(notice.displayName).toContain('When the Workflow Answers');
		expect(notice.displayName).toMatch(/href="https:[^"]+\/examples\/retm-reward-check\.json"/);
	});
});
