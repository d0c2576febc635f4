'use strict';
const { ResDiaryTrigger } = require('../../../nodes/ResDiary/ResDiaryTrigger.node');
const { resDiaryEvents } = require('../../../nodes/ResDiary/events');
const {
	normalizedCustomerEventSchema,
} = require('../../../nodes/shared/payloads/normalizedCustomer');
const { startTriggerHarness } = require('../../helpers/webhookHarness');
const { example } = require('../../fixtures/contracts');

const SECRET = 'resdiary-shared-secret-7c1e';
const credentials = { resDiaryWebhookApi: { webhookSecret: SECRET } };
const HEADER = { 'x-webhook-secret': SECRET };
// The catalogue's samples are what the editor shows; the test of them says so.
const catalogueSample = (name) =>
	structuredClone(resDiaryEvents.find((event) => event.name === name).sample);
/** The notification exactly as ResDiary's "Customer Payload" page shows it. */
const documented = () => example('resdiary/webhooks/customer');

/** A notification about the documented customer with these changes. */
function notification(changes, { at = '2024-03-01T12:00:00Z', customer = {} } = {}) {
	const body = documented();
	return {
		...body,
		ChangeDateTime: at,
		Customer: { ...body.Customer, ...customer },
		Changes: changes.map(([ChangeType, OldValue, NewValue]) => ({
			ChangeType,
			OldValue,
			NewValue,
		})),
	};
}

async function withTrigger(parameters, test, triggerCredentials = credentials) {
	const harness = await startTriggerHarness({
		nodeClass: ResDiaryTrigger,
		parameters,
		credentials: triggerCredentials,
	});
	try {
		await test(harness);
	} finally {
		await harness.close();
	}
}

const anyEvent = { events: ['*'] };

describe('ResDiary Trigger: a replaced Webhook Secret', () => {
	test('the new secret works at once, and the old one is refused once the new one has been seen', async () => {
		const rotating = { resDiaryWebhookApi: { webhookSecret: SECRET } };
		await withTrigger(
			anyEvent,
			async (trigger) => {
				const send = (secret) =>
					trigger.deliver(documented(), { headers: { 'x-webhook-secret': secret } });
				expect((await send(SECRET)).status).toBe(200);
				rotating.resDiaryWebhookApi.webhookSecret = 'resdiary-secret-new';
				expect((await send('resdiary-secret-new')).status).toBe(200);
				expect((await send(SECRET)).status).toBe(401);
			},
			rotating,
		);
	});
});

describe('ResDiary Trigger: authentication', () => {
	test('a header token: the secret in X-Webhook-Secret (the default) starts the workflow', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			const answer = await trigger.deliver(documented(), { headers: HEADER });
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('a header token in a header named by the user', async () => {
		await withTrigger({ ...anyEvent, headerName: 'X-ResDiary-Token' }, async (trigger) => {
			const wrongHeader = await trigger.deliver(documented(), { headers: HEADER });
			expect(wrongHeader.status).toBe(401);
			const answer = await trigger.deliver(documented(), {
				headers: { 'X-ResDiary-Token': SECRET },
			});
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test.each([
		['no secret', {}],
		['a wrong secret', { 'x-webhook-secret': 'not-the-secret' }],
		['the secret minus its last character', { 'x-webhook-secret': SECRET.slice(0, -1) }],
		['the secret as a Bearer token instead', { authorization: `Bearer ${SECRET}` }],
	])('with a header token, %s gets 401 and starts nothing', async (_label, headers) => {
		await withTrigger(anyEvent, async (trigger) => {
			const answer = await trigger.deliver(documented(), { headers });
			expect(answer.status).toBe(401);
			expect(answer.text).not.toContain(SECRET.slice(0, 8));
			expect(trigger.runs).toHaveLength(0);
		});
	});

	const basic = (user, password) => ({
		authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
	});

	test('basic auth: the user name and the secret as password start the workflow', async () => {
		await withTrigger(
			{ ...anyEvent, authentication: 'basicAuth', basicAuthUser: 'resdiary' },
			async (trigger) => {
				const answer = await trigger.deliver(documented(), { headers: basic('resdiary', SECRET) });
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
			},
		);
	});

	test.each([
		['a wrong password', basic('resdiary', 'nope')],
		['a wrong user name', basic('someone', SECRET)],
		['the secret in the header instead', HEADER],
		['nothing', {}],
	])('basic auth with %s gets 401 and starts nothing', async (_label, headers) => {
		await withTrigger(
			{ ...anyEvent, authentication: 'basicAuth', basicAuthUser: 'resdiary' },
			async (trigger) => {
				const answer = await trigger.deliver(documented(), { headers });
				expect(answer.status).toBe(401);
				expect(answer.text).not.toContain(SECRET.slice(0, 8));
				expect(trigger.runs).toHaveLength(0);
			},
		);
	});

	test('none: every delivery is accepted, without a credential', async () => {
		await withTrigger(
			{ ...anyEvent, authentication: 'none' },
			async (trigger) => {
				const answer = await trigger.deliver(documented());
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
			},
			{},
		);
	});

	test('a credential without a secret refuses every delivery', async () => {
		await withTrigger(
			anyEvent,
			async (trigger) => {
				const answer = await trigger.deliver(documented(), { headers: { 'x-webhook-secret': '' } });
				expect(answer.status).toBe(401);
				expect(trigger.runs).toHaveLength(0);
			},
			{ resDiaryWebhookApi: { webhookSecret: '' } },
		);
	});

	test('checks the secret before reading the body', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			const answer = await trigger.deliver('not json', { contentType: 'text/plain' });
			expect(answer.status).toBe(401);
		});
	});

	test("the credential's test says whether a secret is set, calling nothing", async () => {
		const { webhookSecretSet } = new ResDiaryTrigger().methods.credentialTest;
		const test = (webhookSecret) =>
			webhookSecretSet.call(
				{},
				{ id: 'c', name: 'c', type: 'resDiaryWebhookApi', data: { webhookSecret } },
			);
		expect(await test(SECRET)).toMatchObject({ status: 'OK' });
		expect(await test('  ')).toMatchObject({ status: 'Error' });
		expect(await test(undefined)).toMatchObject({ status: 'Error' });
		expect(JSON.stringify(await test(SECRET))).not.toContain(SECRET);
	});

	test('the credential is asked for only when a secret is checked', () => {
		const [credential] = new ResDiaryTrigger().description.credentials;
		expect(credential).toMatchObject({
			name: 'resDiaryWebhookApi',
			displayOptions: { show: { authentication: ['queryParameter', 'headerToken', 'basicAuth'] } },
		});
	});
});

describe('ResDiary Trigger: the secret in the URL', () => {
	test('is offered; Header Token stays the default, so saved nodes are unchanged', () => {
		const { description } = new ResDiaryTrigger();
		const authentication = description.properties.filter(({ name }) => name === 'authentication');
		expect(authentication).toHaveLength(1);
		expect(authentication[0].default).toBe('headerToken');
		expect(authentication[0].options.map(({ value }) => value)).toContain('queryParameter');
	});

	test('?secret=<Webhook Secret> runs; anything else gets 401', async () => {
		await withTrigger({ authentication: 'queryParameter', events: ['*'] }, async (trigger) => {
			expect((await trigger.deliver(documented(), { headers: HEADER })).status).toBe(401);
			const wrong = await trigger.deliver(documented(), { search: '?secret=nope' });
			expect(wrong.status).toBe(401);
			expect(wrong.text).not.toContain(SECRET);
			expect(trigger.runs).toHaveLength(0);
			const answer = await trigger.deliver(documented(), { search: `?secret=${SECRET}` });
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
		});
	});
});

describe("ResDiary Trigger: the documentation's sample", () => {
	test('becomes the normalized customer event', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			const body = documented();
			const answer = await trigger.deliver(body, { headers: HEADER });
			const [item] = trigger.runs[0];
			expect(answer.json).toEqual({ received: true, deliveryId: item.deliveryId });
			expect(item).toEqual({
				platform: 'resdiary',
				event: 'customer.updated',
				occurredAt: '2018-11-16T10:46:20.774Z',
				deliveryId: expect.stringMatching(/^[0-9a-f]{64}$/),
				customer: {
					id: '862',
					name: 'Aardvark Anderson',
					firstName: 'Aardvark',
					lastName: 'Anderson',
					// No country code in ResDiary's mobile numbers: passed on as sent.
					phone: '3',
					email: '[email protected]',
					marketing: { email: false, sms: true },
				},
				changes: [
					{ field: 'phone', from: '2', to: '3' },
					{ field: 'groupEmailMarketing', from: true, to: false },
					{
						field: 'groupEmailMarketingOptInText',
						from: 'Would you like to receive news and offers from Laharna by Email',
						to: null,
					},
					{
						field: 'groupEmailMarketingOptInDateTime',
						from: '2018-11-12T09:31:00.0000000',
						to: null,
					},
				],
				raw: body,
			});
			expect(normalizedCustomerEventSchema.safeParse(item).success).toBe(true);
		});
	});

	test.each([
		['customer.contactDetailsChanged', true],
		['customer.marketingOptInsChanged', true],
		['customer.updated', true],
		['customer.created', false],
		['customer.deleted', false],
	])('with a mobile number and opt-in changes it runs for %s: %s', async (event, runs) => {
		await withTrigger({ events: [event] }, async (trigger) => {
			const answer = await trigger.deliver(documented(), { headers: HEADER });
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(runs ? 1 : 0);
			if (!runs) expect(answer.json).toMatchObject({ received: true, ignored: 'not selected' });
		});
	});
});

describe('ResDiary Trigger: every catalogue sample', () => {
	test.each(resDiaryEvents.map((event) => [event.name]))(
		'%s runs the workflow once when picked, with a valid normalized event',
		async (name) => {
			await withTrigger({ events: [name] }, async (trigger) => {
				const answer = await trigger.deliver(catalogueSample(name), { headers: HEADER });
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
				const parsed = normalizedCustomerEventSchema.safeParse(trigger.runs[0][0]);
				expect(parsed.error).toBeUndefined();
			});
		},
	);
});

describe('ResDiary Trigger: change type families', () => {
	test('a created customer is customer.created, with the creation itself not listed as a change', async () => {
		await withTrigger({ events: ['customer.created'] }, async (trigger) => {
			await trigger.deliver(notification([['CustomerCreated', null, null]]), { headers: HEADER });
			const [item] = trigger.runs[0];
			expect(item).toMatchObject({ event: 'customer.created', customer: { id: '862' } });
			expect(item.changes).toEqual([]);
		});
	});

	test('a created customer does not run a workflow that waits for updates', async () => {
		await withTrigger({ events: ['customer.updated'] }, async (trigger) => {
			const answer = await trigger.deliver(notification([['CustomerCreated', null, null]]), {
				headers: HEADER,
			});
			expect(answer.json).toMatchObject({ ignored: 'not selected' });
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('a deleted customer is customer.deleted, even when sent with only its id', async () => {
		await withTrigger({ events: ['customer.deleted'] }, async (trigger) => {
			const body = {
				...documented(),
				ChangeDateTime: '2024-03-02T08:00:00Z',
				Customer: { Id: 862 },
				Changes: [{ ChangeType: 'CustomerDeleted', OldValue: null, NewValue: null }],
			};
			const answer = await trigger.deliver(body, { headers: HEADER });
			expect(answer.status).toBe(200);
			expect(trigger.runs[0][0]).toMatchObject({
				event: 'customer.deleted',
				occurredAt: '2024-03-02T08:00:00.000Z',
				customer: {
					id: '862',
					name: null,
					phone: null,
					email: null,
					marketing: { email: null, sms: null },
				},
				changes: [],
			});
		});
	});

	test.each([
		['an email address', 'CustomerEmailChanged', 'email', 'old@example.com', 'new@example.com'],
		['a mobile number', 'CustomerSmsChanged', 'phone', '07700900000', '07700900123'],
	])('a change of %s is a contact details change', async (_label, type, field, from, to) => {
		await withTrigger({ events: ['customer.contactDetailsChanged'] }, async (trigger) => {
			await trigger.deliver(notification([[type, from, to]]), { headers: HEADER });
			expect(trigger.runs[0][0]).toMatchObject({
				event: 'customer.updated',
				changes: [{ field, from, to }],
			});
		});
	});

	test('a contact details change does not run a workflow that waits for opt-in changes', async () => {
		await withTrigger({ events: ['customer.marketingOptInsChanged'] }, async (trigger) => {
			await trigger.deliver(notification([['CustomerEmailChanged', 'a@x.io', 'b@x.io']]), {
				headers: HEADER,
			});
			expect(trigger.runs).toHaveLength(0);
		});
	});

	test('opt-in changes bundled in one notification start one run with each change', async () => {
		await withTrigger({ events: ['customer.marketingOptInsChanged'] }, async (trigger) => {
			const body = notification(
				[
					['CustomerGroupEmailMarketingOptinChanged', false, true],
					['CustomerGroupEmailMarketingTextChanged', null, 'News from Laharna by email?'],
					['CustomerGroupEmailMarketingDateChanged', null, '2024-03-01T12:00:00'],
					['CustomerRestaurantSmsMarketingOptinChanged', true, false],
					['CustomerGroupSmsMarketingOptinChanged', true, false],
				],
				{
					customer: {
						ReceiveGroupEmailMarketing: true,
						ReceiveRestaurantEmailMarketing: false,
						ReceiveGroupSmsMarketing: false,
						ReceiveRestaurantSmsMarketing: false,
					},
				},
			);
			const answer = await trigger.deliver(body, { headers: HEADER });
			expect(answer.status).toBe(200);
			expect(trigger.runs).toHaveLength(1);
			const [item] = trigger.runs[0];
			expect(item.event).toBe('customer.updated');
			// Agreeing at the group or the restaurant level counts as agreeing.
			expect(item.customer.marketing).toEqual({ email: true, sms: false });
			expect(item.changes).toEqual([
				{ field: 'groupEmailMarketing', from: false, to: true },
				{ field: 'groupEmailMarketingOptInText', from: null, to: 'News from Laharna by email?' },
				{ field: 'groupEmailMarketingOptInDateTime', from: null, to: '2024-03-01T12:00:00' },
				{ field: 'restaurantSmsMarketing', from: true, to: false },
				{ field: 'groupSmsMarketing', from: true, to: false },
			]);
		});
	});

	test('marketing is null for a channel when ResDiary sends neither flag', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			const body = notification([['CustomerEmailChanged', 'a@x.io', 'b@x.io']]);
			delete body.Customer.ReceiveGroupSmsMarketing;
			delete body.Customer.ReceiveRestaurantSmsMarketing;
			body.Customer.ReceiveGroupEmailMarketing = null;
			await trigger.deliver(body, { headers: HEADER });
			expect(trigger.runs[0][0].customer.marketing).toEqual({ email: false, sms: null });
		});
	});

	test.each([
		['an international number, tidied to E.164', '+44 7700 900123', '+447700900123'],
		['a 00-prefixed number, tidied to E.164', '0044 7700 900123', '+447700900123'],
		['a national number, passed on as sent', '07700 900123', '07700 900123'],
	])('the mobile number: %s', async (_label, mobile, phone) => {
		await withTrigger(anyEvent, async (trigger) => {
			await trigger.deliver(
				notification([['CustomerSmsChanged', null, mobile]], {
					customer: { MobileNumber: mobile },
				}),
				{ headers: HEADER },
			);
			expect(trigger.runs[0][0].customer.phone).toBe(phone);
		});
	});
});

describe('ResDiary Trigger: change types it does not know', () => {
	const unknownOnly = () =>
		notification([
			['CustomerBirthdayChanged', '1990-01-01', '1990-02-01'],
			['CustomerVipStatusChanged', false, true],
		]);

	test.each([['*'], ['customer.updated']])(
		'a notification with only unknown change types runs under %s, each change kept by its name',
		async (event) => {
			await withTrigger({ events: [event] }, async (trigger) => {
				const answer = await trigger.deliver(unknownOnly(), { headers: HEADER });
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
				expect(trigger.runs[0][0]).toMatchObject({
					event: 'customer.updated',
					changes: [
						{ field: 'CustomerBirthdayChanged', from: '1990-01-01', to: '1990-02-01' },
						{ field: 'CustomerVipStatusChanged', from: false, to: true },
					],
				});
			});
		},
	);

	test.each([['customer.contactDetailsChanged'], ['customer.marketingOptInsChanged']])(
		'it does not run a workflow that waits only for %s',
		async (event) => {
			await withTrigger({ events: [event] }, async (trigger) => {
				const answer = await trigger.deliver(unknownOnly(), { headers: HEADER });
				expect(answer.json).toMatchObject({ received: true, ignored: 'not selected' });
				expect(trigger.runs).toHaveLength(0);
			});
		},
	);

	test('unknown change types beside known ones are kept in order', async () => {
		await withTrigger({ events: ['customer.contactDetailsChanged'] }, async (trigger) => {
			await trigger.deliver(
				notification([
					['CustomerSmsChanged', '1', '2'],
					['CustomerNicknameChanged', null, 'Aardy'],
				]),
				{ headers: HEADER },
			);
			expect(trigger.runs[0][0].changes).toEqual([
				{ field: 'phone', from: '1', to: '2' },
				{ field: 'CustomerNicknameChanged', from: null, to: 'Aardy' },
			]);
		});
	});

	test('with Simplify off the body arrives as sent, plus deliveryId', async () => {
		await withTrigger({ events: ['*'], simplify: false }, async (trigger) => {
			const body = { ...unknownOnly(), SomethingNew: { kept: true } };
			await trigger.deliver(body, { headers: HEADER });
			const [item] = trigger.runs[0];
			expect(item).toEqual({ ...body, deliveryId: expect.stringMatching(/^[0-9a-f]{64}$/) });
		});
	});
});

describe('ResDiary Trigger: bad bodies', () => {
	const withoutField = (path) => {
		const body = documented();
		const [first, second] = path;
		if (second === undefined) delete body[first];
		else delete body[first][second];
		return body;
	};

	test.each([
		['an empty body', '', 'application/json', /empty/],
		['text that is not JSON', 'not json', 'text/plain', /not valid JSON/],
		['a JSON array', '[]', 'application/json', /array/],
		['no Changes', withoutField(['Changes']), undefined, /^Changes: /],
		[
			'Changes that is not a list',
			{ ...documented(), Changes: 'CustomerSmsChanged' },
			undefined,
			/^Changes: /,
		],
		[
			'a change without a ChangeType',
			{ ...documented(), Changes: [{ OldValue: 1, NewValue: 2 }] },
			undefined,
			/Changes\.0\.ChangeType/,
		],
		['no Customer', withoutField(['Customer']), undefined, /Customer: missing/],
		[
			'a Customer that is not an object',
			{ ...documented(), Customer: 862 },
			undefined,
			/Customer: expected an object/,
		],
	])(
		'%s gets 400 with the reason and starts nothing',
		async (_label, body, contentType, reason) => {
			await withTrigger(anyEvent, async (trigger) => {
				const answer = await trigger.deliver(body, { headers: HEADER, contentType });
				expect(answer.status).toBe(400);
				expect(answer.json.error).toMatch(reason);
				expect(trigger.runs).toHaveLength(0);
			});
		},
	);
});

describe('ResDiary Trigger: a field of another type is a warning, not a refusal', () => {
	const withoutField = (path) => {
		const body = documented();
		const [first, second] = path;
		if (second === undefined) delete body[first];
		else delete body[first][second];
		return body;
	};

	test.each([
		[
			'a Customer without Id',
			withoutField(['Customer', 'Id']),
			{ path: 'Customer.Id', expected: "the customer's ResDiary id", received: 'missing' },
			{ id: null },
		],
		[
			'a Customer Id that is not a number',
			{ ...documented(), Customer: { ...documented().Customer, Id: 'abc-1' } },
			{ path: 'Customer.Id', expected: "the customer's ResDiary id", received: 'string' },
			{ id: 'abc-1' },
		],
		[
			'no ChangeDateTime',
			withoutField(['ChangeDateTime']),
			{ path: 'ChangeDateTime', expected: 'string', received: 'missing' },
			{},
		],
		[
			'a ChangeDateTime that is not a time',
			{ ...documented(), ChangeDateTime: 'yesterday' },
			{
				path: 'ChangeDateTime',
				expected: 'a UTC date and time such as 2018-11-16T10:46:20Z',
				received: 'string',
			},
			{},
		],
		[
			'an opt-in flag that is not a boolean',
			{ ...documented(), Customer: { ...documented().Customer, ReceiveGroupSmsMarketing: 'yes' } },
			{ path: 'Customer.ReceiveGroupSmsMarketing', expected: 'boolean', received: 'string' },
			{ marketing: { email: false, sms: true } },
		],
		[
			'a first name that is a number',
			{ ...documented(), Customer: { ...documented().Customer, FirstName: 7 } },
			{ path: 'Customer.FirstName', expected: 'string', received: 'number' },
			{ firstName: '7' },
		],
	])(
		'%s runs once, read as well as it can be, with a warning',
		async (_label, body, warning, customer) => {
			await withTrigger(anyEvent, async (trigger) => {
				const answer = await trigger.deliver(body, { headers: HEADER });
				expect(answer.status).toBe(200);
				expect(trigger.runs).toHaveLength(1);
				const [item] = trigger.runs[0];
				expect(item.warnings).toEqual([warning]);
				expect(item.customer).toMatchObject(customer);
				expect(normalizedCustomerEventSchema.parse(item)).toEqual(item);
				if (!('ChangeDateTime' in body) || body.ChangeDateTime === 'yesterday') {
					expect(item.occurredAt).toBeNull();
				}
			});
		},
	);
});

describe('ResDiary Trigger: duplicates', () => {
	test('a notification sent twice runs once; the repeat is acknowledged', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			const first = await trigger.deliver(documented(), { headers: HEADER });
			const again = await trigger.deliver(documented(), { headers: HEADER });
			expect(first.status).toBe(200);
			expect(again.status).toBe(200);
			expect(again.json).toMatchObject({ received: true, ignored: 'duplicate' });
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('a resend carrying a newer version of the customer is still the same notification', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			await trigger.deliver(documented(), { headers: HEADER });
			const resent = documented();
			resent.Customer.Email = 'newer@example.com';
			const again = await trigger.deliver(resent, { headers: HEADER });
			expect(again.json).toMatchObject({ ignored: 'duplicate' });
			expect(trigger.runs).toHaveLength(1);
		});
	});

	test('the same change at another time, or for another customer, runs again', async () => {
		await withTrigger(anyEvent, async (trigger) => {
			const changes = [['CustomerSmsChanged', '1', '2']];
			await trigger.deliver(notification(changes, { at: '2024-03-01T12:00:00Z' }), {
				headers: HEADER,
			});
			await trigger.deliver(notification(changes, { at: '2024-03-01T12:00:01Z' }), {
				headers: HEADER,
			});
			await trigger.deliver(
				notification(changes, { at: '2024-03-01T12:00:00Z', customer: { Id: 863 } }),
				{ headers: HEADER },
			);
			expect(trigger.runs).toHaveLength(3);
			const ids = new Set(trigger.runs.map((run) => run[0].deliveryId));
			expect(ids.size).toBe(3);
		});
	});
});
