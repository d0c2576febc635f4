'use strict';
// One phone format across platforms: a trigger's Default Country Code completes numbers sent without
// a country code, so RETM's 0551234567 and Flavours' 966 + 551234567 are the same +966551234567.
// Run in n8n's webhook context with the node's own defaults filled in, as n8n loads a saved node.
const { createInProcessTrigger } = require('../../helpers/inProcessWebhook');
const { RetmTrigger } = require('../../../nodes/Retm/RetmTrigger.node');
const { FlavoursTrigger } = require('../../../nodes/Flavours/FlavoursTrigger.node');
const { ResDiaryTrigger } = require('../../../nodes/ResDiary/ResDiaryTrigger.node');
const { example } = require('../../fixtures/contracts');

const SECRET = 'default-country-secret-5d1c';

const PLATFORMS = {
	retm: {
		nodeClass: RetmTrigger,
		parameters: { events: ['customer.created'] },
		credentials: {
			retmApi: { environment: 'custom', baseUrl: 'http://127.0.0.1:1', webhookToken: SECRET },
		},
		headers: { authorization: `Bearer ${SECRET}` },
		body: (phone) => {
			const body = example('retm/webhooks/customer.created');
			body.customer.phone = phone;
			return body;
		},
	},
	flavours: {
		nodeClass: FlavoursTrigger,
		// Version 3's default is the secret in the URL; the header keeps this test about phones.
		parameters: { events: ['customers.CREATE'], authentication: 'headerToken' },
		credentials: {
			flavoursApi: { environment: 'custom', baseUrl: 'http://127.0.0.1:1', webhookSecret: SECRET },
		},
		headers: { 'x-webhook-secret': SECRET },
		body: (phone, prefix) => {
			const body = example('flavours/webhooks/customers.CREATE');
			body.data.user.phone = phone;
			if (prefix === undefined) delete body.data.user.phone_prefix;
			else body.data.user.phone_prefix = prefix;
			return body;
		},
	},
	resdiary: {
		nodeClass: ResDiaryTrigger,
		parameters: { events: ['customer.created', 'customer.updated', 'customer.deleted'] },
		credentials: { resDiaryWebhookApi: { webhookSecret: SECRET } },
		headers: { 'x-webhook-secret': SECRET },
		body: (phone) => {
			const body = example('resdiary/webhooks/customer');
			body.Customer.MobileNumber = phone;
			return body;
		},
	},
};

async function phoneOut(platform, { typeVersion, parameters = {}, phone, prefix }) {
	const setup = PLATFORMS[platform];
	const trigger = createInProcessTrigger({
		nodeClass: setup.nodeClass,
		parameters: { ...setup.parameters, ...parameters },
		credentials: setup.credentials,
		typeVersion,
	});
	const body = setup.body(phone, prefix);
	const answer = await trigger.deliver({
		rawBody: JSON.stringify(body),
		headers: { 'content-type': 'application/json', ...setup.headers },
	});
	expect(answer.status).toBe(200);
	const [item] = answer.items;
	return { phone: item.customer.phone, raw: item.raw };
}

describe('Default Country Code: version 3 of every trigger puts out E.164', () => {
	test.each([
		['retm', '0551234567', undefined],
		['retm', '551234567', undefined],
		['retm', '+966 55 123 4567', undefined],
		['flavours', '551234567', '966'],
		['flavours', '0551234567', undefined],
		['resdiary', '0551234567', undefined],
	])(
		'%s %s (prefix %s) becomes +966551234567; raw keeps it as sent',
		async (platform, phone, prefix) => {
			const out = await phoneOut(platform, { typeVersion: 3, phone, prefix });
			expect(out.phone).toBe('+966551234567');
			expect(JSON.stringify(out.raw)).toContain(JSON.stringify(phone));
		},
	);

	test('a number with its own country code keeps it', async () => {
		const out = await phoneOut('resdiary', { typeVersion: 3, phone: '+44 7700 900123' });
		expect(out.phone).toBe('+447700900123');
	});

	test("the platform's own code wins over the default", async () => {
		const out = await phoneOut('flavours', {
			typeVersion: 3,
			parameters: { defaultCountryCode: '971' },
			phone: '501234567',
			prefix: '966',
		});
		expect(out.phone).toBe('+966501234567');
	});

	test('another default, for a restaurant outside Saudi Arabia', async () => {
		const out = await phoneOut('retm', {
			typeVersion: 3,
			parameters: { defaultCountryCode: '+971' },
			phone: '0501234567',
		});
		expect(out.phone).toBe('+971501234567');
	});
});

describe('Default Country Code: workflows saved with versions 1 and 2 keep their output', () => {
	test.each([1, 2])('version %s passes a local number on as sent', async (typeVersion) => {
		const out = await phoneOut('retm', { typeVersion, phone: '0551234567' });
		expect(out.phone).toBe('0551234567');
	});

	test('version 2 with the field filled in puts out E.164 too', async () => {
		const out = await phoneOut('retm', {
			typeVersion: 2,
			parameters: { defaultCountryCode: '966' },
			phone: '0551234567',
		});
		expect(out.phone).toBe('+966551234567');
	});
});
