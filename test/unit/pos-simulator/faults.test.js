'use strict';

const { createFaults } = require('../../pos-simulator/faults');
const { startRetmSimulator } = require('../../pos-simulator/retm/server');
const { httpRequest } = require('../../pos-simulator/http-request');

const TOKEN = 'fault-test-token';
const CUSTOMERS = '/api/v2/customers/list';
const BRANCHES = '/api/v2/branches/list';
const CREATE_TAX = '/api/v2/taxes/create';
const newTax = { name: { en: 'Levy', ar: 'رسم' }, type: 1, value: '1.000' };

describe('createFaults()', () => {
	it.each([
		[{}],
		[{ status: 200 }],
		[{ status: 500, drop: true }],
		[{ delayMs: 5, after: true }],
		[{ retryAfter: '1' }],
		[{ status: 429, times: 0 }],
		[{ delayMs: -1 }],
	])('refuses the spec %p', (spec) => {
		expect(() => createFaults().queue(spec)).toThrow(TypeError);
	});

	it('serves faults first queued first, each for its number of times', () => {
		const faults = createFaults();
		faults.queue({ status: 429, times: 2 });
		faults.queue({ status: 500 });
		const served = [1, 2, 3, 4].map(() => faults.take('GET', '/x')?.status ?? null);
		expect(served).toEqual([429, 429, 500, null]);
		expect(faults.pending()).toEqual([]);
	});

	it('matches path and method when given, and leaves other requests alone', () => {
		const faults = createFaults();
		faults.queue({ status: 503, path: CUSTOMERS, method: 'GET' });
		expect(faults.take('GET', BRANCHES)).toBeNull();
		expect(faults.take('POST', CUSTOMERS)).toBeNull();
		expect(faults.take('GET', CUSTOMERS)).toMatchObject({ status: 503, hits: 1, remaining: 0 });
	});

	it('clears what is queued', () => {
		const faults = createFaults();
		faults.queue({ drop: true, times: 3 });
		expect(faults.pending()).toHaveLength(1);
		faults.clear();
		expect(faults.take('GET', '/x')).toBeNull();
	});
});

describe('faults on the RETM simulator', () => {
	let sim;
	beforeAll(async () => {
		sim = await startRetmSimulator({ accessToken: TOKEN, customers: 50 });
	});
	afterAll(() => sim.close());
	afterEach(() => sim.reset());

	const call = (path, { method = 'GET', body, timeoutMs = 5000 } = {}) =>
		httpRequest(sim.url + path, {
			method,
			body,
			headers: { Authorization: `Bearer ${TOKEN}` },
			timeoutMs,
		});

	it('answers 429 + Retry-After on the given path `times` times, then recovers', async () => {
		sim.faults.queue({ status: 429, retryAfter: '1', times: 2, path: CUSTOMERS });

		const first = await call(CUSTOMERS);
		const unrelated = await call(BRANCHES);
		const second = await call(CUSTOMERS);
		const third = await call(CUSTOMERS);

		expect(first.status).toBe(429);
		expect(first.headers['retry-after']).toBe('1');
		expect(first.json).toEqual({ message: 'Too Many Attempts.' });
		expect(unrelated.status).toBe(200);
		expect(second.status).toBe(429);
		expect(third.status).toBe(200);
		expect(third.json.items).toHaveLength(25);
		expect(sim.requests.map((request) => request.status)).toEqual([429, 200, 429, 200]);
		expect(sim.requests[0].fault).toEqual({ status: 429, retryAfter: '1' });
	});

	it('sends Retry-After as an HTTP date when given a Date', async () => {
		const when = new Date(Date.UTC(2030, 0, 2, 3, 4, 5));
		sim.faults.queue({ status: 429, retryAfter: when });
		const response = await call(CUSTOMERS);
		expect(response.headers['retry-after']).toBe('Wed, 02 Jan 2030 03:04:05 GMT');
	});

	it.each([
		[500, 'Server Error'],
		[502, 'Bad Gateway'],
		[503, 'Service Unavailable'],
		[504, 'Gateway Timeout'],
	])('answers %i with a RETM error body', async (status, message) => {
		sim.faults.queue({ status });
		const response = await call(BRANCHES);
		expect(response.status).toBe(status);
		expect(response.json).toEqual({ message });
		expect(response.headers['retry-after']).toBeUndefined();
	});

	it('uses a custom body when the fault has one', async () => {
		sim.faults.queue({ status: 500, body: '<html>upstream</html>' });
		const response = await call(BRANCHES);
		expect(response.text).toBe('<html>upstream</html>');
	});

	it('answers a create with the fault before the handler, so nothing is stored', async () => {
		const before = sim.store.taxes.length;
		sim.faults.queue({ status: 503, path: CREATE_TAX });
		const response = await call(CREATE_TAX, { method: 'POST', body: newTax });
		expect(response.status).toBe(503);
		expect(sim.store.taxes).toHaveLength(before);
		expect(sim.requests[0]).toMatchObject({ body: newTax, status: 503 });
	});

	it('slows an answer down by delayMs and then answers normally', async () => {
		sim.faults.queue({ delayMs: 300 });
		const response = await call(CUSTOMERS);
		expect(response.status).toBe(200);
		expect(response.ms).toBeGreaterThanOrEqual(290);
		expect(response.json.items).toHaveLength(25);
	});

	it('lets a client deadline fire on a slow answer', async () => {
		sim.faults.queue({ delayMs: 500 });
		await expect(call(CUSTOMERS, { timeoutMs: 100 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
	});

	it('can delay an error too', async () => {
		sim.faults.queue({ delayMs: 150, status: 504 });
		const response = await call(CUSTOMERS);
		expect(response.status).toBe(504);
		expect(response.ms).toBeGreaterThanOrEqual(140);
	});

	it('drops the connection without answering', async () => {
		sim.faults.queue({ drop: true });
		await expect(call(CUSTOMERS)).rejects.toMatchObject({ code: 'ECONNRESET' });
		expect(sim.requests[0]).toMatchObject({ dropped: true, status: null });
		expect((await call(CUSTOMERS)).status).toBe(200);
	});

	it('drops a create before the handler, so nothing is stored', async () => {
		const before = sim.store.taxes.length;
		sim.faults.queue({ drop: true, path: CREATE_TAX });
		await expect(call(CREATE_TAX, { method: 'POST', body: newTax })).rejects.toMatchObject({
			code: 'ECONNRESET',
		});
		expect(sim.store.taxes).toHaveLength(before);
	});

	it('with after, stores the create and then drops the connection', async () => {
		const before = sim.store.taxes.length;
		sim.faults.queue({ drop: true, after: true, path: CREATE_TAX });
		await expect(call(CREATE_TAX, { method: 'POST', body: newTax })).rejects.toMatchObject({
			code: 'ECONNRESET',
		});
		expect(sim.store.taxes).toHaveLength(before + 1);
		expect(sim.store.taxes.at(-1).name).toEqual(newTax.name);
		expect(sim.requests[0]).toMatchObject({ dropped: true, fault: { drop: true, after: true } });
	});

	it('with after, runs the create and then answers the error status anyway', async () => {
		const before = sim.store.taxes.length;
		sim.faults.queue({ status: 502, after: true });
		const response = await call(CREATE_TAX, { method: 'POST', body: newTax });
		expect(response.status).toBe(502);
		expect(sim.store.taxes).toHaveLength(before + 1);
	});

	it('reset() clears faults that were never served', async () => {
		sim.faults.queue({ status: 500, times: 5 });
		sim.reset();
		expect((await call(BRANCHES)).status).toBe(200);
	});
});

describe('closing a simulator with a slow answer pending', () => {
	it('does not wait for the delay', async () => {
		const sim = await startRetmSimulator({ accessToken: TOKEN, customers: 5 });
		sim.faults.queue({ delayMs: 60000 });
		const pending = httpRequest(`${sim.apiUrl}/branches/list`, {
			headers: { Authorization: `Bearer ${TOKEN}` },
		}).catch((error) => error);
		await new Promise((resolve) => setTimeout(resolve, 50));

		const started = Date.now();
		await sim.close();
		expect(Date.now() - started).toBeLessThan(1000);
		expect(await pending).toMatchObject({ code: 'ECONNRESET' });
	});
});
