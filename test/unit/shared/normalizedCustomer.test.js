'use strict';
// One customer event shape for every platform: each trigger's customer samples, as its catalogue
// holds them, simplified and checked against the shared schema.
const fs = require('node:fs');
const path = require('node:path');
const {
	normalizedCustomerEvent,
	normalizedCustomerEventSchema,
	toE164,
} = require('../../../nodes/shared/normalizedCustomer');

const nodesDir = path.join(__dirname, '..', '..', '..', 'nodes');

/** Each platform's catalogue and which of its events are customer events (event -> normalized event). */
const PLATFORMS = [
	{
		platform: 'retm',
		module: 'Retm/events',
		catalogue: 'retmEvents',
		customerEvents: {
			'customer.created': 'customer.created',
			'customer.updated': 'customer.updated',
			'customer.deleted': 'customer.deleted',
		},
	},
	{
		platform: 'flavours',
		module: 'Flavours/events',
		catalogue: 'flavoursEvents',
		customerEvents: {
			'customers.CREATE': 'customer.created',
			'customers.UPDATE': 'customer.updated',
			'customers.DELETE': 'customer.deleted',
		},
	},
	{
		platform: 'resdiary',
		module: 'ResDiary/events',
		catalogue: 'resDiaryEvents',
		customerEvents: {
			'customer.created': 'customer.created',
			'customer.deleted': 'customer.deleted',
			'customer.contactDetailsChanged': 'customer.updated',
			'customer.marketingOptInsChanged': 'customer.updated',
			'customer.updated': 'customer.updated',
		},
	},
].filter(({ module }) => fs.existsSync(path.join(nodesDir, `${module}.ts`)));

const catalogue = ({ module, catalogue: name }) => require(path.join(nodesDir, module))[name];

/** What a trigger emits for a sample with Simplify on: schema-checked, then simplified. */
function simplified(definition, deliveryId = 'delivery-1') {
	const parsed = definition.schema.parse(structuredClone(definition.sample));
	return definition.simplify(parsed, { deliveryId });
}

describe('every platform’s customer samples map into the normalized customer event', () => {
	test('RETM, Flavours and ResDiary are all checked', () => {
		expect(PLATFORMS.map(({ platform }) => platform)).toEqual(['retm', 'flavours', 'resdiary']);
	});

	const cases = PLATFORMS.flatMap((entry) =>
		Object.entries(entry.customerEvents).map(([event, normalized]) => [
			entry.platform,
			event,
			normalized,
			entry,
		]),
	);

	test.each(cases)('%s %s -> %s', (platform, event, normalized, entry) => {
		const definition = catalogue(entry).find((candidate) => candidate.name === event);
		expect(definition).toBeDefined();
		const item = simplified(definition);
		const parsed = normalizedCustomerEventSchema.safeParse(item);
		expect(parsed.error).toBeUndefined();
		expect(item).toMatchObject({ platform, event: normalized, deliveryId: 'delivery-1' });
		expect(item.customer.id).toMatch(/\S/);
		expect(item.raw).toEqual(definition.sample);
		// A sync keyed by platform + customer id needs a readable time to order events by.
		expect(item.occurredAt).not.toBeNull();
	});

	test.each(PLATFORMS.map((entry) => [entry.platform, entry]))(
		'%s: no other event of the catalogue claims to be a normalized customer event',
		(_platform, entry) => {
			const others = catalogue(entry).filter(
				(definition) => !(definition.name in entry.customerEvents),
			);
			for (const definition of others) {
				expect([definition.name, simplified(definition).platform]).toEqual([
					definition.name,
					undefined,
				]);
			}
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
