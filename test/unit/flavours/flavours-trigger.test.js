'use strict';
// The Flavours Trigger over real HTTP through n8n-core's webhook context: shared-secret
// authentication, every documented sample, the normalized customer, filtering and duplicates.
const { NodeHelpers, resolveWebhookDescriptionField } = require('n8n-workflow');

const { FlavoursTrigger } = require('../../../nodes/Flavours/FlavoursTrigger.node');
const { flavoursEvents } = require('../../../nodes/Flavours/events');
const { normalizedCustomerEventSchema } = require('../../../nodes/shared/normalizedCustomer');
const { startTriggerHarness } = require('../../helpers/webhookHarness');

const SECRET = 'flavours-shared-secret-7c21';
const HEADER = 'X-Flavours-Secret';
const credentials = {
	flavoursApi: {
		environment: 'custom',
		baseUrl: 'http://127.0.0.1:1',
		accessToken: 'unused',
		apiVersion: '2.0.0',
		webhookSecret: SECRET,
	},
};
const headerAuth = { authentication: 'headerToken', headerName: HEADER };
const withSecret = { headers: { [HEADER]: SECRET } };
const sample = (name) =>
	structuredClone(flavoursEvents.find((event) => event.name === name).sample);
const basic = (pair) => ({
	headers: { authorization: `Basic ${Buffer.from(pair).toString('base64')}` },
});

async function withTrigger(parameters, test, credentialData = credentials) {
	const harness = await startTriggerHarness({
		nodeClass: FlavoursTrigger,
		parameters: { respond: 'onReceived', ...parameters },
		credentials: credentialData,
	});
	try {
		await test(harness);
	} finally {
		await harness.close();
	}
}

describe('Flavours Trigger: shared-secret authentication', () => {
	test.each([
		['no header', {}],
		['a wrong secret', { headers: { [HEADER]: 'wrong' } }],
		['the secret in another header', { headers: { 'x-other': SECRET } }],
		['the secret as a Bearer token', { token: SECRET }],
	])('header token: %s gets 401 and starts nothing', async (_label, options) => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(sample('customers.CREATE'), options);
			expect(answer.status).toBe(401);
			expect(answer.text).not.toContain(SECRET);
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('header token: the secret in the named header (any case) runs the workflow', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(sample('customers.CREATE'), {
				headers: { [HEADER.toLowerCase()]: SECRET },
			});
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('basic auth: the user name and the secret must both match', async () => {
		const parameters = { authentication: 'basicAuth', basicAuthUser: 'flavours', events: ['*'] };
		await withTrigger(parameters, async (trigger) => {
			expect(
				(await trigger.deliver(sample('customers.CREATE'), basic('flavours:wrong'))).status,
			).toBe(401);
			expect(
				(await trigger.deliver(sample('customers.CREATE'), basic(`other:${SECRET}`))).status,
			).toBe(401);
			expect((await trigger.deliver(sample('customers.CREATE'), withSecret)).status).toBe(401);
			expect(trigger.runs).toHaveLength(0);
			const answer = await trigger.deliver(sample('customers.CREATE'), basic(`flavours:${SECRET}`));
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('an empty secret in the credential refuses every delivery', async () => {
		const noSecret = { flavoursApi: { ...credentials.flavoursApi, webhookSecret: '' } };
		await withTrigger(
			{ ...headerAuth, events: ['*'] },
			async (trigger) => {
				const answer = await trigger.deliver(sample('customers.CREATE'), {
					headers: { [HEADER]: '' },
				});
				expect(answer.status).toBe(401);
				expect(trigger.runs).toHaveLength(0);
			},
			noSecret,
		);
	});

	test('"None" accepts deliveries without any secret and needs no credential', async () => {
		await withTrigger(
			{ authentication: 'none', events: ['customers.CREATE'] },
			async (trigger) => {
				const answer = await trigger.deliver(sample('customers.CREATE'));
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
			},
			{},
		);
	});

	test('the secret is checked before the body is read', async () => {
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			const answer = await trigger.deliver('not json', { contentType: 'text/plain' });
			expect(answer.status).toBe(401);
		});
	});
});

describe('Flavours Trigger: every documented sample', () => {
	test.each(flavoursEvents.map((event) => [event.name]))(
		'%s runs the workflow once with a simplified item',
		async (name) => {
			await withTrigger({ ...headerAuth, events: [name] }, async (trigger) => {
				const answer = await trigger.deliver(sample(name), withSecret);
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
				const [item] = trigger.runs[0];
				expect(answer.json).toEqual({ received: true, deliveryId: item.deliveryId });
				expect(item.deliveryId).toMatch(/^[0-9a-f]{64}$/);
			});
		},
	);

	test.each([
		['customers.CREATE', 'customer.created'],
		['customers.UPDATE', 'customer.updated'],
		['customers.DELETE', 'customer.deleted'],
	])('%s gives the normalized customer event %s', async (action, event) => {
		await withTrigger({ ...headerAuth, events: [action] }, async (trigger) => {
			const body = sample(action);
			await trigger.deliver(body, withSecret);
			const [item] = trigger.runs[0];
			expect(normalizedCustomerEventSchema.parse(item)).toEqual(item);
			expect(item).toEqual({
				platform: 'flavours',
				event,
				occurredAt: '2024-12-17T19:26:35.000Z',
				deliveryId: item.deliveryId,
				customer: {
					id: '4521',
					name: 'Ahmad Abdullah',
					firstName: 'Ahmad',
					lastName: 'Abdullah',
					phone: '+966551234567',
					email: 'ahmed@abdullah.com',
					marketing: { email: null, sms: null },
				},
				changes: [],
				raw: body,
			});
		});
	});

	test('a deletion that carries only the customer id still deletes', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.DELETE'] }, async (trigger) => {
			const body = { ...sample('customers.DELETE'), data: { id: 4521 } };
			const answer = await trigger.deliver(body, withSecret);
			expect(answer.status).toBe(200);
			const [item] = trigger.runs[0];
			expect(normalizedCustomerEventSchema.parse(item)).toEqual(item);
			expect(item).toMatchObject({
				event: 'customer.deleted',
				customer: { id: '4521', name: null, phone: null, email: null },
			});
		});
	});

	test('a delivery order carries an ISO time and a readable delivery status', async () => {
		await withTrigger({ ...headerAuth, events: ['order.delivery.updated'] }, async (trigger) => {
			await trigger.deliver(sample('order.delivery.updated'), withSecret);
			const [item] = trigger.runs[0];
			expect(item).toMatchObject({
				event: 'order.delivery.updated',
				occurredAt: '2024-12-17T19:26:35.000Z',
				order: { id: '88123', deliveryStatus: 'out for delivery', number: 'F-1042' },
			});
		});
	});

	test('a product reads the 2.3.0 field names as well as the older ones', async () => {
		const body = sample('products.UPDATED');
		const { product_category_id: categoryId, preparation_time: minutes, ...rest } = body.data;
		body.data = { ...rest, category_id: categoryId, duration: minutes };
		await withTrigger({ ...headerAuth, events: ['products.UPDATED'] }, async (trigger) => {
			await trigger.deliver(sample('products.CREATED'), withSecret);
			await trigger.deliver(body, withSecret);
			expect(trigger.runs).toHaveLength(1);
		});
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			await trigger.deliver(body, withSecret);
			await trigger.deliver(sample('products.CREATED'), withSecret);
			const products = trigger.runs.map(([item]) => item.product);
			for (const product of products) {
				expect(product).toMatchObject({
					categoryId: '7',
					preparationTime: 15,
					name: 'Chicken Kabsa',
				});
			}
		});
	});

	test('an epoch timestamp sent as a string of digits is read too', async () => {
		const body = { ...sample('customers.CREATE'), timestamp: '1734463595000' };
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			await trigger.deliver(body, withSecret);
			expect(trigger.runs[0][0].occurredAt).toBe('2024-12-17T19:26:35.000Z');
		});
	});

	test('with Simplify off the body arrives as sent, plus deliveryId', async () => {
		const body = sample('customers.CREATE');
		await withTrigger(
			{ ...headerAuth, events: ['customers.CREATE'], simplify: false },
			async (trigger) => {
				await trigger.deliver(body, withSecret);
				const [item] = trigger.runs[0];
				expect(item).toEqual({ ...body, deliveryId: item.deliveryId });
			},
		);
	});
});

describe('Flavours Trigger: malformed bodies', () => {
	test.each([
		['an envelope without action', () => ({ xid: 'x', timestamp: 1, data: {} }), /action: missing/],
		[
			'an action that is not a string',
			() => ({ ...sample('customers.CREATE'), action: 7 }),
			/action/,
		],
		[
			'a customer without user',
			() => {
				const body = sample('customers.CREATE');
				delete body.data.user;
				return body;
			},
			/data\.user/,
		],
		[
			'a timestamp that is not epoch milliseconds',
			() => ({ ...sample('customers.CREATE'), timestamp: 'yesterday' }),
			/timestamp/,
		],
		[
			'a product without its English name',
			() => {
				const body = sample('products.CREATED');
				delete body.data.name_en;
				return body;
			},
			/data\.name_en/,
		],
		['an array', () => [sample('customers.CREATE')], /JSON object, not an array/],
	])('%s gets 400 with the reason and starts nothing', async (_label, build, reason) => {
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			const answer = await trigger.deliver(build(), withSecret);
			expect(answer.status).toBe(400);
			expect(answer.json.error).toMatch(reason);
			expect(trigger.runs).toHaveLength(0);
		});
	});
});

describe('Flavours Trigger: filtering and duplicates', () => {
	test('an event that is not selected is acknowledged and starts nothing', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(sample('products.CREATED'), withSecret);
			expect(answer.status).toBe(200);
			expect(answer.json).toEqual({
				received: true,
				ignored: 'not selected',
				event: 'products.CREATED',
			});
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('a delivery retried with the same xid runs once, a new xid runs again', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.UPDATE'] }, async (trigger) => {
			const body = sample('customers.UPDATE');
			for (let attempt = 0; attempt < 3; attempt++) {
				expect((await trigger.deliver(body, withSecret)).status).toBe(200);
			}
			expect(trigger.runs).toHaveLength(1);
			await trigger.deliver({ ...body, xid: 'another-delivery' }, withSecret);
			expect(trigger.runs).toHaveLength(2);
		});
	});

	test('an unknown action runs only under Any Event, as sent', async () => {
		const body = {
			xid: 'x-1',
			action: 'tables.CREATED',
			timestamp: 1734463595000,
			data: { id: 1 },
		};
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(body, withSecret);
			expect(answer.json).toEqual({
				received: true,
				ignored: 'unknown event',
				event: 'tables.CREATED',
			});
		});
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			await trigger.deliver(body, withSecret);
			expect(trigger.runs[0][0]).toMatchObject(body);
		});
	});

	test('a reward check waits for the workflow and is answered every time it is asked', async () => {
		await withTrigger(
			{ ...headerAuth, events: ['reward.check'], respond: 'lastNode' },
			async (trigger) => {
				await trigger.deliver(sample('reward.check'), withSecret);
				await trigger.deliver(sample('reward.check'), withSecret);
				expect(trigger.runs).toHaveLength(2);
				expect(trigger.runs[0][0]).toMatchObject({
					event: 'reward.check',
					rewardCode: 'WELCOME10',
				});
			},
		);
	});
});

describe('Flavours Trigger: when to answer', () => {
	const { description } = new FlavoursTrigger();
	/** The node as n8n's editor holds it: the parameters set and the defaults of the rest. */
	const nodeWith = (parameters) => ({
		parameters: NodeHelpers.getNodeParameters(
			description.properties,
			parameters,
			true,
			false,
			null,
		),
	});

	test('with a Respond to Webhook node, a reward check is left for the workflow to answer', async () => {
		const parameters = { ...headerAuth, events: ['reward.check'], respond: 'responseNode' };
		// n8n reads the response mode from the trigger's webhook description, natively (no expression).
		const [webhook] = description.webhooks;
		expect(resolveWebhookDescriptionField(nodeWith(parameters), webhook, 'responseMode')).toEqual({
			resolved: true,
			value: 'responseNode',
		});
		await withTrigger(parameters, async (trigger) => {
			const answer = await trigger.deliver(sample('reward.check'), withSecret);
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			expect(trigger.runs[0][0]).toMatchObject({ event: 'reward.check', rewardCode: 'WELCOME10' });
		});
	});

	test('while Respond is Immediately, a notice says reward checks need the Respond to Webhook node', () => {
		const notice = description.properties.find(({ name }) => name === 'rewardCheckNotice');
		const shown = (parameters) =>
			NodeHelpers.displayParameter(nodeWith(parameters).parameters, notice, null, description);
		expect(shown({ ...headerAuth, events: ['customers.CREATE', 'reward.check'] })).toBe(true);
		expect(shown({ ...headerAuth, events: ['*'] })).toBe(true);
		expect(shown({ ...headerAuth, events: ['reward.check'], respond: 'responseNode' })).toBe(false);
		expect(shown({ ...headerAuth, events: ['customers.CREATE', 'reward.redeem'] })).toBe(false);
		expect(notice.displayName).toContain("Using 'Respond to Webhook' Node");
	});
});
