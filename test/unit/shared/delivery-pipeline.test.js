'use strict';
const { z } = require('zod');
const {
	handleDelivery,
	MAX_DELIVERY_BYTES,
} = require('../../../nodes/shared/triggers/deliveryPipeline');
const { defineEvent, eventsByName } = require('../../../nodes/shared/triggers/eventCatalogue');

const schema = z.object({ event: z.literal('order.created'), id: z.string() });
const platform = {
	name: 'POS',
	events: eventsByName([
		defineEvent({
			name: 'order.created',
			label: 'Order Created',
			description: 'An order was placed',
			schema,
			sample: { event: 'order.created', id: '1' },
			simplify: (payload) => ({ orderId: payload.id }),
		}),
	]),
	identifyEvent: (body) =>
		typeof body.event === 'string' ? { event: body.event } : { error: 'The body names no event' },
	deliveryKey: (body, event) => [event, body.id],
};

let scope = 0;
function deliver(body, request = {}, options = {}) {
	return handleDelivery(
		platform,
		{ authorized: true, body, ...request },
		{
			selectedEvents: ['*'],
			simplify: true,
			staticData: {},
			now: Date.now(),
			ledgerScope: `pipeline-test/${++scope}`,
			...options,
		},
	);
}

describe('handleDelivery', () => {
	test('runs a valid, selected event with its simplified item', () => {
		expect(deliver({ event: 'order.created', id: '7' })).toMatchObject({
			action: 'run',
			event: 'order.created',
			item: { orderId: '7' },
		});
	});

	test('refuses what is not authorized before reading anything', () => {
		expect(deliver('{"not":"read"}', { authorized: false })).toEqual({
			action: 'reject',
			status: 401,
			message: 'Unauthorized',
		});
	});

	test('refuses empty, oversized, unparseable and unnamed bodies with 400 or 413', () => {
		expect(deliver(undefined)).toMatchObject({ action: 'reject', status: 400 });
		expect(deliver(undefined, { rawBody: Buffer.from('{') })).toMatchObject({ status: 400 });
		expect(deliver({}, { declaredLength: MAX_DELIVERY_BYTES + 1 })).toMatchObject({ status: 413 });
		expect(deliver({ id: '1' })).toMatchObject({ status: 400 });
	});

	test('runs a body whose leaf has another type, listing the leaf in warnings', () => {
		const outcome = deliver({ event: 'order.created', id: 5 });
		expect(outcome).toMatchObject({ action: 'run', item: { orderId: 5 } });
		expect(outcome.item.warnings).toEqual([{ path: 'id', expected: 'string', received: 'number' }]);
		expect(deliver({ event: 'order.created' }).item.warnings).toEqual([
			{ path: 'id', expected: 'string', received: 'missing' },
		]);
	});

	test('a valid body has no warnings key at all', () => {
		expect(deliver({ event: 'order.created', id: '7' }).item).not.toHaveProperty('warnings');
	});

	test('an event not selected is acknowledged without being validated', () => {
		const outcome = deliver(
			{ event: 'order.created', id: { not: 'checked' } },
			{},
			{ selectedEvents: ['other'] },
		);
		expect(outcome).toMatchObject({ action: 'ignore', reason: 'not selected' });
	});

	describe('with a core object', () => {
		const cored = {
			...platform,
			events: eventsByName([
				defineEvent({
					name: 'order.created',
					label: 'Order Created',
					description: 'An order was placed',
					schema: z.object({
						event: z.string(),
						order: z.object({ id: z.string(), total: z.number().optional() }),
					}),
					core: { order: 'object' },
					sample: {},
					simplify: (payload) => {
						if (payload.order.id === 'explode') throw new Error('unreadable');
						return { orderId: payload.order.id };
					},
				}),
			]),
		};
		const send = (body) =>
			handleDelivery(
				cored,
				{ authorized: true, body },
				{
					selectedEvents: ['*'],
					simplify: true,
					staticData: {},
					now: 0,
					ledgerScope: `c/${++scope}`,
				},
			);

		test.each([
			['missing', { event: 'order.created' }, /order: missing/],
			['null', { event: 'order.created', order: null }, /order: missing/],
			[
				'a string',
				{ event: 'order.created', order: 'o-1' },
				/order: expected an object, received string/,
			],
			[
				'an array',
				{ event: 'order.created', order: [] },
				/order: expected an object, received an array/,
			],
		])('refuses a body whose core object is %s', (_label, body, reason) => {
			const outcome = send(body);
			expect(outcome).toMatchObject({ action: 'reject', status: 400 });
			expect(outcome.message).toMatch(/^Invalid order\.created payload: /);
			expect(outcome.message).toMatch(reason);
		});

		test('runs a body whose core object has a wrong leaf', () => {
			expect(send({ event: 'order.created', order: { id: 9 } }).item).toEqual({
				orderId: 9,
				warnings: [{ path: 'order.id', expected: 'string', received: 'number' }],
			});
		});

		test('when Simplify cannot read such a body, the body arrives as sent', () => {
			const { item } = send({ event: 'order.created', order: { id: 'explode', total: '5' } });
			expect(item).toMatchObject({ order: { id: 'explode' }, deliveryId: expect.any(String) });
			expect(item.warnings).toEqual([
				{ path: 'order.total', expected: 'number', received: 'string' },
				{ path: '', expected: 'a body Simplify can read', received: 'the body as sent' },
			]);
		});
	});

	test('ignores events not selected, and a delivery seen before', () => {
		expect(
			deliver({ event: 'order.created', id: '1' }, {}, { selectedEvents: ['other'] }),
		).toMatchObject({
			action: 'ignore',
			reason: 'not selected',
		});
		const options = { staticData: {}, ledgerScope: 'pipeline-test/duplicate' };
		expect(deliver({ event: 'order.created', id: '1' }, {}, options).action).toBe('run');
		expect(deliver({ event: 'order.created', id: '1' }, {}, options)).toMatchObject({
			action: 'ignore',
			reason: 'duplicate',
		});
	});
});
