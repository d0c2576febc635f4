'use strict';
// The Flavours Trigger over real HTTP through n8n-core's webhook context: shared-secret
// authentication, every documented sample, the normalized customer, filtering and duplicates.
const { NodeHelpers, resolveWebhookDescriptionField } = require('n8n-workflow');

const { FlavoursTrigger } = require('../../../nodes/Flavours/FlavoursTrigger.node');
const { flavoursEvents } = require('../../../nodes/Flavours/events');
const {
	normalizedCustomerEventSchema,
} = require('../../../nodes/shared/payloads/normalizedCustomer');
const { startTriggerHarness } = require('../../helpers/webhookHarness');
const { example } = require('../../fixtures/contracts');

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
// The catalogue's samples are what the editor shows; the tests of them say so. Every other body is
// a contract fixture. Flavours documents the payload of customers.CREATE and of the products
// events; the other actions are its pattern with their own action name ([guess], as the trigger).
const catalogueSample = (name) =>
	structuredClone(flavoursEvents.find((event) => event.name === name).sample);
const FIXTURE_OF = {
	'customers.CREATE': 'customers.CREATE',
	'customers.UPDATE': 'customers.CREATE',
	'customers.DELETE': 'customers.CREATE',
	'products.CREATED': 'products.CREATED',
	'products.UPDATED': 'products.UPDATED',
	'order.delivery.created': 'order.delivery.created',
	'order.delivery.updated': 'order.delivery.created',
};
const delivery = (action) => ({
	...example(`flavours/webhooks/${FIXTURE_OF[action]}`),
	action,
});
const rewardCheck = () => example('flavours/webhooks/reward.check.request');
const basic = (pair) => ({
	headers: { authorization: `Basic ${Buffer.from(pair).toString('base64')}` },
});

async function withTrigger(parameters, test, credentialData = credentials, typeVersion = 1) {
	const harness = await startTriggerHarness({
		nodeClass: FlavoursTrigger,
		parameters: { respond: 'onReceived', ...parameters },
		credentials: credentialData,
		typeVersion,
	});
	try {
		await test(harness);
	} finally {
		await harness.close();
	}
}

describe('Flavours Trigger: the secret in the URL, the default from version 3', () => {
	const { description } = new FlavoursTrigger();
	// As n8n's editor and engine resolve a saved node: its stored parameters, defaults for the rest.
	const resolved = (typeVersion, parameters = {}) =>
		NodeHelpers.getNodeParameters(description.properties, parameters, true, false, {
			typeVersion,
		});

	test('new nodes are version 3; saved nodes of versions 1 and 2 keep Header Token', () => {
		expect(description.version).toEqual([1, 2, 3]);
		expect(description.defaultVersion).toBe(3);
		expect(resolved(3).authentication).toBe('queryParameter');
		expect(resolved(2).authentication).toBe('headerToken');
		expect(resolved(1).authentication).toBe('headerToken');
		expect(resolved(2).headerName).toBe('X-Webhook-Secret');
		// A saved choice is kept in every version.
		expect(resolved(3, { authentication: 'basicAuth' }).authentication).toBe('basicAuth');
		expect(resolved(2, { authentication: 'queryParameter' }).authentication).toBe('queryParameter');
	});

	test('the notice says what to add to the URL', () => {
		const notice = description.properties.find(({ name }) => name === 'secretInUrlNotice');
		expect(notice.displayName).toContain("add ?secret= and the credential's Webhook Secret");
		expect(notice.displayOptions).toEqual({ show: { authentication: ['queryParameter'] } });
	});

	const versionThree = (test) =>
		withTrigger({ events: ['customers.CREATE'] }, test, credentials, 3);

	test.each([
		['no secret at all', {}],
		['the secret only in a header', { headers: { 'x-webhook-secret': SECRET } }],
		['a wrong secret', { search: '?secret=wrong' }],
		['a prefix of the secret', { search: `?secret=${SECRET.slice(0, -1)}` }],
		['the secret under another name', { search: `?token=${SECRET}` }],
		['a wrong first value of a repeated parameter', { search: `?secret=wrong&secret=${SECRET}` }],
	])('version 3 by default: %s gets 401, with no trace of the secret', async (_label, options) => {
		await versionThree(async (trigger) => {
			const answer = await trigger.deliver(delivery('customers.CREATE'), options);
			expect(answer.status).toBe(401);
			expect(answer.text).not.toContain(SECRET);
			expect(answer.text).not.toContain(SECRET.slice(0, 8));
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('version 3 by default: ?secret=<Webhook Secret> runs the workflow, the secret nowhere in it', async () => {
		await versionThree(async (trigger) => {
			const answer = await trigger.deliver(delivery('customers.CREATE'), {
				search: `?secret=${encodeURIComponent(SECRET)}`,
			});
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			expect(JSON.stringify(trigger.runs)).not.toContain(SECRET);
			expect(answer.text).not.toContain(SECRET);
		});
	});

	test('a secret with characters that need encoding matches once encoded', async () => {
		const awkward = 'a+b&c=d/é';
		const withAwkward = { flavoursApi: { ...credentials.flavoursApi, webhookSecret: awkward } };
		await withTrigger(
			{ events: ['*'] },
			async (trigger) => {
				expect(
					(await trigger.deliver(delivery('customers.CREATE'), { search: `?secret=${awkward}` }))
						.status,
				).toBe(401);
				const answer = await trigger.deliver(delivery('customers.CREATE'), {
					search: `?secret=${encodeURIComponent(awkward)}`,
				});
				expect(answer.status).toBe(200);
			},
			withAwkward,
			3,
		);
	});

	test.each([[1], [2]])(
		'a saved version %i node without Authentication still wants the header',
		async (version) => {
			await withTrigger(
				{ events: ['customers.CREATE'] },
				async (trigger) => {
					expect(
						(await trigger.deliver(delivery('customers.CREATE'), { search: `?secret=${SECRET}` }))
							.status,
					).toBe(401);
					const answer = await trigger.deliver(delivery('customers.CREATE'), {
						headers: { 'x-webhook-secret': SECRET },
					});
					expect(answer.status).toBe(200);
				},
				credentials,
				version,
			);
		},
	);
});

describe('Flavours Trigger: shared-secret authentication', () => {
	test.each([
		['no header', {}],
		['a wrong secret', { headers: { [HEADER]: 'wrong' } }],
		['the secret in another header', { headers: { 'x-other': SECRET } }],
		['the secret as a Bearer token', { token: SECRET }],
	])('header token: %s gets 401 and starts nothing', async (_label, options) => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(delivery('customers.CREATE'), options);
			expect(answer.status).toBe(401);
			expect(answer.text).not.toContain(SECRET);
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('header token: the secret in the named header (any case) runs the workflow', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(delivery('customers.CREATE'), {
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
				(await trigger.deliver(delivery('customers.CREATE'), basic('flavours:wrong'))).status,
			).toBe(401);
			expect(
				(await trigger.deliver(delivery('customers.CREATE'), basic(`other:${SECRET}`))).status,
			).toBe(401);
			expect((await trigger.deliver(delivery('customers.CREATE'), withSecret)).status).toBe(401);
			expect(trigger.runs).toHaveLength(0);
			const answer = await trigger.deliver(
				delivery('customers.CREATE'),
				basic(`flavours:${SECRET}`),
			);
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('an empty secret in the credential refuses every delivery', async () => {
		const noSecret = { flavoursApi: { ...credentials.flavoursApi, webhookSecret: '' } };
		await withTrigger(
			{ ...headerAuth, events: ['*'] },
			async (trigger) => {
				const answer = await trigger.deliver(delivery('customers.CREATE'), {
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
				const answer = await trigger.deliver(delivery('customers.CREATE'));
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

describe('Flavours Trigger: every catalogue sample (what the editor shows)', () => {
	test.each(flavoursEvents.map((event) => [event.name]))(
		'%s runs the workflow once with a simplified item',
		async (name) => {
			await withTrigger({ ...headerAuth, events: [name] }, async (trigger) => {
				const answer = await trigger.deliver(catalogueSample(name), withSecret);
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
			const body = delivery(action);
			await trigger.deliver(body, withSecret);
			const [item] = trigger.runs[0];
			expect(normalizedCustomerEventSchema.parse(item)).toEqual(item);
			expect(item).toEqual({
				platform: 'flavours',
				event,
				occurredAt: '2025-12-17T16:26:35.000Z',
				deliveryId: item.deliveryId,
				customer: {
					id: 'a7e5c3b1-9d2f-4e6a-8c0b-1f3d5e7a9c02',
					name: 'Sara Al-Harbi',
					firstName: 'Sara',
					lastName: 'Al-Harbi',
					phone: '+966551234567',
					email: 'sara@example.com',
					marketing: { email: null, sms: null },
				},
				changes: [],
				raw: body,
			});
		});
	});

	test('a deletion that carries only the customer id still deletes', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.DELETE'] }, async (trigger) => {
			const body = { ...delivery('customers.DELETE'), data: { id: 4521 } };
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
			const body = delivery('order.delivery.updated');
			body.data.delivery_status = 6;
			await trigger.deliver(body, withSecret);
			const [item] = trigger.runs[0];
			expect(item).toMatchObject({
				event: 'order.delivery.updated',
				occurredAt: '2025-12-17T16:26:35.000Z',
				order: { id: body.data.id, deliveryStatus: 'out for delivery' },
			});
		});
	});

	test('a product reads the 2.3.0 field names as well as the older ones', async () => {
		const body = delivery('products.UPDATED');
		const { product_category_id: categoryId, preparation_time: minutes, ...rest } = body.data;
		body.data = { ...rest, category_id: categoryId, duration: minutes };
		await withTrigger({ ...headerAuth, events: ['products.UPDATED'] }, async (trigger) => {
			await trigger.deliver(delivery('products.CREATED'), withSecret);
			await trigger.deliver(body, withSecret);
			expect(trigger.runs).toHaveLength(1);
		});
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			await trigger.deliver(body, withSecret);
			await trigger.deliver(delivery('products.CREATED'), withSecret);
			const products = trigger.runs.map(([item]) => item.product);
			for (const product of products) {
				expect(product).toMatchObject({
					categoryId: '3',
					preparationTime: 15,
					name: 'Burger',
				});
			}
		});
	});

	test('an epoch timestamp sent as a string of digits is read too', async () => {
		const body = { ...delivery('customers.CREATE'), timestamp: '1734463595000' };
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			await trigger.deliver(body, withSecret);
			expect(trigger.runs[0][0].occurredAt).toBe('2024-12-17T19:26:35.000Z');
		});
	});

	test('with Simplify off the body arrives as sent, plus deliveryId', async () => {
		const body = delivery('customers.CREATE');
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
		[
			'an envelope without action',
			() => ({ ...example('flavours/webhooks/customers.CREATE'), action: undefined }),
			/action: missing/,
		],
		[
			'an action that is not a string',
			() => ({ ...example('flavours/webhooks/customers.CREATE'), action: 7 }),
			/action/,
		],
		[
			'a customer without data',
			() => ({ ...example('flavours/webhooks/customers.CREATE'), data: undefined }),
			/Invalid customers\.CREATE payload: data: missing/,
		],
		[
			'a product whose data is a list',
			() => ({ ...example('flavours/webhooks/products.CREATED'), data: [] }),
			/data: expected an object/,
		],
		['an array', () => [delivery('customers.CREATE')], /JSON object, not an array/],
	])('%s gets 400 with the reason and starts nothing', async (_label, build, reason) => {
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			const answer = await trigger.deliver(build(), withSecret);
			expect(answer.status).toBe(400);
			expect(answer.json.error).toMatch(reason);
			expect(trigger.runs).toHaveLength(0);
		});
	});
});

describe('Flavours Trigger: a field of another type is a warning, not a refusal', () => {
	test.each([
		[
			'a customer without user',
			() => {
				const body = delivery('customers.CREATE');
				delete body.data.user;
				return body;
			},
			{ path: 'data.user', expected: 'object', received: 'missing' },
			(item) =>
				expect(item.customer).toMatchObject({
					id: 'a7e5c3b1-9d2f-4e6a-8c0b-1f3d5e7a9c02',
					name: null,
					phone: null,
				}),
		],
		[
			'a timestamp that is not epoch milliseconds',
			() => ({ ...delivery('customers.CREATE'), timestamp: 'yesterday' }),
			{ path: 'timestamp', expected: 'epoch milliseconds', received: 'string' },
			(item) => expect(item.occurredAt).toBeNull(),
		],
		[
			'a product without its English name',
			() => {
				const body = delivery('products.CREATED');
				delete body.data.name_en;
				return body;
			},
			{ path: 'data.name_en', expected: 'string', received: 'missing' },
			(item) => expect(item.product).toMatchObject({ name: null, categoryId: '3' }),
		],
		[
			'a product name sent as {en, ar}',
			() => {
				const body = delivery('products.CREATED');
				body.data.name_en = { en: 'Burger', ar: 'برجر' };
				return body;
			},
			{ path: 'data.name_en', expected: 'string', received: 'object' },
			(item) => expect(item.product).toMatchObject({ name: 'Burger', nameAr: 'برجر' }),
		],
		[
			'a stock written as a string',
			() => {
				const body = delivery('products.CREATED');
				body.data.stock = '12';
				return body;
			},
			{ path: 'data.stock', expected: 'number', received: 'string' },
			(item) => expect(item.product.stock).toBe(12),
		],
		[
			'an order id that is null',
			() => {
				const body = delivery('order.delivery.created');
				body.data.id = null;
				return body;
			},
			{ path: 'data.id', expected: 'a non-empty string or a number', received: 'null' },
			(item) => expect(item.order).toMatchObject({ id: null, deliveryStatus: 'under review' }),
		],
	])('%s runs once with the field in warnings', async (_label, build, warning, check) => {
		await withTrigger({ ...headerAuth, events: ['*'] }, async (trigger) => {
			const answer = await trigger.deliver(build(), withSecret);
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			const [item] = trigger.runs[0];
			expect(item.warnings).toEqual([warning]);
			check(item);
		});
	});

	test('an event not selected is acknowledged without its fields being checked', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const body = { ...delivery('products.CREATED'), data: 'not even an object' };
			const answer = await trigger.deliver(body, withSecret);
			expect(answer.status).toBe(200);
			expect(answer.json).toMatchObject({ ignored: 'not selected' });
		});
	});
});

describe('Flavours Trigger: product data sent with a customers action', () => {
	// [guess] Flavours' product-webhook sample says "action": "customers.CREATE" over product data.
	const mislabelled = (action) => ({ ...delivery('products.CREATED'), action });

	test.each([
		['customers.CREATE', 'products.CREATED'],
		['customers.UPDATE', 'products.UPDATED'],
	])('%s over product data runs as %s, with a warning naming the action', async (action, event) => {
		await withTrigger({ ...headerAuth, events: [event] }, async (trigger) => {
			const answer = await trigger.deliver(mislabelled(action), withSecret);
			expect(answer.status).toBe(200);
			const [item] = trigger.runs[0];
			expect(item).toMatchObject({ event, product: { name: 'Burger', categoryId: '3' } });
			expect(item.warnings).toEqual([
				{
					path: 'action',
					expected: `a products action for product data (read as ${event})`,
					received: action,
				},
			]);
		});
	});

	test('a workflow listening for customers is not started by it', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(mislabelled('customers.CREATE'), withSecret);
			expect(answer.json).toMatchObject({ ignored: 'not selected', event: 'products.CREATED' });
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('real customer data with a customers action stays a customer', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			await trigger.deliver(delivery('customers.CREATE'), withSecret);
			expect(trigger.runs[0][0]).toMatchObject({ event: 'customer.created' });
			expect(trigger.runs[0][0]).not.toHaveProperty('warnings');
		});
	});
});

describe('Flavours Trigger: filtering and duplicates', () => {
	test('an event that is not selected is acknowledged and starts nothing', async () => {
		await withTrigger({ ...headerAuth, events: ['customers.CREATE'] }, async (trigger) => {
			const answer = await trigger.deliver(delivery('products.CREATED'), withSecret);
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
			const body = delivery('customers.UPDATE');
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
			...example('flavours/webhooks/customers.CREATE'),
			action: 'tables.CREATED',
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
				await trigger.deliver(rewardCheck(), withSecret);
				await trigger.deliver(rewardCheck(), withSecret);
				expect(trigger.runs).toHaveLength(2);
				expect(trigger.runs[0][0]).toMatchObject({
					event: 'reward.check',
					rewardCode: 'RWD-1001',
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
			const answer = await trigger.deliver(rewardCheck(), withSecret);
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			expect(trigger.runs[0][0]).toMatchObject({ event: 'reward.check', rewardCode: 'RWD-1001' });
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
		expect(notice.displayName).toContain('When the Workflow Answers');
	});
});
