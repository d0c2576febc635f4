'use strict';
// The Flavours node's failure modes, run by n8n's engine against the local Flavours simulator over
// real HTTP: those flavours-node.test.js does not cover (it has 400, 401, 404, 422, a 429 and 5xx
// recovered, 500, a 502 write, dropped connections, a server that is not there).
const { flavoursNode } = require('../../helpers/flavoursNode');
const { startFlavoursSimulator } = require('../../pos-simulator');
const { SUBSCRIBER_NEEDS_MARKET } = require('../../pos-simulator/flavours/listing');

const ACCESS_TOKEN = 'flavours-errors-token-8c21';
let sim;

beforeAll(async () => {
	sim = await startFlavoursSimulator({ accessToken: ACCESS_TOKEN, customers: 1000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const { run, calls, json } = flavoursNode({ simulator: () => sim, accessToken: ACCESS_TOKEN });
const ids = (records) => records.map((record) => record.id);

describe('403: the account may not do this', () => {
	beforeEach(() => {
		sim.store.users[0].role = 'SUBSCRIBER';
	});

	test("a SUBSCRIBER listing branches without a market gets Flavours' message, once", async () => {
		const result = await run({ resource: 'branch', operation: 'getAll', returnAll: true });
		expect(result.error.message).toBe(`Flavours 403: ${SUBSCRIBER_NEEDS_MARKET} (GET /branches)`);
		expect(result.error.httpCode).toBe('403');
		expect(result.error.description).toMatch(
			/SUBSCRIBER account must name a market on every list: set Default Market ID/,
		);
		expect(calls('/branches')).toHaveLength(1);
		expect(JSON.stringify(result.error)).not.toContain(ACCESS_TOKEN);
	});

	test("with the credential's Default Market ID the same list works", async () => {
		const result = await run(
			{ resource: 'branch', operation: 'getAll', returnAll: true },
			{ defaultMarketId: '2' },
		);
		expect(result.error).toBeUndefined();
		expect(ids(json(result))).toEqual(
			ids(sim.store.branches.filter((branch) => branch.market_id === 2)),
		);
		// The markets list, where a subscriber finds its market, needs none.
		const markets = await run({ resource: 'market', operation: 'getAll', returnAll: true });
		expect(markets.error).toBeUndefined();
	});
});

describe('retries running out', () => {
	test.each([
		[429, 'Too Many Attempts.', /^Flavours is limiting requests\. Wait a minute/],
		[503, 'Service Unavailable', /^Flavours had a problem answering\. Try again later/],
		[504, 'Gateway Timeout', /^Flavours had a problem answering\. Try again later/],
	])(
		'%i on every try: sent 4 times (3 retries), then an error that says to wait',
		async (status, text, wait) => {
			sim.faults.queue({ status, retryAfter: 0, times: 5, path: '/api/v2/markets' });
			const result = await run({ resource: 'market', operation: 'getAll', returnAll: true });
			expect(result.error.message).toBe(`Flavours ${status}: ${text} (GET /markets)`);
			expect(result.error.httpCode).toBe(String(status));
			expect(result.error.description).toMatch(wait);
			expect(calls('/markets').map((call) => call.status)).toEqual(Array(4).fill(status));
			// The fifth failure was never asked for.
			expect(sim.faults.pending()).toEqual([expect.objectContaining({ remaining: 1 })]);
		},
	);
});

describe('writes', () => {
	const newCustomer = {
		resource: 'customer',
		operation: 'create',
		name: 'Reem Al-Harbi',
		phone: '500123456',
		// The create page requires the prefix; the node offers it among the additional fields.
		additionalFields: { phone_prefix: '966' },
	};
	const stored = () =>
		sim.store.customers.filter((entry) => entry.user.phone === newCustomer.phone);

	test('a create answered 503 (Flavours did not act) is sent again and exists exactly once', async () => {
		const before = sim.store.customers.length;
		sim.faults.queue({ status: 503, retryAfter: 0, path: '/api/v2/users/customers' });
		const result = await run(newCustomer);
		expect(result.error).toBeUndefined();
		expect(calls('/users/customers', 'POST').map((call) => call.status)).toEqual([503, 201]);
		expect(stored()).toHaveLength(1);
		expect(sim.store.customers).toHaveLength(before + 1);
		expect(ids(json(result))).toEqual(ids(stored()));
	});

	test('a create answered 504 after Flavours acted is reported, not repeated', async () => {
		sim.faults.queue({ status: 504, after: true, path: '/api/v2/users/customers' });
		const result = await run(newCustomer);
		expect(result.error.message).toBe('Flavours 504: Gateway Timeout (POST /users/customers)');
		expect(calls('/users/customers', 'POST')).toHaveLength(1);
		expect(stored()).toHaveLength(1);
	});

	test('a create whose connection dropped at the server before it acted is not sent again either', async () => {
		// The node cannot tell this from a drop after the create (flavours-node.test.js), so it never repeats.
		const before = sim.store.customers.length;
		sim.faults.queue({ drop: true, path: '/api/v2/users/customers' });
		const result = await run(newCustomer);
		expect(result.error.message).toBe(
			'Could not reach the API: the connection was closed before an answer came (POST /api/v2/users/customers)',
		);
		expect(result.error.description).toMatch(/may or may not have been carried out/);
		expect(calls('/users/customers', 'POST')).toHaveLength(1);
		expect(stored()).toHaveLength(0);
		expect(sim.store.customers).toHaveLength(before);
	});
});

describe('Retry-After', () => {
	test('an HTTP date on a 503: the retry waits until then', async () => {
		const until = new Date(Date.now() + 2000);
		sim.faults.queue({ status: 503, retryAfter: until, path: '/api/v2/discounts' });
		const result = await run({ resource: 'discount', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const [refused, retried] = calls('/discounts');
		expect([refused.status, retried.status]).toEqual([503, 200]);
		// The header has whole seconds; the retry comes no earlier than the second it names.
		const named = Math.floor(until.getTime() / 1000) * 1000;
		expect(Date.parse(retried.at)).toBeGreaterThanOrEqual(named - 5);
	});

	test('longer than the 30 s the retries may wait in all: reported at once, not waited', async () => {
		sim.faults.queue({ status: 429, retryAfter: 120, path: '/api/v2/discounts' });
		const result = await run({ resource: 'discount', operation: 'getAll', returnAll: true });
		expect(result.error.message).toBe('Flavours 429: Too Many Attempts. (GET /discounts)');
		expect(result.error.description).toMatch(/Wait a minute/);
		expect(calls('/discounts')).toHaveLength(1);
	});
});

describe('an API that does not page', () => {
	beforeEach(() => sim.unpaginated.add('/users/customers'));

	test('a plain array is the whole list: Return All asks once and has each record once', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(ids(json(result))).toEqual(ids(sim.store.customers));
		expect(calls('/users/customers')).toHaveLength(1);
	});

	test('with a Limit: the first records, from the one answer', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', limit: 250 });
		expect(ids(json(result))).toEqual(ids(sim.store.customers.slice(0, 250)));
		expect(calls('/users/customers')).toHaveLength(1);
	});
});
