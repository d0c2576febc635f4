'use strict';

const { startRetmSimulator } = require('../../pos-simulator/retm/server');
const { createRetmStore } = require('../../pos-simulator/retm/store');
const { httpRequest } = require('../../pos-simulator/http-request');
const { example } = require('../../fixtures/contracts');

const TOKEN = 'test-access-token';
const MONEY = /^\d+\.\d{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const ARABIC = /[\u0600-\u06FF]/;

let sim;

beforeAll(async () => {
	sim = await startRetmSimulator({ accessToken: TOKEN });
});
afterAll(() => sim.close());
afterEach(() => sim.reset());

function call(path, { method = 'GET', body, token = TOKEN } = {}) {
	const headers = token === null ? {} : { Authorization: `Bearer ${token}` };
	return httpRequest(`${sim.apiUrl}${path}`, { method, body, headers, timeoutMs: 5000 });
}
const post = (path, body) => call(path, { method: 'POST', body });

describe('server', () => {
	it('listens on 127.0.0.1 with a port of its own', () => {
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
	])('answers 401 Unauthenticated for %s', async (_, token) => {
		const response = await call('/branches/list', { token });
		expect(response.status).toBe(401);
		expect(response.json).toEqual({ message: 'Unauthenticated.' });
	});

	it('rejects the right token under another scheme', async () => {
		const response = await httpRequest(`${sim.apiUrl}/branches/list`, {
			headers: { Authorization: `Basic ${TOKEN}` },
		});
		expect(response.status).toBe(401);
	});

	it('does not let an unauthenticated create reach the store', async () => {
		const before = sim.store.taxes.length;
		const response = await call('/taxes/create', {
			method: 'POST',
			token: 'wrong',
			body: { name: { en: 'Levy' }, type: 1, value: 5 },
		});
		expect(response.status).toBe(401);
		expect(sim.store.taxes).toHaveLength(before);
	});

	it('records requests with the token value redacted', async () => {
		await call('/customers/list?page=2&per_page=3');
		const record = sim.requests.at(-1);
		expect(record).toMatchObject({
			method: 'GET',
			path: '/api/v2/customers/list',
			query: { page: '2', per_page: '3' },
			status: 200,
			dropped: false,
			fault: null,
		});
		expect(record.headers.authorization).toBe('Bearer [redacted]');
		expect(JSON.stringify(sim.requests)).not.toContain(TOKEN);
	});
});

describe('paging through 10,000 customers', () => {
	it('answers the first 25 by default with the pagination block', async () => {
		const { status, json } = await call('/customers/list');
		expect(status).toBe(200);
		expect(json.pagination).toEqual({
			current_page: 1,
			per_page: 25,
			total: 10000,
			last_page: 400,
		});
		expect(json.items).toEqual(sim.store.customers.slice(0, 25));
	});

	it('returns every customer exactly once when walking all pages of 100', async () => {
		const ids = [];
		for (let page = 1; ; page++) {
			const { json } = await call(`/customers/list?page=${page}&per_page=100`);
			ids.push(...json.items.map((customer) => customer.id));
			if (json.items.length < 100) break;
			expect(json.pagination.last_page).toBe(100);
		}
		expect(ids).toHaveLength(10000);
		expect(new Set(ids).size).toBe(10000);
		expect(ids).toEqual(sim.store.customers.map((customer) => customer.id));
	});

	it('makes the last page short and pages past the end empty', async () => {
		const last = await call('/customers/list?page=134&per_page=75');
		expect(last.json.pagination).toEqual({
			current_page: 134,
			per_page: 75,
			total: 10000,
			last_page: 134,
		});
		expect(last.json.items).toHaveLength(10000 - 133 * 75);
		expect(last.json.items.at(-1)).toEqual(sim.store.customers.at(-1));

		const past = await call('/customers/list?page=135&per_page=75');
		expect(past.status).toBe(200);
		expect(past.json.items).toEqual([]);
		expect(past.json.pagination.current_page).toBe(135);
	});

	it('accepts per_page 100 and refuses 101 with 422', async () => {
		expect((await call('/customers/list?per_page=100')).json.items).toHaveLength(100);
		const tooMany = await call('/customers/list?per_page=101');
		expect(tooMany.status).toBe(422);
		expect(tooMany.json).toEqual({
			message: 'The given data was invalid.',
			errors: { per_page: ['The per page field must not be greater than 100.'] },
		});
	});

	it.each([
		['page=0', 'page'],
		['page=two', 'page'],
		['per_page=0', 'per_page'],
		['per_page=2.5', 'per_page'],
	])('refuses %s with 422 naming %s', async (query, field) => {
		const { status, json } = await call(`/customers/list?${query}`);
		expect(status).toBe(422);
		expect(Object.keys(json.errors)).toEqual([field]);
	});

	it('serves customers shaped like the customer webhook, with Saudi mobiles', async () => {
		const { json } = await call('/customers/list?per_page=100');
		const documentedId = example('retm/webhooks/customer.created').customer.id;
		for (const customer of json.items) {
			expect(typeof customer.id).toBe(typeof documentedId);
			expect(customer.name).toMatch(/^[A-Z][a-z]+ Al-[A-Z][a-z]+$/);
			expect(customer.name_localized).toMatch(ARABIC);
			expect(customer.phone).toMatch(/^05\d{8}$/);
			expect(customer.email === null || /@example\.com$/.test(customer.email)).toBe(true);
			expect(customer.created_at).toMatch(DATE);
		}
	});
});

describe('a smaller store', () => {
	let small;
	beforeAll(async () => {
		small = await startRetmSimulator({ accessToken: TOKEN, customers: 37 });
	});
	afterAll(() => small.close());

	it('honours the customers count', async () => {
		const response = await httpRequest(`${small.apiUrl}/customers/list?page=2`, {
			headers: { Authorization: `Bearer ${TOKEN}` },
		});
		expect(response.json.pagination).toEqual({
			current_page: 2,
			per_page: 25,
			total: 37,
			last_page: 2,
		});
		expect(response.json.items).toHaveLength(12);
	});
});

describe('seed data', () => {
	it('is the same on every build and comes back after reset()', () => {
		const first = createRetmStore({ customers: 200 });
		const second = createRetmStore({ customers: 200 });
		for (const collection of first.collections)
			expect(second[collection]).toEqual(first[collection]);

		const snapshot = JSON.stringify(first.customers);
		const firstNewId = first.newId();
		first.customers.pop();
		first.reset();
		expect(JSON.stringify(first.customers)).toBe(snapshot);
		expect(first.newId()).toBe(firstNewId);
	});

	it('differs with another seed', () => {
		const one = createRetmStore({ customers: 10, seed: 1 });
		const two = createRetmStore({ customers: 10, seed: 2 });
		// Customer ids are RETM's numeric counters, the same under any seed; what the seed draws
		// shows in the ULID ids and the people.
		expect(one.products[0].id).not.toBe(two.products[0].id);
		expect(one.customers.map((c) => c.phone)).not.toEqual(two.customers.map((c) => c.phone));
	});

	it('keeps money as three-decimal strings and names in both languages', () => {
		const store = createRetmStore({ customers: 1 });
		for (const product of store.products) {
			expect(product.price).toMatch(MONEY);
			expect(product.name.ar).toMatch(ARABIC);
			expect(product.name.en).toMatch(/^[A-Z]/);
		}
		for (const invoice of store.invoices) {
			expect(invoice.total_price).toMatch(MONEY);
			const sum = invoice.products.reduce((total, line) => total + Number(line.total), 0);
			expect(Number(invoice.subtotal_price)).toBeCloseTo(sum, 3);
			expect(Number(invoice.total_price)).toBeCloseTo(
				Number(invoice.subtotal_price) + Number(invoice.tax),
				3,
			);
		}
		for (const collection of [
			'branches',
			'categories',
			'paymentMethods',
			'taxes',
			'charges',
			'orderTypes',
		]) {
			for (const entity of store[collection]) expect(entity.name.ar).toMatch(ARABIC);
		}
		expect(store.paymentMethods.map((method) => method.type).sort()).toEqual(
			expect.arrayContaining([1, 2, 3, 4, 5, 6]),
		);
	});
});

describe('every list endpoint', () => {
	it.each([
		['/orders/list', 'orders'],
		['/invoices/list', 'invoices'],
		['/categories/list', 'categories'],
		['/products/list', 'products'],
		['/branches/list', 'branches'],
		['/devices/list', 'devices'],
		['/order-types/list', 'orderTypes'],
		['/price-lists/list', 'priceLists'],
		['/payments/list', 'paymentMethods'],
		['/taxes/list', 'taxes'],
		['/customers/list', 'customers'],
	])('GET %s answers { items, pagination } from the %s collection', async (path, collection) => {
		const { status, json } = await call(`${path}?per_page=10`);
		expect(status).toBe(200);
		expect(json.items).toEqual(sim.store[collection].slice(0, 10));
		expect(json.pagination).toEqual({
			current_page: 1,
			per_page: 10,
			total: sim.store[collection].length,
			last_page: Math.max(1, Math.ceil(sim.store[collection].length / 10)),
		});
		expect(sim.store[collection].length).toBeGreaterThan(0);
	});

	it('answers order charges as a bare, unpaged array in the documented keys', async () => {
		const documented = example('retm/endpoints/charges.list.response');
		const { status, json } = await call('/charges/list?per_page=2');
		expect(status).toBe(200);
		expect(Array.isArray(json)).toBe(true);
		expect(json.map((charge) => charge.uuid)).toEqual(sim.store.charges.map((c) => c.uuid));
		for (const charge of json)
			expect(Object.keys(charge).sort()).toEqual(Object.keys(documented[0]).sort());
		expect(json[0]).toEqual(documented[0]);
	});

	it('answers the simple product list without the nested detail', async () => {
		const { json } = await call('/products/simple-list?per_page=100');
		expect(json.items).toHaveLength(sim.store.products.length);
		expect(Object.keys(json.items[0]).sort()).toEqual([
			'category_id',
			'id',
			'name',
			'price',
			'sku',
		]);
	});

	it('answers invoices with the documented fields, misspelling included', async () => {
		const { json } = await call('/invoices/list?per_page=1');
		expect(Object.keys(json.items[0])).toEqual(
			expect.arrayContaining([
				'invoice_id',
				'order_reference',
				'order_refrence',
				'sale_id',
				'branch_id',
				'device_id',
				'total_price',
				'subtotal_price',
				'tax',
				'status',
				'taxes',
				'payments',
				'products',
			]),
		);
	});
});

describe('single objects', () => {
	it('answers a product at the top level with the documented shape', async () => {
		const product = sim.store.products.find((entry) => entry.modifiers.length);
		const { status, json } = await call(`/products/${product.id}`);
		expect(status).toBe(200);
		expect(json).toEqual(product);
		expect(json).toMatchObject({
			type: 2,
			over_stock: false,
			category: {
				id: expect.any(String),
				title: { en: expect.any(String), ar: expect.any(String) },
			},
		});
		expect(json.modifiers[0]).toEqual({
			id: expect.any(String),
			name: { en: expect.any(String), ar: expect.any(String) },
			multiple: expect.any(Boolean),
			min_selection: expect.any(Number),
			max_selection: expect.any(Number),
			items: expect.arrayContaining([
				{
					id: expect.any(String),
					name: expect.any(Object),
					extra_price: expect.stringMatching(MONEY),
				},
			]),
		});
	});

	it('answers GET /groups/:id', async () => {
		const group = sim.store.groups[1];
		const { status, json } = await call(`/groups/${group.id}`);
		expect(status).toBe(200);
		expect(json).toEqual(group);
	});

	// api.retm.com.sa Single Category: the category with its products, paged.
	it('answers GET /categories/:id with its products as a list', async () => {
		const category = sim.store.categories[1];
		const inCategory = sim.store.products.filter((product) => product.category.id === category.id);
		const { status, json } = await call(`/categories/${category.id}?per_page=2`);
		expect(status).toBe(200);
		expect(json).toEqual({
			...category,
			products: {
				items: inCategory.slice(0, 2).map(({ id, name, price }) => ({ id, name, price })),
				pagination: {
					current_page: 1,
					per_page: 2,
					total: inCategory.length,
					last_page: Math.ceil(inCategory.length / 2),
				},
			},
		});
	});

	it.each([
		['/products/no-such-id', 'Product not found.'],
		['/categories/no-such-id', 'Category not found.'],
		['/groups/no-such-id', 'Group not found.'],
	])('answers 404 for %s', async (path, message) => {
		const { status, json } = await call(path);
		expect(status).toBe(404);
		expect(json).toEqual({ message });
	});

	it('answers the menu as categories with their products', async () => {
		const { status, json } = await call('/menu');
		expect(status).toBe(200);
		expect(json.categories).toHaveLength(sim.store.categories.length);
		const products = json.categories.flatMap((category) => category.products);
		expect(products).toHaveLength(sim.store.products.length);
		for (const category of json.categories) {
			for (const product of category.products) expect(product.category.id).toBe(category.id);
		}
	});
});

describe('routing errors', () => {
	it('answers 404 for an unknown route', async () => {
		const { status, json } = await call('/nothing/here');
		expect(status).toBe(404);
		expect(json.message).toMatch(/could not be found/);
	});

	it('answers 405 with Allow for a known path and the wrong method', async () => {
		const response = await call('/orders/create');
		expect(response.status).toBe(405);
		expect(response.headers.allow).toBe('POST');
	});

	it('answers 400 to a body that is not JSON and stores nothing', async () => {
		const before = sim.store.taxes.length;
		const response = await call('/taxes/create', { method: 'POST', body: '{"name": ' });
		expect(response.status).toBe(400);
		expect(response.json.message).toMatch(/not valid JSON/);
		expect(sim.store.taxes).toHaveLength(before);
		expect(sim.requests.at(-1).body).toBe('{"name": ');
	});
});

function validOrder(overrides = {}) {
	return {
		branch: sim.store.branches[0].id,
		products: [
			// [doc] product total is required and a number.
			{ id: sim.store.products[0].id, quantity: 2, total: Number(sim.store.products[0].price) * 2 },
			{
				id: sim.store.products[5].id,
				quantity: 1,
				total: Number(sim.store.products[5].price),
				note: 'بدون بصل',
			},
		],
		customer: { phone: '0551234567', name: { en: 'Ahmad Abdullah', ar: 'احمد عبدالله' } },
		...overrides,
	};
}

describe('POST /orders/create', () => {
	it.each([
		['branch missing', { branch: undefined }, 'branch', 'The branch field is required.'],
		['unknown branch', { branch: 'no-such-branch' }, 'branch', 'The selected branch is invalid.'],
		['products missing', { products: undefined }, 'products', 'The products field is required.'],
		['products empty', { products: [] }, 'products', 'The products field is required.'],
		[
			'product without id',
			{ products: [{ quantity: 1 }] },
			'products.0.id',
			'The products.0.id field is required.',
		],
		[
			'unknown product',
			{ products: [{ id: 'nope', quantity: 1 }] },
			'products.0.id',
			'The selected products.0.id is invalid.',
		],
		[
			'quantity 0',
			{ products: [{ id: 'P', quantity: 0 }] },
			'products.0.quantity',
			'The products.0.quantity field must be greater than 0.',
		],
		['customer missing', { customer: undefined }, 'customer', 'The customer field is required.'],
		[
			'customer phone missing',
			{ customer: { name: { en: 'A' } } },
			'customer.phone',
			'The customer.phone field is required.',
		],
		[
			'unknown order type',
			{ ordertype: 'nope' },
			'ordertype',
			'The selected ordertype is invalid.',
		],
	])('answers 422 when %s and stores nothing', async (_, overrides, field, message) => {
		const body = validOrder(overrides);
		if (body.products?.[0]?.id === 'P') body.products[0].id = sim.store.products[0].id;
		const before = sim.store.orders.length;
		const { status, json } = await post('/orders/create', body);
		expect(status).toBe(422);
		expect(json.message).toBe('The given data was invalid.');
		expect(json.errors[field]).toEqual([message]);
		expect(sim.store.orders).toHaveLength(before);
	});

	it('lists every problem at once', async () => {
		const { json } = await post('/orders/create', {});
		expect(Object.keys(json.errors).sort()).toEqual(['branch', 'customer', 'products']);
	});

	it('answers 201 with the stored order and fills in the money', async () => {
		const before = sim.store.orders.length;
		const orderType = sim.store.orderTypes[2];
		const { status, json } = await post(
			'/orders/create',
			validOrder({ ordertype: orderType.id, partner_reference: 'JAHEZ-777' }),
		);
		expect(status).toBe(201);
		expect(typeof json.id).toBe('string');
		expect(sim.store.orders).toHaveLength(before + 1);
		expect(sim.store.find('orders', json.id)).toEqual(json);

		const [first, second] = sim.store.products.filter((_, index) => index === 0 || index === 5);
		const subtotal = Number(first.price) * 2 + Number(second.price);
		expect(json).toMatchObject({
			partner_reference: 'JAHEZ-777',
			branch: { id: sim.store.branches[0].id, name: sim.store.branches[0].name },
			ordertype: { id: orderType.id, name: orderType.name },
			status: 2,
			customer: { phone: '0551234567' },
			subtotal: subtotal.toFixed(3),
			tax: (subtotal * 0.15).toFixed(3),
			total: (subtotal * 1.15).toFixed(3),
		});
		expect(json.products[1]).toMatchObject({
			id: second.id,
			quantity: 1,
			name: second.name,
			note: 'بدون بصل',
		});
		expect(json.created_at).toMatch(DATE);
	});

	it('keeps the totals the caller sent', async () => {
		const { json } = await post(
			'/orders/create',
			validOrder({
				products: [{ id: sim.store.products[0].id, quantity: 1, total: 10.5 }],
				subtotal: 10.5,
				tax: 1.575,
				total: 12.075,
			}),
		);
		expect(json).toMatchObject({ subtotal: '10.500', tax: '1.575', total: '12.075' });
		expect(json.products[0].total).toBe('10.500');
	});
});

describe('POST /orders/cancel and /orders/delivery-status', () => {
	async function createOrder(overrides) {
		return (await post('/orders/create', validOrder(overrides))).json;
	}

	it('answers 422 without an order reference or a reason', async () => {
		const { status, json } = await post('/orders/cancel', {});
		expect(status).toBe(422);
		expect(Object.keys(json.errors).sort()).toEqual(['order_id', 'reason']);
	});

	it('answers 404 for an unknown order', async () => {
		const { status, json } = await post('/orders/cancel', { order_id: 'nope', reason: 'x' });
		expect(status).toBe(404);
		expect(json).toEqual({ message: 'Order not found.' });
	});

	it('cancels by order_id, then refuses to cancel twice', async () => {
		const order = await createOrder();
		const first = await post('/orders/cancel', {
			order_id: order.id,
			reason: 'Customer cancelled',
		});
		expect(first.status).toBe(200);
		expect(first.json).toMatchObject({
			id: order.id,
			status: 5,
			cancel_reason: 'Customer cancelled',
		});
		expect(sim.store.find('orders', order.id).status).toBe(5);

		const second = await post('/orders/cancel', { order_id: order.id, reason: 'again' });
		expect(second.status).toBe(422);
		expect(second.json.errors.order_id).toEqual(['The order is already cancelled.']);
	});

	it('cancels by partner_reference', async () => {
		const order = await createOrder({ partner_reference: 'HS-1' });
		const { status, json } = await post('/orders/cancel', {
			partner_reference: 'HS-1',
			reason: 'Out of stock',
		});
		expect(status).toBe(200);
		expect(json.id).toBe(order.id);
	});

	it.each([[0], [8], ['fast'], [2.5]])('refuses delivery status %p with 422', async (value) => {
		const order = await createOrder();
		const { status, json } = await post('/orders/delivery-status', {
			order_id: order.id,
			status: value,
		});
		expect(status).toBe(422);
		expect(json.errors.status).toEqual(['The status field must be one of: 1, 2, 3, 4, 5, 6, 7.']);
		expect(sim.store.find('orders', order.id).delivery_status).toBeNull();
	});

	it('sets the delivery status and answers the order', async () => {
		const order = await createOrder();
		const { status, json } = await post('/orders/delivery-status', {
			order_id: order.id,
			status: 6,
		});
		expect(status).toBe(200);
		expect(json.delivery_status).toBe(6);
		expect(sim.store.find('orders', order.id).delivery_status).toBe(6);
	});

	it('answers 404 for the delivery status of an unknown order', async () => {
		expect((await post('/orders/delivery-status', { order_id: 'nope', status: 2 })).status).toBe(
			404,
		);
	});
});

describe('creates', () => {
	const creates = {
		'/taxes/create': {
			collection: 'taxes',
			valid: { name: { en: 'Municipality fee', ar: 'رسوم البلدية' }, type: 1, value: '2.5' },
			invalid: [
				[{ name: { ar: 'رسوم' } }, 'name.en'],
				[{ name: undefined }, 'name.en'],
				[{ type: 3 }, 'type'],
				[{ type: undefined }, 'type'],
				[{ value: 'ten' }, 'value'],
				[{ value: undefined }, 'value'],
				[{ type: 2, value: 150 }, 'value'],
			],
			expected: { name: { en: 'Municipality fee', ar: 'رسوم البلدية' }, type: 1, value: '2.500' },
		},
		'/payments/create': {
			collection: 'paymentMethods',
			valid: () => example('retm/endpoints/payments.create.request'),
			invalid: [
				[{ name: { en: '', ar: 'مدى' } }, 'name.en'],
				[{ name: { en: 'Mada' } }, 'name.ar'],
				[{ type: 0 }, 'type'],
				[{ type: 7 }, 'type'],
				[{ type: '2' }, 'type'],
				[{ type: undefined }, 'type'],
				[{ ecr_enabled: 'yes' }, 'ecr_enabled'],
				[{ zatca_payment_code: undefined }, 'zatca_payment_code'],
			],
			expected: () => example('retm/endpoints/payments.create.request'),
		},
		'/order-types/create': {
			collection: 'orderTypes',
			valid: { name: { en: 'Catering', ar: 'تموين' } },
			invalid: [
				[{ name: undefined }, 'name.en'],
				[{ name: { en: 'x', ar: 5 } }, 'name.ar'],
			],
			expected: { name: { en: 'Catering', ar: 'تموين' }, is_active: true },
		},
		'/charges/create': {
			collection: 'charges',
			valid: () => ({
				name: { en: 'Late night fee', ar: 'رسوم ليلية' },
				value: 20,
				tax: sim.store.taxes[0].id,
			}),
			invalid: [
				[{ name: undefined }, 'name.en'],
				[{ value: undefined }, 'value'],
				[{ value: '-1' }, 'value'],
				[{ tax: 'no-such-tax' }, 'tax'],
			],
			expected: { name: { en: 'Late night fee', ar: 'رسوم ليلية' }, value: '20.00' },
			// The list is a bare array showing only the documented keys of a charge.
			bareList: true,
			listed: (created) =>
				Object.fromEntries(
					Object.keys(example('retm/endpoints/charges.list.response')[0]).map((key) => [
						key,
						created[key],
					]),
				),
		},
	};
	const validBody = (spec) => (typeof spec.valid === 'function' ? spec.valid() : { ...spec.valid });
	const expectedOf = (spec) =>
		typeof spec.expected === 'function' ? spec.expected() : spec.expected;

	describe.each(Object.entries(creates))('POST %s', (path, spec) => {
		it.each(spec.invalid)(
			'answers 422 for %p naming %s, and stores nothing',
			async (overrides, field) => {
				const before = sim.store[spec.collection].length;
				const { status, json } = await post(path, { ...validBody(spec), ...overrides });
				expect(status).toBe(422);
				expect(json.message).toBe('The given data was invalid.');
				expect(Object.keys(json.errors)).toEqual([field]);
				expect(json.errors[field][0]).toEqual(expect.any(String));
				expect(sim.store[spec.collection]).toHaveLength(before);
			},
		);

		it('answers 201 with the stored object under a new string id', async () => {
			const before = sim.store[spec.collection].length;
			const { status, json } = await post(path, validBody(spec));
			expect(status).toBe(201);
			expect(json).toMatchObject(expectedOf(spec));
			expect(typeof json.id).toBe('string');
			expect(sim.store[spec.collection].map((entity) => entity.id)).not.toContain(undefined);
			expect(sim.store[spec.collection]).toHaveLength(before + 1);
			expect(sim.store.find(spec.collection, json.id)).toEqual(json);

			const listed = await call(`${path.replace('/create', '/list')}?per_page=100`);
			const items = spec.bareList ? listed.json : listed.json.items;
			expect(Array.isArray(items)).toBe(true);
			expect(items.at(-1)).toEqual(spec.listed ? spec.listed(json) : json);
		});
	});

	it('nests the chosen tax inside a created charge, as the docs show', async () => {
		const tax = sim.store.taxes[0];
		const { json } = await post('/charges/create', validBody(creates['/charges/create']));
		expect(json.uuid).toBe(json.id);
		expect(json.tax).toEqual({ uuid: tax.uuid, name: tax.name, type: tax.type, value: tax.value });
	});
});
