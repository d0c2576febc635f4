'use strict';
// A backfill in the live shape: RETM's and Flavours' customer lists, run by n8n's engine against the
// simulators, put out the same normalized customer as the triggers when Simplify is on (the default
// from version 2 of the action nodes), and the records as sent for workflows saved with version 1.
const { Retm } = require('../../../nodes/Retm/Retm.node');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const {
	normalizedCustomerEventSchema,
} = require('../../../nodes/shared/payloads/normalizedCustomer');
const { runNode } = require('../../helpers/n8nEngine');
const { flavoursNode } = require('../../helpers/flavoursNode');
const { startRetmSimulator, startFlavoursSimulator } = require('../../pos-simulator');

const RETM_TOKEN = 'retm-access-token-list-5e1';
const FLAVOURS_TOKEN = 'flavours-access-token-list-9a2';
let retm;
let flavours;

beforeAll(async () => {
	retm = await startRetmSimulator({ accessToken: RETM_TOKEN, customers: 30 });
	flavours = await startFlavoursSimulator({ accessToken: FLAVOURS_TOKEN, customers: 30 });
});
afterAll(async () => {
	await retm.close();
	await flavours.close();
});

const runRetm = (parameters, typeVersion) =>
	runNode({
		nodeClass: Retm,
		credentialClasses: { retmApi: RetmApi },
		credentials: {
			retmApi: { environment: 'custom', baseUrl: `${retm.url}/`, accessToken: RETM_TOKEN },
		},
		parameters,
		typeVersion,
	});
const flavoursRun = flavoursNode({ simulator: () => flavours, accessToken: FLAVOURS_TOKEN });
const json = (result) => {
	if (result.error) throw result.error;
	return result.items.map((item) => item.json);
};
const list = { resource: 'customer', operation: 'getAll', limit: 5 };

describe('RETM Customer > Get Many', () => {
	test('version 2 gives the normalized customer, phone in E.164, the record in raw', async () => {
		const [first, ...rest] = json(await runRetm(list, 2));
		const record = retm.store.customers[0];
		expect(rest).toHaveLength(4);
		expect(first).toEqual({
			platform: 'retm',
			event: 'customer.imported',
			occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			deliveryId: null,
			customer: {
				id: String(record.id),
				name: record.name,
				firstName: record.name.split(' ')[0],
				lastName: record.name.split(' ').slice(1).join(' '),
				phone: `+966${record.phone.replace(/^0/, '')}`,
				email: record.email,
				marketing: { email: null, sms: null },
			},
			changes: [],
			raw: record,
		});
		for (const item of [first, ...rest])
			expect(normalizedCustomerEventSchema.safeParse(item).success).toBe(true);
	});

	test('another Default Country Code, and Simplify off gives the records as sent', async () => {
		const [uae] = json(await runRetm({ ...list, defaultCountryCode: '971' }, 2));
		expect(uae.customer.phone).toMatch(/^\+971/);
		const raw = json(await runRetm({ ...list, simplify: false }, 2));
		expect(raw[0]).toEqual(retm.store.customers[0]);
	});

	test('version 1 (workflows saved before) keeps the records as sent', async () => {
		expect(json(await runRetm(list, 1))[0]).toEqual(retm.store.customers[0]);
	});
});

describe('Flavours Customer > Get Many', () => {
	test('version 2 gives the same shape, the phone joined to its prefix', async () => {
		const items = json(await flavoursRun.run(list, { typeVersion: 2 }));
		expect(items).toHaveLength(5);
		for (const item of items) {
			expect(normalizedCustomerEventSchema.safeParse(item).success).toBe(true);
			expect(item).toMatchObject({ platform: 'flavours', event: 'customer.imported' });
			expect(item.customer.phone).toBe(`+${item.raw.user.phone_prefix}${item.raw.user.phone}`);
		}
	});

	test('version 1 keeps the records as sent', async () => {
		const [record] = json(await flavoursRun.run(list, { typeVersion: 1 }));
		expect(record.user).toBeDefined();
		expect(record.platform).toBeUndefined();
	});
});
