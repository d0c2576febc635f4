'use strict';
// triggers/rewardAndErrorEvents: the reward check, reward redeem and delivery-error events RETM and
// Flavours share (bodies with no event name, recognised by their fields), their schemas and shapes,
// and how the pipeline treats them; every body is a contract fixture.
const {
	errorWebhookSchema,
	identifyNamedEvent,
	rewardAndErrorEvents,
	rewardCheckSchema,
	rewardRedeemSchema,
} = require('../../../nodes/shared/triggers/rewardAndErrorEvents');
const { eventsByName } = require('../../../nodes/shared/triggers/eventCatalogue');
const { handleDelivery } = require('../../../nodes/shared/triggers/deliveryPipeline');
const { example } = require('../../fixtures/contracts');

const RETM_TIME = '2025-12-17 19:26:35';
const events = rewardAndErrorEvents('RETM', RETM_TIME);
const byName = eventsByName(events);
const facts = (event) => ({ deliveryId: 'delivery-1', event });
const simplified = (event, body) => byName[event].simplify(body, facts(event));
const identify = identifyNamedEvent('RETM', 'event', 'customer.created');

const FIXTURES = [
	['retm/webhooks/reward.check.request.business_refrence', 'reward.check', rewardCheckSchema],
	['retm/webhooks/reward.check.request.business_reference', 'reward.check', rewardCheckSchema],
	['retm/webhooks/reward.redeem.request', 'reward.redeem', rewardRedeemSchema],
	['retm/webhooks/error', 'webhook.error', errorWebhookSchema],
	['flavours/webhooks/reward.check.request', 'reward.check', rewardCheckSchema],
	['flavours/webhooks/reward.redeem.request', 'reward.redeem', rewardRedeemSchema],
	['flavours/webhooks/error', 'webhook.error', errorWebhookSchema],
];

describe('rewardAndErrorEvents', () => {
	test('three events in the order the editor lists them, described for the platform named', () => {
		expect(events.map(({ name, label }) => [name, label])).toEqual([
			['reward.check', 'Reward Check'],
			['reward.redeem', 'Reward Redeemed'],
			['webhook.error', 'Webhook Delivery Failed'],
		]);
		const flavours = rewardAndErrorEvents('Flavours', 1734463595000);
		expect(flavours[0].description).toMatch(/^Flavours asks/);
		expect(flavours[2].description).toMatch(/^Flavours failed/);
		expect(JSON.stringify(flavours.map((event) => event.description))).not.toContain('RETM');
	});

	test.each([
		['RETM', RETM_TIME, '2025-12-17T19:26:35.000Z'],
		['Flavours', 1734463595000, '2024-12-17T19:26:35.000Z'],
	])(
		'%s: each sample passes its schema; the redeem sample is at the time given',
		(platform, time, iso) => {
			const catalogue = rewardAndErrorEvents(platform, time);
			for (const event of catalogue)
				expect(event.schema.safeParse(event.sample).success).toBe(true);
			expect(catalogue[1].sample.timestamp).toBe(time);
			expect(catalogue[1].simplify(catalogue[1].sample, facts('reward.redeem')).occurredAt).toBe(
				iso,
			);
		},
	);

	test.each(FIXTURES)('%s passes the %s schema, extra fields kept', (name, _event, schema) => {
		const body = { ...example(name), extra: { kept: true } };
		expect(schema.parse(body)).toEqual(body);
	});

	test('a reward without either spelling of the business reference, or without a code, fails', () => {
		for (const [name, schema] of [
			['retm/webhooks/reward.check.request.business_refrence', rewardCheckSchema],
			['retm/webhooks/reward.redeem.request', rewardRedeemSchema],
		]) {
			const { business_refrence: _dropped, ...body } = example(name);
			expect(schema.safeParse(body).error.issues).toEqual([
				expect.objectContaining({
					path: ['business_refrence'],
					message: 'expected a string (spelt business_refrence or business_reference)',
				}),
			]);
			expect(schema.safeParse({ ...example(name), reward_code: '' }).success).toBe(false);
		}
	});
});

describe('the simplified items', () => {
	test('a reward check reads either spelling of the business reference', () => {
		const refrence = simplified(
			'reward.check',
			example('retm/webhooks/reward.check.request.business_refrence'),
		);
		const reference = simplified(
			'reward.check',
			example('retm/webhooks/reward.check.request.business_reference'),
		);
		expect(refrence).toEqual({
			event: 'reward.check',
			businessReference: 'demo-restaurant',
			rewardCode: 'RWD-1001',
			deliveryId: 'delivery-1',
		});
		expect(reference).toEqual(refrence);
	});

	test('a redeem carries its branch, date and reference', () => {
		const body = example('retm/webhooks/reward.redeem.request');
		expect(simplified('reward.redeem', body)).toMatchObject({
			event: 'reward.redeem',
			businessReference: body.business_refrence,
			rewardCode: body.reward_code,
			branchId: body.branch_id,
			date: body.date,
			deliveryId: 'delivery-1',
		});
	});

	test.each(['retm', 'flavours'])(
		"%s's documented redeem time, epoch seconds as text, is when it happened",
		(platform) => {
			const body = example(`${platform}/webhooks/reward.redeem.request`);
			expect(body.timestamp).toBe('1765988795');
			expect(simplified('reward.redeem', body).occurredAt).toBe('2025-12-17T16:26:35.000Z');
		},
	);

	test('a delivery error has a numeric code whenever it is one', () => {
		const body = example('retm/webhooks/error');
		const item = simplified('webhook.error', body);
		expect(item).toEqual({ event: 'webhook.error', ...body, deliveryId: 'delivery-1' });
		expect(simplified('webhook.error', { ...body, code: '504' }).code).toBe(504);
		expect(simplified('webhook.error', { ...body, code: 'TIMEOUT' }).code).toBe('TIMEOUT');
	});

	test('leaves of another type are read as well as they can be, never thrown on', () => {
		const body = { ...example('retm/webhooks/reward.redeem.request'), reward_code: 1001 };
		body.business_refrence = { not: 'a string' };
		body.branch_id = null;
		expect(simplified('reward.redeem', body)).toMatchObject({
			rewardCode: '1001',
			businessReference: null,
			branchId: null,
		});
	});
});

describe('in the delivery pipeline', () => {
	const platform = {
		name: 'retm',
		events: byName,
		identifyEvent: identify,
		deliveryKey: (body) => [body],
	};
	let scopes = 0;
	let options;
	beforeEach(() => {
		// A trigger of its own for each test: its own static data and duplicate ledger.
		const ledgerScope = `reward-and-error-events/${++scopes}`;
		options = { selectedEvents: ['*'], simplify: true, staticData: {}, ledgerScope };
	});
	const deliver = (body) =>
		handleDelivery(platform, { authorized: true, body }, { ...options, now: Date.now() });

	test.each([
		['retm/webhooks/reward.check.request.business_refrence', 'reward.check', true, 'run'],
		['retm/webhooks/reward.redeem.request', 'reward.redeem', false, 'ignore'],
		['retm/webhooks/error', 'webhook.error', false, 'run'],
	])('%s is %s; answered by the workflow: %s; sent again: %s', (name, event, answered, again) => {
		expect(deliver(example(name))).toMatchObject({
			action: 'run',
			event,
			answeredByWorkflow: answered,
		});
		expect(deliver(example(name)).action).toBe(again);
	});
});

describe('identifyNamedEvent', () => {
	test('a body naming its event is that event, trimmed, whatever its other fields', () => {
		const check = example('retm/webhooks/reward.check.request.business_refrence');
		expect(identify({ ...check, event: ' customer.created ' })).toEqual({
			event: 'customer.created',
		});
		const byAction = identifyNamedEvent('Flavours', 'action', 'customers.CREATE');
		expect(byAction(example('flavours/webhooks/customers.CREATE'))).toEqual({
			event: 'customers.CREATE',
		});
	});

	test.each(FIXTURES)('%s, naming no event, is told by its fields as %s', (name, event) => {
		expect(identify(example(name))).toEqual({ event });
	});

	test('a name that is not a string, or blank, is an error naming the field and platform', () => {
		const body = example('retm/webhooks/customer.created');
		for (const name of [42, '', '   ', null])
			expect(identify({ ...body, event: name })).toEqual({
				error: 'event: expected the RETM event name as a string',
			});
	});

	test('a body with neither a name nor the fields is an error with an example', () => {
		const { event: _name, ...body } = example('retm/webhooks/customer.created');
		const { code: _code, ...endpointOnly } = example('retm/webhooks/error');
		for (const unnamed of [body, endpointOnly])
			expect(identify(unnamed)).toEqual({
				error: 'event: missing. Expected a RETM event name such as customer.created',
			});
	});
});
