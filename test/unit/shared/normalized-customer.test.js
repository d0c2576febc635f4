'use strict';
// One customer event shape for every platform: each platform's documented customer notifications
// (the contract fixtures), delivered through the trigger pipeline and checked against the shared
// schema.
const {
	normalizedCustomerEvent,
	normalizedCustomerEventSchema,
	toE164,
} = require('../../../nodes/shared/payloads/normalizedCustomer');
const { handleDelivery } = require('../../../nodes/shared/triggers/deliveryPipeline');
const { retmWebhooks } = require('../../../nodes/Retm/events');
const { flavoursWebhooks } = require('../../../nodes/Flavours/events');
const { resDiaryWebhooks } = require('../../../nodes/ResDiary/events');
const { allContracts, example } = require('../../fixtures/contracts');

const withAction = (action) => ({ ...example('flavours/webhooks/customers.CREATE'), action });
const withChange = (ChangeType) => ({
	...example('resdiary/webhooks/customer'),
	Changes: [{ ChangeType, OldValue: null, NewValue: null }],
});

/** Each platform's customer notifications: [what it is, body, the normalized event it becomes]. */
const PLATFORMS = {
	retm: {
		webhooks: retmWebhooks,
		isCustomerEvent: (event) => event.startsWith('customer.'),
		deliveries: ['customer.created', 'customer.updated', 'customer.deleted'].map((event) => [
			event,
			example(`retm/webhooks/${event}`),
			event,
		]),
	},
	flavours: {
		webhooks: flavoursWebhooks,
		isCustomerEvent: (event) => event.startsWith('customers.'),
		// Only CREATE is documented; UPDATE and DELETE follow its naming ([guess], as the trigger).
		deliveries: [
			['customers.CREATE', withAction('customers.CREATE'), 'customer.created'],
			['customers.UPDATE', withAction('customers.UPDATE'), 'customer.updated'],
			['customers.DELETE', withAction('customers.DELETE'), 'customer.deleted'],
		],
	},
	resdiary: {
		webhooks: resDiaryWebhooks,
		isCustomerEvent: () => true,
		deliveries: [
			['the documented notification', example('resdiary/webhooks/customer'), 'customer.updated'],
			['CustomerCreated', withChange('CustomerCreated'), 'customer.created'],
			['CustomerDeleted', withChange('CustomerDeleted'), 'customer.deleted'],
		],
	},
};

let scope = 0;
/** What a trigger with Simplify on and every event picked makes of `body`. */
function delivered(platform, body) {
	const outcome = handleDelivery(
		PLATFORMS[platform].webhooks,
		{ authorized: true, body },
		{
			selectedEvents: ['*'],
			simplify: true,
			staticData: {},
			now: Date.now(),
			ledgerScope: `normalized-customer-test/${++scope}`,
		},
	);
	expect(outcome.action).toBe('run');
	return outcome.item;
}

describe('every platform’s documented customer notifications map into the normalized customer event', () => {
	const cases = Object.entries(PLATFORMS).flatMap(([platform, { deliveries }]) =>
		deliveries.map(([what, body, normalized]) => [platform, what, normalized, body]),
	);

	test.each(cases)('%s %s -> %s', (platform, _what, normalized, body) => {
		const item = delivered(platform, body);
		const parsed = normalizedCustomerEventSchema.safeParse(item);
		expect(parsed.error).toBeUndefined();
		expect(item).toMatchObject({
			platform,
			event: normalized,
			deliveryId: expect.stringMatching(/^[0-9a-f]{64}$/),
		});
		expect(item).not.toHaveProperty('warnings');
		expect(item.customer.id).toMatch(/\S/);
		expect(item.raw).toEqual(body);
		// A sync keyed by platform + customer id needs a readable time to order events by.
		expect(item.occurredAt).not.toBeNull();
	});

	// Every other delivery the platform documents (ResDiary sends only customer notifications).
	test.each([['retm'], ['flavours']])(
		'%s: no other documented delivery claims to be a normalized customer event',
		(platform) => {
			const others = allContracts(`${platform}/webhooks/`).filter(
				(fixture) =>
					['webhook', 'request'].includes(fixture.kind) &&
					!PLATFORMS[platform].isCustomerEvent(fixture.event),
			);
			expect(others.length).toBeGreaterThan(2);
			for (const fixture of others)
				expect([fixture.name, delivered(platform, fixture.example).platform]).toEqual([
					fixture.name,
					undefined,
				]);
		},
	);
});

describe('normalizedCustomerEvent', () => {
	const base = {
		platform: 'retm',
		event: 'customer.updated',
		occurredAt: '2025-12-17 19:26:35',
		id: 7,
		raw: { any: 'thing' },
	};
	const build = (facts) => normalizedCustomerEvent({ ...base, ...facts }, { deliveryId: 'd' });

	test('splits a full name into first and last name', () => {
		expect(build({ name: 'Sara Al Qahtani' }).customer).toMatchObject({
			name: 'Sara Al Qahtani',
			firstName: 'Sara',
			lastName: 'Al Qahtani',
		});
		expect(build({ name: 'Cher' }).customer).toMatchObject({ firstName: 'Cher', lastName: null });
	});

	test('joins first and last name into a name', () => {
		expect(build({ firstName: 'Aardvark', lastName: 'Anderson' }).customer.name).toBe(
			'Aardvark Anderson',
		);
		expect(build({ firstName: ' ', lastName: 'Anderson' }).customer).toMatchObject({
			name: 'Anderson',
			firstName: null,
		});
	});

	test('blank text is null, the id is a string, marketing defaults to unknown', () => {
		const event = build({ email: '  ', phone: '', name: null });
		expect(event.customer).toEqual({
			id: '7',
			name: null,
			firstName: null,
			lastName: null,
			phone: null,
			email: null,
			marketing: { email: null, sms: null },
		});
		expect(event.changes).toEqual([]);
		expect(normalizedCustomerEventSchema.safeParse(event).success).toBe(true);
	});

	test('the time becomes ISO 8601 in UTC, or null when unreadable', () => {
		expect(build({}).occurredAt).toBe('2025-12-17T19:26:35.000Z');
		expect(build({ occurredAt: 1765999595000 }).occurredAt).toBe('2025-12-17T19:26:35.000Z');
		expect(build({ occurredAt: 'soon' }).occurredAt).toBeNull();
	});

	test('the phone uses the country code the platform gives', () => {
		expect(build({ phone: '0501234567', phoneCountryCode: '966' }).customer.phone).toBe(
			'+966501234567',
		);
	});

	test('the schema refuses other platforms, other events and extra fields', () => {
		const valid = build({});
		expect(normalizedCustomerEventSchema.safeParse(valid).success).toBe(true);
		for (const invalid of [
			{ ...valid, platform: 'square' },
			{ ...valid, event: 'customer.merged' },
			{ ...valid, extra: true },
			{ ...valid, customer: { ...valid.customer, vip: true } },
			{ ...valid, changes: [{ field: '', from: 1, to: 2 }] },
		]) {
			expect(normalizedCustomerEventSchema.safeParse(invalid).success).toBe(false);
		}
	});
});

describe('toE164', () => {
	test.each([
		['nothing', undefined, undefined, null],
		['null', null, '966', null],
		['blank text', '   ', '966', null],
		['an international number with spaces', '+966 50 123 4567', undefined, '+966501234567'],
		['a 00-prefixed number', '00966501234567', undefined, '+966501234567'],
		['a national number with its country code given', '0501234567', '966', '+966501234567'],
		['a number without its trunk 0', '501234567', '966', '+966501234567'],
		['a number that already starts with the code', '966501234567', '966', '+966501234567'],
		['a country code written +966', '(050) 123-4567', '+966', '+966501234567'],
		['a country code written 00966', '0501234567', '00966', '+966501234567'],
		['a national number and no country: as sent', '055123456', undefined, '055123456'],
		["ResDiary's sample mobile number: as sent", '3', undefined, '3'],
		['too few digits to be a number: as sent', '12', '966', '12'],
		['text that is not a number: as sent', 'ask at the desk', '966', 'ask at the desk'],
		['a + with too few digits: as sent', '+12', undefined, '+12'],
		['a nonsense country code: as sent', '0501234567', 'KSA', '0501234567'],
		['a UK number with (0)', '+44 (0)7700 900123', undefined, '+447700900123'],
		['a trunk 0 kept after +966', '+966 0501234567', undefined, '+966501234567'],
		['a trunk 0 kept after 00966', '00966 0501234567', '966', '+966501234567'],
		["Italy's significant 0", '+39 06 1234 5678', undefined, '+390612345678'],
		["Italy's significant 0, code given", '06 1234 5678', '39', '+390612345678'],
		['a national number that starts with the code digits', '04921123456', '49', '+494921123456'],
		['a one-digit country code', '+1 (212) 555-0123', undefined, '+12125550123'],
		['more digits than E.164 allows: as sent', '12345678901234', '966', '12345678901234'],
		[
			'an international number too long: as sent',
			'+9665012345678901',
			undefined,
			'+9665012345678901',
		],
	])('%s', (_label, phone, countryCode, expected) => {
		expect(toE164(phone, countryCode)).toBe(expected);
	});
});
