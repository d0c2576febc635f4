'use strict';

const { createWebhookSender } = require('../../pos-simulator/webhook-sender');
const { startRecordingReceiver } = require('../../pos-simulator/recording-receiver');
const { example } = require('../../fixtures/contracts');

const TOKEN = 'webhook-token-123';
const customerCreated = example('retm/webhooks/customer.created');

const open = [];
async function receiver(respond) {
	const started = await startRecordingReceiver({ respond });
	open.push(started);
	return started;
}
afterEach(async () => {
	await Promise.all(open.splice(0).map((server) => server.close()));
});

// A receiver that answers `failures` with `status`, then 200.
const failing =
	(failures, status = 500) =>
	(_, index) =>
		index < failures ? { status, body: { error: 'nope' } } : { status: 200, body: { ok: true } };

describe('a delivery that succeeds', () => {
	it('POSTs the JSON with the Bearer token and JSON content type, once', async () => {
		const target = await receiver();
		const sender = createWebhookSender({ token: TOKEN, retryDelayMs: 10 });

		const record = await sender.send(`${target.url}/webhook/retm`, customerCreated);

		expect(record.delivered).toBe(true);
		expect(record.attempts).toHaveLength(1);
		expect(record.attempts[0]).toMatchObject({ status: 200, body: { ok: true }, error: null });
		expect(record.errorWebhook).toBeUndefined();
		expect(target.received).toHaveLength(1);
		const [request] = target.received;
		expect(request).toMatchObject({ method: 'POST', path: '/webhook/retm', json: customerCreated });
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(request.headers['content-type']).toBe('application/json');
	});

	it('counts any 2xx as delivered', async () => {
		const target = await receiver(() => ({ status: 204 }));
		const record = await createWebhookSender({ token: TOKEN }).send(target.url, customerCreated);
		expect(record).toMatchObject({ delivered: true, attempts: [{ status: 204, body: '' }] });
	});
});

describe('retries', () => {
	it('retries after failures and stops at the first 2xx', async () => {
		const target = await receiver(failing(2));
		const sender = createWebhookSender({ token: TOKEN, retryDelayMs: 10 });

		const record = await sender.send(target.url, customerCreated);

		expect(record.delivered).toBe(true);
		expect(record.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 200]);
		expect(target.received).toHaveLength(3);
		expect(
			target.received.every((request) => request.text === JSON.stringify(customerCreated)),
		).toBe(true);
		expect(record.errorWebhook).toBeUndefined();
	});

	it('treats a redirect or a 4xx as a failure too', async () => {
		const target = await receiver(
			(_, index) => [{ status: 302 }, { status: 401 }, { status: 200 }][index],
		);
		const record = await createWebhookSender({ token: TOKEN, retryDelayMs: 5 }).send(
			target.url,
			{},
		);
		expect(record.attempts.map((attempt) => attempt.status)).toEqual([302, 401, 200]);
	});

	it('waits retryDelayMs between attempts', async () => {
		const target = await receiver(failing(2));
		await createWebhookSender({ token: TOKEN, retryDelayMs: 120 }).send(target.url, {});
		const [first, second, third] = target.received.map((request) => request.at);
		expect(second - first).toBeGreaterThanOrEqual(110);
		expect(third - second).toBeGreaterThanOrEqual(110);
	});

	it('makes 1 + retries attempts and honours a per-send override', async () => {
		const target = await receiver(failing(100));
		const sender = createWebhookSender({ token: TOKEN, retryDelayMs: 5, retries: 1 });

		expect((await sender.send(target.url, {})).attempts).toHaveLength(2);
		expect((await sender.send(target.url, {}, { retries: 0 })).attempts).toHaveLength(1);
		expect(target.received).toHaveLength(3);
	});
});

describe('when every attempt fails', () => {
	it('POSTs the error webhook { code, endpoint, message } after 4 attempts', async () => {
		const target = await receiver(failing(100, 503));
		const errors = await receiver();
		const sender = createWebhookSender({
			token: TOKEN,
			retryDelayMs: 5,
			errorUrl: `${errors.url}/errors`,
		});
		const url = `${target.url}/webhook/retm`;

		const record = await sender.send(url, customerCreated);

		expect(record.delivered).toBe(false);
		expect(record.attempts.map((attempt) => attempt.status)).toEqual([503, 503, 503, 503]);
		expect(errors.received).toHaveLength(1);
		const [errorRequest] = errors.received;
		expect(errorRequest.path).toBe('/errors');
		expect(errorRequest.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(errorRequest.headers['content-type']).toBe('application/json');
		expect(errorRequest.json).toEqual({
			code: 503,
			endpoint: url,
			message: expect.stringContaining('HTTP 503'),
		});
		expect(record.errorWebhook).toMatchObject({
			url: `${errors.url}/errors`,
			body: errorRequest.json,
			status: 200,
		});
	});

	it('reports code 0 when the receiver never answers in time', async () => {
		const target = await receiver(() => ({ delayMs: 400 }));
		const errors = await receiver();
		const sender = createWebhookSender({
			token: TOKEN,
			retries: 1,
			retryDelayMs: 5,
			timeoutMs: 60,
			errorUrl: errors.url,
		});

		const started = Date.now();
		const record = await sender.send(target.url, customerCreated);

		expect(Date.now() - started).toBeLessThan(400);
		expect(record.delivered).toBe(false);
		for (const attempt of record.attempts) {
			expect(attempt).toMatchObject({ status: 0, body: null, error: 'timed out after 60 ms' });
			expect(attempt.ms).toBeGreaterThanOrEqual(55);
		}
		expect(errors.received[0].json).toMatchObject({
			code: 0,
			endpoint: target.url,
			message: expect.stringContaining('timed out'),
		});
	});

	it('reports code 0 when the connection is refused or reset', async () => {
		const dropped = await receiver(() => ({ drop: true }));
		const closed = await startRecordingReceiver();
		await closed.close();
		const errors = await receiver();
		const sender = createWebhookSender({
			token: TOKEN,
			retries: 1,
			retryDelayMs: 5,
			errorUrl: errors.url,
		});

		const reset = await sender.send(dropped.url, {});
		const refused = await sender.send(closed.url, {});

		expect(reset.attempts[0]).toMatchObject({
			status: 0,
			error: expect.stringMatching(/^ECONNRESET/),
		});
		expect(refused.attempts[0]).toMatchObject({
			status: 0,
			error: expect.stringMatching(/^ECONNREFUSED/),
		});
		expect(errors.received.map((request) => request.json.code)).toEqual([0, 0]);
		expect(errors.received.map((request) => request.json.endpoint)).toEqual([
			dropped.url,
			closed.url,
		]);
	});

	it('reports the last status when failures differ', async () => {
		const target = await receiver((_, index) => ({ status: [500, 502, 503, 429][index] }));
		const errors = await receiver();
		const record = await createWebhookSender({
			token: TOKEN,
			retryDelayMs: 5,
			errorUrl: errors.url,
		}).send(target.url, {});
		expect(record.errorWebhook.body.code).toBe(429);
	});

	it('sends no error webhook without an errorUrl, or when a send turns it off', async () => {
		const target = await receiver(failing(100));
		const errors = await receiver();
		const withoutUrl = await createWebhookSender({ token: TOKEN, retries: 0 }).send(target.url, {});
		const turnedOff = await createWebhookSender({
			token: TOKEN,
			retries: 0,
			errorUrl: errors.url,
		}).send(target.url, {}, { errorUrl: null });
		expect(withoutUrl.errorWebhook).toBeUndefined();
		expect(turnedOff.errorWebhook).toBeUndefined();
		expect(errors.received).toHaveLength(0);
	});
});

describe('what tests can send on purpose', () => {
	it('sends no Authorization for a null token, another for an override', async () => {
		const target = await receiver();
		const sender = createWebhookSender({ token: TOKEN });
		await sender.send(target.url, {}, { token: null });
		await sender.send(target.url, {}, { token: 'wrong-token' });
		await createWebhookSender().send(target.url, {});
		expect(target.received[0].headers.authorization).toBeUndefined();
		expect(target.received[1].headers.authorization).toBe('Bearer wrong-token');
		expect(target.received[2].headers.authorization).toBeUndefined();
	});

	it('sends a raw string body with a custom content type as is', async () => {
		const target = await receiver();
		const sender = createWebhookSender({ token: TOKEN });
		await sender.send(target.url, '{"event": "customer.created", ', { contentType: 'text/plain' });
		expect(target.received[0].text).toBe('{"event": "customer.created", ');
		expect(target.received[0].headers['content-type']).toBe('text/plain');
	});

	it('adds extra headers', async () => {
		const target = await receiver();
		await createWebhookSender({ token: TOKEN }).send(
			target.url,
			{},
			{ headers: { 'X-Request-Id': 'abc' } },
		);
		expect(target.received[0].headers['x-request-id']).toBe('abc');
	});
});

describe('the log', () => {
	it('keeps every attempt and the error webhook, in order, without the token', async () => {
		const target = await receiver(failing(100));
		const errors = await receiver();
		const sender = createWebhookSender({
			token: TOKEN,
			retries: 2,
			retryDelayMs: 5,
			errorUrl: errors.url,
		});

		await sender.send(target.url, customerCreated);

		expect(sender.log.map((entry) => [entry.kind, entry.url, entry.status])).toEqual([
			['delivery', target.url, 500],
			['delivery', target.url, 500],
			['delivery', target.url, 500],
			['error-webhook', errors.url, 200],
		]);
		expect(sender.log[0]).toMatchObject({
			request: { body: customerCreated },
			body: { error: 'nope' },
			error: null,
		});
		expect(sender.log[0].request.headers.Authorization).toBe('Bearer [redacted]');
		expect(JSON.stringify(sender.log)).not.toContain(TOKEN);
	});
});
