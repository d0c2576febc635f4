'use strict';

const { allContracts, contract, example, valuesAt, KINDS } = require('../fixtures/contracts');

const fixtures = allContracts();
const byName = fixtures.map((fixture) => [fixture.name, fixture]);

describe('contract fixtures', () => {
	test('cover both audited platforms', () => {
		expect(fixtures.filter((f) => f.platform === 'retm').length).toBeGreaterThan(10);
		expect(fixtures.filter((f) => f.platform === 'flavours').length).toBeGreaterThan(10);
	});

	test.each(byName)('%s names the published page it was read from', (_name, fixture) => {
		// An undocumented shape says so, and still names the page that lists the call or is silent on it.
		if (fixture.documented === false) expect(fixture.note).toMatch(/\[guess\]/);
		expect(fixture.source.length).toBeGreaterThan(0);
		for (const url of fixture.source)
			expect(url).toMatch(
				/^https:\/\/(api\.retm\.com\.sa|docs?\.flavours\.sa|docs\.hos\.accessacloud\.com\/resdiary-api)\//,
			);
	});

	test.each(byName)('%s has a valid kind, platform and shape', (_name, fixture) => {
		expect(KINDS).toContain(fixture.kind);
		expect(['retm', 'flavours', 'resdiary']).toContain(fixture.platform);
		expect(fixture.name.startsWith(`${fixture.platform}/`)).toBe(true);
		if (fixture.path) expect(['GET', 'POST', 'DELETE']).toContain(fixture.method);
		expect(fixture.example).toBeDefined();
	});

	test.each(byName)('%s: every required or nullable path is in its example', (_name, fixture) => {
		const paths = [
			...fixture.required,
			...(fixture.requiredForSubscriber ?? []),
			...(fixture.nullable ?? []),
		];
		for (const field of paths)
			expect([field, valuesAt(fixture.example, field).length]).not.toEqual([field, 0]);
	});

	test.each(byName)('%s: every typed path has that type in its example', (_name, fixture) => {
		for (const [field, type] of Object.entries(fixture.types ?? {})) {
			const values = valuesAt(fixture.example, field);
			expect(values.length).toBeGreaterThan(0);
			for (const value of values)
				expect([field, Array.isArray(value) ? 'array' : typeof value]).toEqual([field, type]);
		}
	});

	test('readings of a self-contradicting page are kept apart', () => {
		expect(example('retm/webhooks/reward.check.request.business_refrence')).toHaveProperty(
			'business_refrence',
		);
		expect(example('retm/webhooks/reward.check.request.business_reference')).toHaveProperty(
			'business_reference',
		);
		expect(
			Array.isArray(
				example('retm/webhooks/reward.check.response.allowed_products-array').data.allowed_products,
			),
		).toBe(true);
		expect(
			Array.isArray(
				example('retm/webhooks/reward.check.response.allowed_products-object').data
					.allowed_products,
			),
		).toBe(false);
	});

	test('keeps the documented types the package got wrong', () => {
		const invoice = example('retm/webhooks/invoice.order.created');
		expect(invoice.taxes[0].name).toEqual({ en: expect.any(String), ar: expect.any(String) });
		expect(typeof invoice.invoice_id).toBe('number');
		expect(typeof invoice.order_refrence).toBe('number');
		expect(invoice.sale_id).toBeNull();
		expect(invoice.products[0].quantity).toBe('1.000');
		expect(Array.isArray(example('retm/endpoints/charges.list.response'))).toBe(true);
	});

	test('hands out copies', () => {
		contract('retm/webhooks/customer.created').example.customer.id = 'changed';
		expect(example('retm/webhooks/customer.created').customer.id).toBe(1234);
		expect(() => contract('retm/webhooks/nope')).toThrow(/No contract fixture/);
	});

	test('valuesAt finds nested, listed and bare-array paths, and nothing for absent ones', () => {
		const value = { a: { b: [{ c: 1 }, { c: 2 }] } };
		expect(valuesAt(value, 'a.b[].c')).toEqual([1, 2]);
		expect(valuesAt([{ uuid: 'x' }], '[].uuid')).toEqual(['x']);
		expect(valuesAt(value, 'a.x')).toEqual([]);
		expect(valuesAt({ a: null }, 'a.b')).toEqual([]);
	});
});

describe('documented webhook fixtures against the triggers', () => {
	const { handleDelivery } = require('../../nodes/shared/triggers/deliveryPipeline');
	const { retmWebhooks } = require('../../nodes/Retm/events');
	const { flavoursWebhooks } = require('../../nodes/Flavours/events');
	const { resDiaryWebhooks } = require('../../nodes/ResDiary/events');
	const platforms = { retm: retmWebhooks, flavours: flavoursWebhooks, resdiary: resDiaryWebhooks };
	// Deliveries to a trigger: every kind 'webhook' fixture, and the reward check and redeem
	// requests, which the platforms send to the trigger too. The answers to a reward check (kind
	// response and error) go the other way and are not deliveries, so they are left out.
	const isDelivery = (fixture) =>
		fixture.kind === 'webhook' ||
		(fixture.kind === 'request' && fixture.name.includes('/webhooks/reward.'));
	const webhooks = fixtures
		.filter((fixture) => isDelivery(fixture) && platforms[fixture.platform])
		.map((fixture) => [fixture.name, fixture]);
	// The catalogue names the delivery-error webhook webhook.error; the fixtures call it error.
	// ResDiary's fixture names one payload shape for every customer notification ('customer'); the
	// trigger names the event by its change type, here CustomerSmsChanged.
	const catalogueName = {
		'retm/webhooks/error': 'webhook.error',
		'flavours/webhooks/error': 'webhook.error',
		'resdiary/webhooks/customer': 'customer.contactDetailsChanged',
	};
	// Flavours' own sample sends product data under a customers action; the trigger reads it as
	// the products event and says so in exactly one warning, on purpose.
	const expectedWarnings = {
		'flavours/webhooks/products.sample-action-customers.CREATE': [
			expect.objectContaining({ path: 'action', received: 'customers.CREATE' }),
		],
	};

	let scope = 0;
	test.each(webhooks)(
		'%s is accepted by its event schema with no unexpected warnings',
		(name, fixture) => {
			const outcome = handleDelivery(
				platforms[fixture.platform],
				{ authorized: true, body: fixture.example },
				{
					selectedEvents: ['*'],
					simplify: true,
					staticData: {},
					now: Date.now(),
					ledgerScope: `contracts-test/${++scope}`,
				},
			);
			expect(outcome).toMatchObject({
				action: 'run',
				event: catalogueName[name] ?? fixture.event,
			});
			expect(outcome.item.warnings ?? []).toEqual(expectedWarnings[name] ?? []);
		},
	);
});
