'use strict';

const { startFlavoursSimulator } = require('../../pos-simulator/flavours/server');
const { createFlavoursStore } = require('../../pos-simulator/flavours/store');
const { SUBSCRIBER_NEEDS_MARKET } = require('../../pos-simulator/flavours/listing');
const { httpRequest } = require('../../pos-simulator/http-request');
const { contract, example } = require('../../fixtures/contracts');

const TOKEN = 'flavours-sim-token-41c7';
const ARABIC = /[\u0600-\u06FF]/;

let sim;

beforeAll(async () => {
	sim = await startFlavoursSimulator({ accessToken: TOKEN });
});
afterAll(() => sim.close());
afterEach(() => sim.reset());

function call(path, { method = 'GET', body, token = TOKEN, version, url = sim.apiUrl } = {}) {
	const headers = token === null ? {} : { Authorization: `Bearer ${token}` };
	if (version !== undefined) headers['X-API-Version'] = version;
	return httpRequest(`${url}${path}`, { method, body, headers, timeoutMs: 5000 });
}
const post = (path, body, options = {}) => call(path, { ...options, method: 'POST', body });

const success = (code, data, message = 'OK') => ({
	meta: { code, status: 'success', message },
	data,
});
const error = (code, message) => ({ meta: { code, status: 'error', message }, data: null });
const ids = (records) => records.map((record) => record.id);

/**
 * The field -> [messages] a 422 names, after checking it is in the documented shape: the
 * fixture's envelope, one { code, message, field } per problem, meta.message the first problem
 * with "(and N more errors)".
 */
function problems(response) {
	const documented = contract('flavours/errors/validation');
	expect(response.status).toBe(documented.status);
	expect(Object.keys(response.json).sort()).toEqual(Object.keys(documented.example).sort());
	const { meta, data } = response.json;
	expect(meta).toMatchObject({
		code: documented.example.meta.code,
		status: documented.example.meta.status,
	});
	expect(Array.isArray(data)).toBe(true);
	expect(data.length).toBeGreaterThan(0);
	const entryKeys = Object.keys(documented.example.data[0]).sort();
	for (const entry of data) {
		expect(Object.keys(entry).sort()).toEqual(entryKeys);
		expect(entry.code).toBe(documented.example.data[0].code);
	}
	const more = data.length - 1;
	// [guess] the singular for one more; the docs show only the plural.
	const tail = more === 0 ? '' : more === 1 ? ' (and 1 more error)' : ` (and ${more} more errors)`;
	expect(meta.message).toBe(`${data[0].message}${tail}`);
	const byField = {};
	for (const { field, message } of data) (byField[field] ??= []).push(message);
	return byField;
}

// A documented request body, with the records it names swapped for ones the simulator holds.
function documentedBody(name, { market = sim.store.markets[0] } = {}) {
	const body = example(name);
	if ('market_id' in body) body.market_id = market.id;
	if ('category_id' in body) body.category_id = sim.store.productCategories[0].id;
	if ('product_category_id' in body) body.product_category_id = sim.store.productCategories[0].id;
	return body;
}
const newBranch = (options) =>
	documentedBody('flavours/endpoints/branches.create.request', options);

describe('server', () => {
	it('listens on 127.0.0.1 with a port of its own, the API under /api/v2', () => {
		expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(sim.port).toBeGreaterThan(0);
		expect(sim.apiUrl).toBe(`${sim.url}/api/v2`);
	});
});

describe('authentication', () => {
	it.each([
		['no Authorization header', null],
		['a wrong token', 'not-the-token'],
		['an empty token', ''],
	])('answers 401 Unauthenticated in the envelope for %s', async (_, token) => {
		const response = await call('/markets', { token });
		expect(response.status).toBe(401);
		expect(response.json).toEqual(error(401, 'Unauthenticated.'));
	});

	it('refuses the right token under another scheme', async () => {
		const response = await httpRequest(`${sim.apiUrl}/markets`, {
			headers: { Authorization: `Basic ${TOKEN}` },
		});
		expect(response.status).toBe(401);
	});

	it('does not let an unauthenticated create reach the store', async () => {
		const before = sim.store.branches.length;
		const response = await post('/branches', { market_id: 1, name_en: 'X' }, { token: 'wrong' });
		expect(response.status).toBe(401);
		expect(sim.store.branches).toHaveLength(before);
	});

	it('records requests with the token redacted', async () => {
		await call('/users/customers?page=2&per_page=3', { version: '2.1.0' });
		const record = sim.requests.at(-1);
		expect(record).toMatchObject({
			method: 'GET',
			path: '/api/v2/users/customers',
			query: { page: '2', per_page: '3' },
			status: 200,
			dropped: false,
			fault: null,
		});
		expect(record.headers.authorization).toBe('Bearer [redacted]');
		expect(record.headers['x-api-version']).toBe('2.1.0');
		expect(JSON.stringify(sim.requests)).not.toContain(TOKEN);
	});
});

describe('the { meta, data } envelope', () => {
	it('wraps a record', async () => {
		const response = await call('/me');
		expect(response.status).toBe(200);
		expect(response.json).toEqual(success(200, sim.store.users[0]));
	});

	// doc.flavours.sa branch/createBranch: 200 with its own message, the branch and its shift.
	it('answers a branch create 200 with the record', async () => {
		const market = sim.store.markets[1];
		const body = newBranch({ market });
		const response = await post('/branches', body);
		expect(response.status).toBe(200);
		expect(response.json.meta).toEqual({
			code: 200,
			status: 'success',
			message: 'Branch created successfully.',
		});
		expect(response.json.data).toEqual({
			...sim.store.branches.at(-1),
			level: null,
			shift: { day: expect.any(String), min: expect.any(Number), max: expect.any(Number) },
		});
		expect(response.json.data).toMatchObject(body);
	});

	it('answers a create no page shows 201 Created with the record', async () => {
		const branch = sim.store.branches[0];
		const response = await post('/tables', { branch_id: branch.id, name: 'Patio 1' });
		expect(response.status).toBe(201);
		expect(response.json.meta).toEqual({ code: 201, status: 'success', message: 'Created' });
		expect(response.json.data).toEqual(sim.store.tables.at(-1));
	});

	it('answers a delete with data null', async () => {
		const table = sim.store.tables[0];
		const response = await call(`/tables/${table.id}`, { method: 'DELETE' });
		expect(response.json).toEqual(success(200, null));
		expect(sim.store.find('tables', table.id)).toBeUndefined();
	});

	it.each([
		['/branches/999', 'Branch not found.'],
		['/users/customers/999999', 'Customer not found.'],
		['/orders/1', 'Record not found.'],
	])('answers 404 for %s with meta.message and data null', async (path, message) => {
		const response = await call(path);
		expect(response.status).toBe(404);
		expect(response.json).toEqual(error(404, message));
	});

	it('answers an unknown route 404 and a wrong method 405 with Allow, in the envelope', async () => {
		const missing = await call('/nothing/here');
		expect(missing.status).toBe(404);
		expect(missing.json).toEqual(error(404, 'The route api/v2/nothing/here could not be found.'));
		const wrong = await call('/markets', { method: 'DELETE' });
		expect(wrong.status).toBe(405);
		expect(wrong.headers.allow).toBe('GET');
		expect(wrong.json.meta.code).toBe(405);
	});

	it('answers 400 to a body that is not JSON and stores nothing', async () => {
		const before = sim.store.branches.length;
		const response = await post('/branches', '{"name_en": ');
		expect(response.status).toBe(400);
		expect(response.json).toEqual(error(400, 'The request body is not valid JSON.'));
		expect(sim.store.branches).toHaveLength(before);
	});
});

describe('the Laravel paginator over 10,000 customers', () => {
	it('answers 20 by default with every paginator field, links absolute on the host called', async () => {
		const { status, json } = await call('/users/customers');
		expect(status).toBe(200);
		const path = `${sim.apiUrl}/users/customers`;
		expect(json).toEqual(
			success(200, {
				current_page: 1,
				current_page_url: `${path}?page=1&per_page=20`,
				data: sim.store.customers.slice(0, 20),
				first_page_url: `${path}?page=1&per_page=20`,
				from: 1,
				last_page: 500,
				last_page_url: `${path}?page=500&per_page=20`,
				next_page_url: `${path}?page=2&per_page=20`,
				path,
				per_page: 20,
				prev_page_url: null,
				to: 20,
				total: 10000,
			}),
		);
	});

	it('returns every customer exactly once when following next_page_url to the end', async () => {
		const seen = [];
		let next = `${sim.apiUrl}/users/customers?per_page=100`;
		let pages = 0;
		while (next) {
			const { json } = await call('', { url: next });
			seen.push(...ids(json.data.data));
			expect(json.data.last_page).toBe(100);
			next = json.data.next_page_url;
			pages++;
		}
		expect(pages).toBe(100);
		expect(seen).toEqual(ids(sim.store.customers));
	});

	it('makes the last page short, its next_page_url null, and pages past the end empty', async () => {
		const last = await call('/users/customers?page=134&per_page=75');
		expect(last.json.data).toMatchObject({
			current_page: 134,
			last_page: 134,
			from: 133 * 75 + 1,
			to: 10000,
			next_page_url: null,
			prev_page_url: `${sim.apiUrl}/users/customers?page=133&per_page=75`,
		});
		expect(last.json.data.data).toHaveLength(10000 - 133 * 75);

		const past = await call('/users/customers?page=135&per_page=75');
		expect(past.status).toBe(200);
		expect(past.json.data).toMatchObject({ data: [], from: null, to: null, next_page_url: null });
	});

	it('accepts per_page 100 and refuses 101 with 422, meta.message and the field', async () => {
		expect((await call('/users/customers?per_page=100')).json.data.data).toHaveLength(100);
		const tooMany = await call('/users/customers?per_page=101');
		expect(problems(tooMany)).toEqual({
			per_page: ['The per page field must not be greater than 100.'],
		});
	});

	it.each([
		['page=0', 'page'],
		['page=two', 'page'],
		['per_page=0', 'per_page'],
	])('refuses %s with 422 naming %s', async (query, field) => {
		expect(Object.keys(problems(await call(`/users/customers?${query}`)))).toEqual([field]);
	});

	it('answers every list in the same paginator', async () => {
		for (const [path, collection] of [
			['/markets', 'markets'],
			['/branches', 'branches'],
			['/tables', 'tables'],
			['/products', 'products'],
			['/product-categories', 'productCategories'],
			['/discounts', 'discounts'],
			['/payment-methods', 'paymentMethods'],
			['/orders', 'orders'],
		]) {
			const { json } = await call(`${path}?per_page=100`);
			expect(json.data).toMatchObject({ current_page: 1, last_page: 1 });
			expect(json.data.total).toBe(sim.store[collection].length);
			expect(ids(json.data.data)).toEqual(ids(sim.store[collection]));
		}
	});
});

describe('includes[], filter[...], search and sort', () => {
	it('includes[] adds each related record', async () => {
		const { json } = await call('/branches?includes[]=market');
		for (const branch of json.data.data)
			expect(branch.market).toEqual(sim.store.find('markets', branch.market_id));

		const products = await call('/products?includes[]=category&includes[]=modifiers&per_page=3');
		for (const product of products.json.data.data) {
			expect(product.category.id).toBe(product.product_category_id);
			expect(product.modifiers).toEqual(sim.store.find('products', product.id).modifiers);
		}
	});

	it('refuses an include the list does not have with 422, naming it', async () => {
		const response = await call('/branches?includes[]=market&includes[]=owner');
		expect(problems(response)).toEqual({ includes: ['Unknown includes: owner.'] });
	});

	it('filter[market_id], filter[branch_id] and filter[is_active] narrow the list', async () => {
		const second = sim.store.markets[1].id;
		const market = await call(`/users/customers?filter[market_id]=${second}&per_page=100`);
		expect(market.json.data.total).toBe(1000);
		expect(market.json.data.data.every((customer) => customer.market_id === second)).toBe(true);

		const branch = sim.store.branches[1];
		const inactive = await call(`/tables?filter[branch_id]=${branch.id}&filter[is_active]=0`);
		expect(ids(inactive.json.data.data)).toEqual(
			ids(sim.store.tables.filter((t) => t.branch_id === branch.id && !t.is_active)),
		);
		expect(inactive.json.data.data).toHaveLength(1);
	});

	it('search looks in the record and its user, ignoring case', async () => {
		const byAddress = await call('/branches?search=jeddah');
		expect(byAddress.json.data.data.map((branch) => branch.address)).toEqual([
			expect.stringContaining('Jeddah'),
		]);
		const customer = sim.store.customers[4321];
		const byPhone = await call(`/users/customers?search=${customer.user.phone}`);
		expect(ids(byPhone.json.data.data)).toEqual([customer.id]);
	});

	it('sort orders by a field, descending with a leading minus', async () => {
		const names = (response) => response.json.data.data.map((branch) => branch.name_en);
		const sorted = sim.store.branches.map((branch) => branch.name_en).sort();
		expect(names(await call('/branches?sort=name_en'))).toEqual(sorted);
		expect(names(await call('/branches?sort=-name_en'))).toEqual([...sorted].reverse());
		const customers = await call('/users/customers?sort=-id&per_page=2');
		const descending = ids(sim.store.customers).sort().reverse();
		expect(ids(customers.json.data.data)).toEqual(descending.slice(0, 2));
	});
});

describe('X-API-Version', () => {
	const product = () => sim.store.products[0];
	// The documented create body of `version`, sent under the field names `names` instead.
	const asNamed = (version, names) => {
		const body = documentedBody(`flavours/endpoints/products.create.request.v${version}`);
		const [category, duration] =
			version === '2.3.0'
				? ['category_id', 'duration']
				: ['product_category_id', 'preparation_time'];
		const { [category]: categoryId, [duration]: minutes, ...rest } = body;
		return { ...rest, [names[0]]: categoryId, [names[1]]: minutes };
	};

	it.each([
		['no header (2.0.0)', 'product_category_id', 'preparation_time', undefined],
		['2.0.0', 'product_category_id', 'preparation_time', '2.0.0'],
		['2.2.0', 'product_category_id', 'preparation_time', '2.2.0'],
		['2.3.0', 'category_id', 'duration', '2.3.0'],
	])('%s names the product fields %s and %s', async (_, category, duration, version) => {
		const { json } = await call(`/products/${product().id}`, { version });
		expect(json.data[category]).toBe(product().category_id);
		expect(json.data[duration]).toBe(product().duration);
		const other = category === 'category_id' ? 'product_category_id' : 'category_id';
		expect(json.data).not.toHaveProperty(other);
	});

	it('2.3.0 creates with category_id and duration, stored as one record', async () => {
		const body = documentedBody('flavours/endpoints/products.create.request.v2.3.0');
		const response = await post('/products', body, { version: '2.3.0' });
		expect(response.status).toBe(200);
		expect(response.json.data).toMatchObject({
			category_id: body.category_id,
			duration: body.duration,
		});
		expect(sim.store.products.at(-1)).toMatchObject({
			name_en: body.name_en,
			category_id: body.category_id,
			duration: body.duration,
		});
	});

	it.each([
		['2.3.0', ['product_category_id', 'preparation_time'], ['category_id']],
		['2.0.0', ['category_id', 'duration'], ['product_category_id']],
	])('%s refuses the other version names with 422', async (version, sent, required) => {
		const before = sim.store.products.length;
		const found = problems(await post('/products', asNamed(version, sent), { version }));
		for (const field of sent)
			expect(found[field]).toEqual([
				`The ${field.replace(/_/g, ' ')} field is prohibited in API version ${version}.`,
			]);
		for (const field of required) expect(Object.keys(found)).toContain(field);
		expect(sim.store.products).toHaveLength(before);
	});

	it('refuses a version it does not know with 400 and the ones it does', async () => {
		const response = await call('/me', { version: '9.9.9' });
		expect(response.status).toBe(400);
		expect(response.json).toEqual(
			error(400, 'Unsupported X-API-Version. Use one of: 2.0.0, 2.1.0, 2.2.0, 2.3.0.'),
		);
	});
});

describe('validation errors', () => {
	it('a branch without its required fields: 422 with meta.message and each field', async () => {
		const documented = contract('flavours/endpoints/branches.create.request');
		const before = sim.store.branches.length;
		const response = await post('/branches', { latitude: 'north' });
		const expected = Object.fromEntries(
			documented.required.map((field) => [
				field,
				[`The ${field.replace(/_/g, ' ')} field is required.`],
			]),
		);
		expect(documented.types.latitude).toBe('number');
		expected.latitude = ['The latitude field must be a number.'];
		expect(problems(response)).toEqual(expected);
		expect(sim.store.branches).toHaveLength(before);
	});

	it('a customer whose phone is taken', async () => {
		const taken = sim.store.customers[0].user.phone;
		const body = { ...documentedBody('flavours/endpoints/customers.create.request'), phone: taken };
		const response = await post('/users/customers', body);
		expect(problems(response)).toEqual({ phone: ['The phone has already been taken.'] });
	});

	it('an order naming records that do not exist, each named by its path', async () => {
		const response = await post('/orders', {
			market_id: sim.store.markets[0].id,
			branch_id: 999,
			type: 'PICNIC',
			products: [{ product_id: 999, qty: 0 }],
		});
		expect(Object.keys(problems(response)).sort()).toEqual([
			'branch_id',
			'products.0.product_id',
			'products.0.qty',
			'type',
		]);
		expect(sim.store.orders).toHaveLength(0);
	});
});

describe('orders', () => {
	const order = () => ({
		market_id: sim.store.markets[0].id,
		branch_id: sim.store.branches[0].id,
		type: 'DINE_IN',
		products: [{ product_id: sim.store.products[0].id, qty: 2 }],
		discount_code: 'welcome10',
	});

	it('calculate prices without storing; create stores; checkout marks it paid', async () => {
		const price = Number(sim.store.products[0].modifiers[0].price);
		const calculated = await post('/orders/calculate', order());
		const subtotal = price * 2;
		const off = subtotal * 0.1;
		expect(calculated.json.data).toMatchObject({
			subtotal: subtotal.toFixed(2),
			discount: off.toFixed(2),
			total: ((subtotal - off) * 1.15).toFixed(2),
			discount_code: 'WELCOME10',
		});
		expect(sim.store.orders).toHaveLength(0);

		const created = await post('/orders', order());
		expect(created.status).toBe(201);
		expect(created.json.data).toMatchObject({ status: 'PENDING', payment_status: 'UNPAID' });
		const { id } = created.json.data;
		// [guess] the checkout page is not stored; methods are documented by `key` alone, which the
		// API elsewhere sends as payment_method_key.
		const { key } = example('flavours/endpoints/payment-methods.get.response').data;
		const paid = await post(`/orders/${id}/checkout`, { payment_method_key: key });
		expect(paid.json.data).toMatchObject({ status: 'COMPLETED', payment_status: 'PAID' });
		expect(paid.json.data.payments).toEqual([
			{ payment_method_key: key, amount: created.json.data.total },
		]);
		const again = await post(`/orders/${id}/checkout`, { payment_method_key: key });
		expect(problems(again)).toEqual({ order: ['The order is already paid.'] });
	});

	it('sync stores all or nothing', async () => {
		const refused = await post('/orders/sync', { orders: [order(), { ...order(), type: 'X' }] });
		expect(Object.keys(problems(refused))).toEqual(['orders.1.type']);
		expect(sim.store.orders).toHaveLength(0);
		const synced = await post('/orders/sync', { orders: [order(), order()] });
		expect(synced.json.data.synced).toBe(2);
		expect(sim.store.orders).toHaveLength(2);
	});
});

describe('a SUBSCRIBER account', () => {
	let subscriber;
	beforeAll(async () => {
		subscriber = await startFlavoursSimulator({
			accessToken: TOKEN,
			customers: 30,
			accountRole: 'SUBSCRIBER',
		});
	});
	afterAll(() => subscriber.close());
	const at = (path) => call(path, { url: subscriber.apiUrl });

	it('is refused 403 on a list that filters by market unless it names one', async () => {
		for (const path of ['/branches', '/users/customers', '/products', '/orders']) {
			const refused = await at(path);
			expect(refused.status).toBe(403);
			expect(refused.json).toEqual(error(403, SUBSCRIBER_NEEDS_MARKET));
			const allowed = await at(`${path}?filter[market_id]=1`);
			expect(allowed.status).toBe(200);
		}
	});

	it('lists markets and reads itself without one, and keeps its role after reset()', async () => {
		expect((await at('/markets')).status).toBe(200);
		subscriber.reset();
		expect((await at('/me')).json.data.role).toBe('SUBSCRIBER');
	});

	it("is the first user's role: set on the store at run time, undone by reset()", async () => {
		sim.store.users[0].role = 'SUBSCRIBER';
		expect((await call('/tables')).status).toBe(403);
		sim.reset();
		expect((await call('/tables')).status).toBe(200);
	});
});

describe('an unpaginated list', () => {
	it('answers a plain array of every record, ignoring page and per_page', async () => {
		sim.unpaginated.add('/users/customers');
		const { json } = await call('/users/customers?page=3&per_page=10&filter[market_id]=2');
		expect(json.meta.code).toBe(200);
		expect(Array.isArray(json.data)).toBe(true);
		expect(ids(json.data)).toEqual(ids(sim.store.customers.filter((c) => c.market_id === 2)));
		// Other lists still page.
		expect((await call('/branches')).json.data.current_page).toBe(1);
	});

	it('can be set at start; reset() puts the set back as started', async () => {
		const plain = await startFlavoursSimulator({
			accessToken: TOKEN,
			customers: 5,
			unpaginated: ['/tables'],
		});
		try {
			plain.unpaginated.add('/branches');
			plain.reset();
			expect([...plain.unpaginated]).toEqual(['/tables']);
			const tables = await call('/tables?includes[]=branch', { url: plain.apiUrl });
			expect(tables.json.data).toHaveLength(plain.store.tables.length);
			expect(tables.json.data[0].branch.id).toBe(plain.store.tables[0].branch_id);
		} finally {
			await plain.close();
		}
	});
});

describe('faults', () => {
	it('a status fault answers in the envelope with Retry-After, then the real answer comes', async () => {
		sim.faults.queue({ status: 429, retryAfter: 1, path: '/api/v2/markets' });
		const limited = await call('/markets');
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('1');
		expect(limited.json).toEqual(error(429, 'Too Many Attempts.'));
		expect(sim.requests.at(-1).fault).toEqual({ status: 429, retryAfter: 1 });
		expect((await call('/markets')).status).toBe(200);
	});

	it('after: the create happens, the answer is the failure anyway', async () => {
		const before = sim.store.branches.length;
		sim.faults.queue({ status: 504, after: true, path: '/api/v2/branches', method: 'POST' });
		const response = await post('/branches', newBranch());
		expect(response.status).toBe(504);
		expect(response.json).toEqual(error(504, 'Gateway Timeout'));
		expect(sim.store.branches).toHaveLength(before + 1);
	});

	it('drop: the connection closes without an answer', async () => {
		sim.faults.queue({ drop: true, path: '/api/v2/me' });
		await expect(call('/me')).rejects.toMatchObject({ code: 'ECONNRESET' });
		expect(sim.requests.at(-1).dropped).toBe(true);
	});

	it('reset() clears what is queued', async () => {
		sim.faults.queue({ status: 503, times: 3 });
		sim.reset();
		expect(sim.faults.pending()).toEqual([]);
		expect((await call('/me')).status).toBe(200);
	});
});

describe('seed data', () => {
	const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

	it('gives markets, branches, products, orders and customers UUIDs, as the docs show them', async () => {
		// The documented samples: a market in the list, a product and a customer in their payloads.
		expect(example('flavours/endpoints/markets.list.response').data.data[0].id).toMatch(UUID);
		expect(example('flavours/webhooks/products.CREATED').data.id).toMatch(UUID);
		expect(example('flavours/webhooks/customers.CREATE').data.id).toMatch(UUID);
		for (const collection of ['markets', 'branches', 'products', 'customers'])
			for (const record of sim.store[collection]) expect(record.id).toMatch(UUID);
		for (const customer of sim.store.customers.slice(0, 50)) {
			expect(customer.user.id).toMatch(UUID);
			expect(customer.user.userable_id).toBe(customer.id);
		}
		expect(new Set(ids(sim.store.customers)).size).toBe(sim.store.customers.length);
		const order = await post('/orders', {
			market_id: sim.store.markets[0].id,
			branch_id: sim.store.branches[0].id,
			type: 'TAKE_AWAY',
			products: [{ product_id: sim.store.products[0].id, qty: 1 }],
		});
		expect(order.json.data.id).toMatch(UUID);
		expect(order.json.data.market_id).toBe(sim.store.markets[0].id);
	});

	it('keeps integer ids for product categories, as the product payload shows them', () => {
		const documented = example('flavours/webhooks/products.CREATED').data.product_category_id;
		expect(Number.isInteger(documented)).toBe(true);
		for (const category of sim.store.productCategories)
			expect(Number.isInteger(category.id)).toBe(true);
		for (const product of sim.store.products)
			expect(Number.isInteger(product.category_id)).toBe(true);
	});

	it('shapes customers as the documented customer payload, key for key', () => {
		const documented = example('flavours/webhooks/customers.CREATE').data;
		const customer = sim.store.customers[0];
		for (const key of Object.keys(documented)) expect(customer).toHaveProperty([key]);
		for (const key of Object.keys(documented.user)) expect(customer.user).toHaveProperty([key]);
		expect(customer.user.name).not.toBe(documented.user.name);
	});

	it('is the same on every build and comes back after reset(), ids included', () => {
		const first = createFlavoursStore({ customers: 200 });
		const second = createFlavoursStore({ customers: 200 });
		for (const collection of first.collections)
			expect(second[collection]).toEqual(first[collection]);
		const snapshot = JSON.stringify(first.customers);
		const nextId = first.nextId('customers');
		first.customers.pop();
		first.reset();
		expect(JSON.stringify(first.customers)).toBe(snapshot);
		expect(first.nextId('customers')).toBe(nextId);
	});

	it('has names in both languages, one customer in ten in the second market', () => {
		const store = createFlavoursStore({ customers: 100 });
		for (const collection of ['markets', 'branches', 'products', 'productCategories'])
			for (const record of store[collection]) expect(record.name_ar).toMatch(ARABIC);
		const second = store.markets[1].id;
		expect(store.customers.filter((customer) => customer.market_id === second)).toHaveLength(10);
		expect(new Set(store.customers.map((customer) => customer.user.phone)).size).toBe(100);
	});
});
