'use strict';
// The sender delivering Flavours-style webhooks: the caller's { xid, action, timestamp, data }
// envelope as given, authenticated the way the user set the Flavours side up.
const { randomUUID } = require('node:crypto');
const { createWebhookSender } = require('../../pos-simulator/webhook-sender');
const { startRecordingReceiver } = require('../../pos-simulator/recording-receiver');

const { example } = require('../../fixtures/contracts');

// Flavours' documented customer webhook, with an xid of its own.
const envelope = { ...example('flavours/webhooks/customers.CREATE'), xid: randomUUID() };

let target;
beforeEach(async () => {
	target = await startRecordingReceiver();
});
afterEach(() => target.close());

const deliver = (auth, extra = {}) =>
	createWebhookSender({ retryDelayMs: 10, ...extra }).send(
		`${target.url}/webhook/flavours`,
		envelope,
		{
			auth,
		},
	);

test.each([
	[{ type: 'header', name: 'X-Flavours-Secret', value: 's3cret' }, 'x-flavours-secret', 's3cret'],
	[
		{ type: 'basic', user: 'flavours', password: 'pa55' },
		'authorization',
		`Basic ${Buffer.from('flavours:pa55').toString('base64')}`,
	],
	[{ type: 'bearer', token: 'tok' }, 'authorization', 'Bearer tok'],
])(
	'%j authenticates the delivery; the body is the envelope as given',
	async (auth, header, value) => {
		const record = await deliver(auth);
		expect(record.delivered).toBe(true);
		const [request] = target.received;
		expect(request.json).toEqual(envelope);
		expect(request.headers[header]).toBe(value);
	},
);

test('"none" sends no credential at all, even with a token set', async () => {
	const record = await deliver({ type: 'none' }, { token: 'ignored' });
	expect(record.delivered).toBe(true);
	expect(target.received[0].headers.authorization).toBeUndefined();
});

test('the log never holds the secret', async () => {
	const sender = createWebhookSender({ retryDelayMs: 10 });
	await sender.send(`${target.url}/x`, envelope, {
		auth: { type: 'header', name: 'X-Flavours-Secret', value: 'never-logged' },
	});
	await sender.send(`${target.url}/x`, envelope, {
		auth: { type: 'basic', user: 'u', password: 'never-logged-either' },
	});
	const log = JSON.stringify(sender.log);
	expect(log).not.toContain('never-logged');
	expect(log).not.toContain(Buffer.from('u:never-logged-either').toString('base64'));
	expect(sender.log[0].request.headers['X-Flavours-Secret']).toBe('[redacted]');
	expect(sender.log[1].request.headers.Authorization).toBe('Basic [redacted]');
});

test('the same retry rules: 1 + 3 attempts, then the error webhook, with the same auth', async () => {
	await target.close();
	target = await startRecordingReceiver({
		respond: (request) =>
			request.path === '/errors' ? { status: 200, body: {} } : { status: 500, body: {} },
	});
	const sender = createWebhookSender({ retryDelayMs: 5, errorUrl: `${target.url}/errors` });
	const record = await sender.send(`${target.url}/webhook/flavours`, envelope, {
		auth: { type: 'header', name: 'X-Flavours-Secret', value: 's3cret' },
	});
	expect(record.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 500, 500]);
	expect(record.errorWebhook.body).toEqual({
		code: 500,
		endpoint: `${target.url}/webhook/flavours`,
		message: 'Delivery failed after 4 attempts: HTTP 500',
	});
	expect(target.received.map((request) => request.headers['x-flavours-secret'])).toEqual(
		Array(5).fill('s3cret'),
	);
});

test('an unknown auth type is a mistake in the test, said at once', async () => {
	const record = createWebhookSender().send(`${target.url}/x`, envelope, {
		auth: { type: 'hmac' },
	});
	await expect(record).rejects.toThrow('Unknown webhook auth type: hmac');
});
