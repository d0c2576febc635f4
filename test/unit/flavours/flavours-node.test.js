'use strict';
// The Flavours node run by n8n's engine against the local Flavours simulator, over real HTTP.
const { Flavours } = require('../../../nodes/Flavours/Flavours.node');
const { FlavoursApi } = require('../../../credentials/FlavoursApi.credentials');
const { loadOptions } = require('../../helpers/n8nEngine');
const { flavoursNode } = require('../../helpers/flavoursNode');
const { startFlavoursSimulator } = require('../../pos-simulator');
const { example } = require('../../fixtures/contracts');

const ACCESS_TOKEN = 'flavours-access-token-5d0e';
let sim;

beforeAll(async () => {
	sim = await startFlavoursSimulator({ accessToken: ACCESS_TOKEN, customers: 10000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const { credential, run, calls, json } = flavoursNode({
	simulator: () => sim,
	accessToken: ACCESS_TOKEN,
});
const ids = (records) => records.map((record) => record.id);
// Flavours market ids are UUIDs: the seeded ones, never a guessed number.
const market = (index = 0) => sim.store.markets[index].id;

describe('the credential', () => {
	test('authenticates with the Bearer token and pins the API version on every call', async () => {
		await run({ resource: 'me', operation: 'get' }, { apiVersion: '2.2.0' });
		const [call] = calls('/me');
		expect(call.headers.authorization).toBe('Bearer [redacted]');
		expect(call.headers['x-api-version']).toBe('2.2.0');
	});

	test('its test request lists one market, and fails on a wrong token', async () => {
		const { test: check, authenticate } = new FlavoursApi();
		const request = async (accessToken) => {
			const baseURL = check.request.baseURL.replace(/^=\{\{/, '').replace(/\}\}$/, '');
			// The expression is evaluated as n8n would, on the credential's data.
			const base = new Function('$credentials', `return ${baseURL}`)(credential({ accessToken }));
			const headers = Object.fromEntries(
				Object.entries(authenticate.properties.headers).map(([name, value]) => [
					name,
					value
						.replace(/^=/, '')
						.replace(/\{\{\$credentials\.(\w+)\}\}/, (_, key) => credential({ accessToken })[key]),
				]),
			);
			const url = `${base}${check.request.url}?per_page=${check.request.qs.per_page}`;
			const response = await fetch(url, { headers });
			return { status: response.status, body: await response.json() };
		};
		const good = await request(ACCESS_TOKEN);
		expect(good.status).toBe(200);
		expect(good.body.data.data).toHaveLength(1);
		const bad = await request('wrong');
		expect(bad.status).toBe(401);
		expect(bad.body.meta.message).toBe('Unauthenticated.');
	});

	test('production and development hosts', () => {
		const { flavoursBaseUrl } = require('../../../nodes/Flavours/transport');
		expect(flavoursBaseUrl({ environment: 'development' })).toBe(
			'https://api.flavours.sa/dev/api/v2',
		);
		expect(flavoursBaseUrl({ environment: 'production' })).toBe('https://api.flavours.sa/api/v2');
		expect(flavoursBaseUrl({ environment: 'custom', baseUrl: 'http://x/api/v2//' })).toBe(
			'http://x/api/v2',
		);
	});
});

describe('every list operation', () => {
	test.each([
		['market', '/markets', 'markets'],
		['branch', '/branches', 'branches'],
		['table', '/tables', 'tables'],
		['order', '/orders', 'orders'],
		['product', '/products', 'products'],
		['productCategory', '/product-categories', 'productCategories'],
		['discount', '/discounts', 'discounts'],
		['paymentMethod', '/payment-methods', 'paymentMethods'],
	])(
		'%s: Get Many returns every record, envelope and paginator unwrapped',
		async (resource, path, collection) => {
			if (collection === 'orders') {
				await run(orderParameters('create'));
				sim.requests.length = 0;
			}
			const result = await run({ resource, operation: 'getAll', returnAll: true });
			expect(result.error).toBeUndefined();
			expect(sim.store[collection].length).toBeGreaterThan(0);
			expect(ids(json(result))).toEqual(ids(sim.store[collection]));
			expect(calls(path)).toHaveLength(1);
			expect(calls(path)[0].query).toEqual({ page: '1', per_page: '100' });
		},
	);

	test('search, sort, includes and filters go out in Laravel style', async () => {
		const result = await run({
			resource: 'branch',
			operation: 'getAll',
			returnAll: true,
			search: 'Riyadh',
			sort: '-name_en',
			includes: ['market'],
			filters: { market_id: market(), is_active: true },
		});
		expect(result.error).toBeUndefined();
		const [call] = calls('/branches');
		expect(call.query).toEqual({
			page: '1',
			per_page: '100',
			search: 'Riyadh',
			sort: '-name_en',
			'includes[]': 'market',
			'filter[market_id]': market(),
			'filter[is_active]': '1',
		});
		const branches = json(result);
		expect(branches.length).toBeGreaterThan(0);
		expect(
			branches.every((branch) => branch.market_id === market() && branch.market.id === market()),
		).toBe(true);
		expect(branches.map((branch) => branch.name_en)).toEqual(
			[...branches.map((branch) => branch.name_en)].sort().reverse(),
		);
	});

	test('several includes are sent as includes[] each', async () => {
		const result = await run({
			resource: 'product',
			operation: 'getAll',
			limit: 3,
			includes: ['category', 'modifiers'],
		});
		expect(calls('/products')[0].query['includes[]']).toEqual(['category', 'modifiers']);
		expect(json(result)[0].category.id).toBe(json(result)[0].product_category_id);
	});

	test("the credential's default market filters lists but not the markets list", async () => {
		const customers = await run(
			{ resource: 'customer', operation: 'getAll', returnAll: true },
			{ defaultMarketId: market(1) },
		);
		expect(calls('/users/customers')[0].query['filter[market_id]']).toBe(market(1));
		expect(customers.items).toHaveLength(
			sim.store.customers.filter((c) => c.market_id === market(1)).length,
		);
		await run(
			{ resource: 'market', operation: 'getAll', returnAll: true },
			{ defaultMarketId: market(1) },
		);
		expect(calls('/markets')[0].query['filter[market_id]']).toBeUndefined();
		// A market chosen in the node wins over the default.
		await run(
			{ resource: 'table', operation: 'getAll', returnAll: true, filters: { market_id: market() } },
			{ defaultMarketId: market(1) },
		);
		expect(calls('/tables')[0].query['filter[market_id]']).toBe(market());
	});
});

// Payment methods have no id: Get names the documented `key` (CASH, MADA) in the path.
test('paymentMethod: Get by the documented key returns the record', async () => {
	const record = sim.store.paymentMethods[1];
	const result = await run({
		resource: 'paymentMethod',
		operation: 'get',
		paymentMethodId: record.key,
	});
	expect(result.error).toBeUndefined();
	expect(json(result).map((method) => method.key)).toEqual([record.key]);
	expect(calls(`/payment-methods/${record.key}`, 'GET')).toHaveLength(1);
});

describe('Return All and Limit on 10,000 customers', () => {
	test('Return All follows the paginator to its last page', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(10000);
		expect(new Set(ids(json(result))).size).toBe(10000);
		const pages = calls('/users/customers');
		expect(pages).toHaveLength(100);
		expect(pages.map((call) => Number(call.query.page))).toEqual(
			Array.from({ length: 100 }, (_, index) => index + 1),
		);
		expect(result.items.every((item) => item.pairedItem.item === 0)).toBe(true);
		// The node reads the credential once for the list; n8n reads it again to sign each request.
		expect(result.credentialReads).toBe(1 + 100);
	});

	test('Limit stops once enough records are in, keeping one page size', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', limit: 250 });
		expect(ids(json(result))).toEqual(ids(sim.store.customers.slice(0, 250)));
		expect(calls('/users/customers').map((call) => call.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
			{ page: '3', per_page: '100' },
		]);
	});

	test('a small Limit asks for one small page', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', limit: 7 });
		expect(result.items).toHaveLength(7);
		expect(calls('/users/customers').map((call) => call.query)).toEqual([
			{ page: '1', per_page: '7' },
		]);
	});
});

describe('reads', () => {
	test('Me returns the account', async () => {
		const result = await run({ resource: 'me', operation: 'get' });
		expect(json(result)).toEqual([sim.store.users[0]]);
	});

	test.each([
		['branch', 'branchId', 'branches', '/branches'],
		['table', 'tableId', 'tables', '/tables'],
		['customer', 'customerId', 'customers', '/users/customers'],
		['product', 'productId', 'products', '/products'],
		['productCategory', 'productCategoryId', 'productCategories', '/product-categories'],
		['discount', 'discountId', 'discounts', '/discounts'],
	])('%s: Get returns the record', async (resource, idName, collection, path) => {
		const record = sim.store[collection][1];
		const result = await run({ resource, operation: 'get', [idName]: String(record.id) });
		expect(result.error).toBeUndefined();
		expect(ids(json(result))).toEqual([record.id]);
		expect(calls(`${path}/${record.id}`, 'GET')).toHaveLength(1);
	});
});

const orderParameters = (operation, extra = {}) => ({
	resource: 'order',
	operation,
	marketId: market(),
	branchId: String(sim.store.branches[0].id),
	type: 'DINE_IN',
	products: {
		product: [
			{ product_id: String(sim.store.products[0].id), qty: 2, note: 'no onions' },
			{ product_id: String(sim.store.products[1].id), qty: 1 },
		],
	},
	additionalFields: { discount_code: 'WELCOME10', table_id: String(sim.store.tables[0].id) },
	...extra,
});

describe('orders', () => {
	const sentBody = () => ({
		market_id: market(),
		branch_id: String(sim.store.branches[0].id),
		type: 'DINE_IN',
		products: [
			{ product_id: String(sim.store.products[0].id), qty: 2, note: 'no onions' },
			{ product_id: String(sim.store.products[1].id), qty: 1 },
		],
		discount_code: 'WELCOME10',
		table_id: String(sim.store.tables[0].id),
	});

	test('Calculate prices an order without storing it', async () => {
		const result = await run(orderParameters('calculate'));
		expect(result.error).toBeUndefined();
		expect(calls('/orders/calculate')[0].body).toEqual(sentBody());
		expect(json(result)[0]).toMatchObject({ subtotal: '54.00', discount: '5.40', total: '55.89' });
		expect(sim.store.orders).toHaveLength(0);
	});

	// Checkout sends payment_method_key, picked by the documented `key` ([guess] the field name).
	test('Create, Get, Update, Checkout: the order goes through its life', async () => {
		const created = await run(orderParameters('create'));
		expect(created.error).toBeUndefined();
		expect(calls('/orders', 'POST')[0].body).toEqual(sentBody());
		const [order] = json(created);
		expect(sim.store.orders.map((entry) => entry.id)).toEqual([order.id]);

		const read = await run({ resource: 'order', operation: 'get', orderId: String(order.id) });
		expect(json(read)[0].number).toBe(order.number);

		const updated = await run({
			resource: 'order',
			operation: 'update',
			orderId: String(order.id),
			updateFields: { status: 'READY', note: 'table by the window' },
		});
		expect(calls(`/orders/${order.id}`, 'POST')[0].body).toEqual({
			status: 'READY',
			note: 'table by the window',
		});
		expect(json(updated)[0].status).toBe('READY');

		const paid = await run({
			resource: 'order',
			operation: 'checkout',
			orderId: String(order.id),
			paymentMethodId: sim.store.paymentMethods[1].key,
		});
		expect(paid.error).toBeUndefined();
		expect(calls(`/orders/${order.id}/checkout`)[0].body).toEqual({
			payment_method_key: sim.store.paymentMethods[1].key,
		});
		expect(sim.store.orders[0]).toMatchObject({ payment_status: 'PAID', status: 'COMPLETED' });
	});

	test('Sync sends a batch of offline orders', async () => {
		const batch = [sentBody(), { ...sentBody(), type: 'TAKE_AWAY', discount_code: undefined }];
		const result = await run({
			resource: 'order',
			operation: 'sync',
			ordersJson: JSON.stringify(batch),
		});
		expect(result.error).toBeUndefined();
		expect(calls('/orders/sync')[0].body).toEqual({ orders: JSON.parse(JSON.stringify(batch)) });
		expect(json(result)[0].synced).toBe(2);
		expect(sim.store.orders).toHaveLength(2);
	});

	test('Sync refuses anything but a JSON array, before sending', async () => {
		const result = await run({
			resource: 'order',
			operation: 'sync',
			ordersJson: '{"orders": []}',
		});
		expect(result.error.message).toBe('Orders (JSON) must be a JSON array');
		expect(calls('/orders/sync')).toHaveLength(0);
	});
});

describe('Branch > Create in the form', () => {
	const { NodeHelpers } = require('n8n-workflow');
	const { description } = new Flavours();
	// What n8n's editor flags as missing for a Branch > Create node of `typeVersion` with only a market.
	const missing = (typeVersion) => {
		const node = {
			name: 'Flavours',
			type: 'n8n-nodes-restaurant-pos.flavours',
			typeVersion,
			position: [0, 0],
			parameters: NodeHelpers.getNodeParameters(
				description.properties,
				{ resource: 'branch', operation: 'create', marketId: 'm', nameEn: 'Olaya' },
				true,
				false,
				{ typeVersion },
				description,
			),
		};
		const issues = NodeHelpers.getNodeParametersIssues(description.properties, node, description);
		return Object.keys(issues?.parameters ?? {}).sort();
	};

	test('version 3 marks Address, Latitude and Longitude required; versions 1 and 2 keep them optional', () => {
		expect(description.defaultVersion).toBe(3);
		expect(missing(3)).toEqual(['address', 'latitude', 'longitude']);
		expect(missing(2)).toEqual([]);
		expect(missing(1)).toEqual([]);
	});
});

describe('writes', () => {
	// Address, latitude and longitude required, the coordinates numbers (doc.flavours.sa createBranch).
	test('branch: Create, Update, Delete', async () => {
		const created = await run({
			resource: 'branch',
			operation: 'create',
			marketId: market(1),
			nameEn: 'Khobar Corniche',
			nameAr: 'كورنيش الخبر',
			address: 'Corniche Rd',
			latitude: '26.29',
			longitude: 50.21,
		});
		expect(calls('/branches', 'POST')[0].body).toEqual({
			market_id: market(1),
			name_en: 'Khobar Corniche',
			name_ar: 'كورنيش الخبر',
			address: 'Corniche Rd',
			latitude: 26.29,
			longitude: 50.21,
		});
		const { id } = json(created)[0];
		expect(sim.store.find('branches', id).name_en).toBe('Khobar Corniche');

		await run({
			resource: 'branch',
			operation: 'update',
			branchId: String(id),
			updateFields: { is_active: false },
		});
		expect(sim.store.find('branches', id).is_active).toBe(false);

		const removed = await run({ resource: 'branch', operation: 'delete', branchId: String(id) });
		expect(json(removed)).toEqual([{ success: true }]);
		expect(sim.store.find('branches', id)).toBeUndefined();
	});

	test('table: Create, Update, Delete', async () => {
		const branch = sim.store.branches[2];
		const created = await run({
			resource: 'table',
			operation: 'create',
			branchId: String(branch.id),
			name: 'Patio 1',
			capacity: 6,
		});
		const { id } = json(created)[0];
		expect(sim.store.find('tables', id)).toMatchObject({
			name: 'Patio 1',
			capacity: 6,
			branch_id: branch.id,
		});
		await run({
			resource: 'table',
			operation: 'update',
			tableId: String(id),
			updateFields: { capacity: 8 },
		});
		expect(sim.store.find('tables', id).capacity).toBe(8);
		await run({ resource: 'table', operation: 'delete', tableId: String(id) });
		expect(sim.store.find('tables', id)).toBeUndefined();
	});

	// The documented body: the required phone_prefix (default 966), and the credential's market
	// when the node names none (docs.flavours.sa Customers Create).
	test('customer: Create and Update', async () => {
		const documented = example('flavours/endpoints/customers.create.request');
		const created = await run(
			{
				resource: 'customer',
				operation: 'create',
				name: documented.name,
				phone: documented.phone,
				additionalFields: { email: documented.email },
			},
			{ defaultMarketId: market() },
		);
		expect(created.error).toBeUndefined();
		expect(calls('/users/customers', 'POST')[0].body).toEqual({
			...documented,
			market_id: market(),
		});
		const { id } = json(created)[0];
		expect(sim.store.find('customers', id).user).toMatchObject({
			name: documented.name,
			phone: documented.phone,
			phone_prefix: '966',
		});
		await run({
			resource: 'customer',
			operation: 'update',
			customerId: String(id),
			updateFields: { city: 'Jeddah' },
		});
		expect(sim.store.find('customers', id).city).toBe('Jeddah');
	});

	test('discount: Verify a code', async () => {
		const result = await run({
			resource: 'discount',
			operation: 'verify',
			code: 'FRIDAY25',
			additionalFields: { total: '100' },
		});
		expect(calls('/discounts/verify')[0].body).toEqual({ code: 'FRIDAY25', total: '100' });
		expect(json(result)[0]).toMatchObject({ valid: true, amount_off: '25.00' });
	});

	test('Custom API Call reaches any path with the credential and the version header', async () => {
		const result = await run(
			{
				resource: 'customApiCall',
				operation: 'call',
				method: 'GET',
				path: '/users/customers',
				queryJson: '{"per_page": 3}',
			},
			{ apiVersion: '2.1.0' },
		);
		expect(result.error).toBeUndefined();
		expect(json(result)).toHaveLength(3);
		expect(calls('/users/customers')[0].headers['x-api-version']).toBe('2.1.0');
	});
});

describe('API version field names', () => {
	const productParameters = (extra = {}) => ({
		resource: 'product',
		operation: 'create',
		marketId: market(),
		product_category_id: String(sim.store.productCategories[1].id),
		nameEn: 'Saffron tea',
		modifiers: {
			modifier: [{ type: 'OPTION', name_en: 'Cup', price: '9.00', is_tax_included: true }],
		},
		additionalFields: { preparation_time: 4 },
		...extra,
	});

	test('2.0.0: product_category_id and preparation_time', async () => {
		const result = await run(productParameters(), { apiVersion: '2.0.0' });
		expect(result.error).toBeUndefined();
		const { body } = calls('/products', 'POST')[0];
		expect(body).toMatchObject({
			product_category_id: productParameters().product_category_id,
			preparation_time: 4,
		});
		expect(body).not.toHaveProperty('category_id');
		expect(body).not.toHaveProperty('duration');
		expect(json(result)[0]).toMatchObject({ preparation_time: 4 });
	});

	// 2.3.0 takes images and options, no modifiers (doc.flavours.sa product/createProduct).
	test('2.3.0: the same fields go out as category_id and duration', async () => {
		const images = 'https://cdn.example.com/tea.jpg, https://cdn.example.com/tea-2.jpg';
		const result = await run(productParameters({ images }), { apiVersion: '2.3.0' });
		expect(result.error).toBeUndefined();
		const { body } = calls('/products', 'POST')[0];
		expect(body).toEqual({
			market_id: market(),
			category_id: productParameters().product_category_id,
			name_en: 'Saffron tea',
			duration: 4,
			images: ['https://cdn.example.com/tea.jpg', 'https://cdn.example.com/tea-2.jpg'],
			options: [{ name_en: 'Cup', price: 9, is_tax_included: true, calorie: 0 }],
		});
		expect(body).not.toHaveProperty('product_category_id');
		expect(json(result)[0]).toMatchObject({
			duration: 4,
			category_id: sim.store.productCategories[1].id,
		});
		const stored = sim.store.products.at(-1);
		expect(stored).toMatchObject({ name_en: 'Saffron tea', duration: 4 });
	});

	test('product Update follows the version too, and Delete removes it', async () => {
		const product = sim.store.products[0];
		await run(
			{
				resource: 'product',
				operation: 'update',
				productId: String(product.id),
				updateFields: { preparation_time: 12 },
			},
			{ apiVersion: '2.3.0' },
		);
		expect(calls(`/products/${product.id}`, 'POST')[0].body).toEqual({ duration: 12 });
		expect(sim.store.find('products', product.id).duration).toBe(12);
		const removed = await run({
			resource: 'product',
			operation: 'delete',
			productId: String(product.id),
		});
		expect(json(removed)).toEqual([{ success: true }]);
		expect(sim.store.find('products', product.id)).toBeUndefined();
	});

	// The documented 422 data[] of {code, message, field}, each listed.
	test('a JSON body is sent as written: old names refused by 2.3.0 with a 422 naming them', async () => {
		const result = await run(
			productParameters({
				bodyInput: 'json',
				jsonBody: JSON.stringify({
					market_id: market(),
					product_category_id: sim.store.productCategories[0].id,
					name_en: 'Tea',
					modifiers: [{ type: 'OPTION', name_en: 'Cup', price: 5, is_tax_included: true }],
				}),
			}),
			{ apiVersion: '2.3.0' },
		);
		// The documented 422 leads with the first problem.
		expect(result.error.message).toMatch(
			/^Flavours 422: The product category id field is prohibited in API version 2\.3\.0\./,
		);
		expect(result.error.description).toMatch(/^product_category_id: .*prohibited/m);
		expect(result.error.description).toMatch(/^category_id: /m);
	});
});

// doc.flavours.sa product/quickCreateProduct: one call, one option.
describe('product Quick Create', () => {
	const quick = (extra = {}) => ({
		resource: 'product',
		operation: 'quickCreate',
		marketId: market(),
		nameEn: 'Saffron karak',
		images: 'https://cdn.example.com/karak.jpg',
		price: '6.50',
		...extra,
	});

	test('sends the documented body, answers the new product, and the menu lists it', async () => {
		const category = sim.store.productCategories[1].id;
		const branches = sim.store.branches.slice(0, 2).map((branch) => branch.id);
		const result = await run(
			quick({
				nameAr: 'كرك بالزعفران',
				images: 'https://cdn.example.com/karak.jpg,\nhttps://cdn.example.com/karak-2.jpg',
				additionalFields: {
					category_id: String(category),
					branches: branches.join(', '),
					optionNameEn: 'Cup',
				},
			}),
			{ apiVersion: '2.3.0' },
		);
		expect(result.error).toBeUndefined();
		const [call] = calls('/products/quick/multi', 'POST');
		expect(call.headers['x-api-version']).toBe('2.3.0');
		expect(call.body).toEqual({
			market_id: market(),
			name_en: 'Saffron karak',
			name_ar: 'كرك بالزعفران',
			category_id: category,
			branches,
			images: ['https://cdn.example.com/karak.jpg', 'https://cdn.example.com/karak-2.jpg'],
			option: { name_en: 'Cup', price: 6.5 },
		});
		const [product] = json(result);
		expect(product).toMatchObject({
			market_id: market(),
			category_id: category,
			name_en: 'Saffron karak',
			options: [expect.objectContaining({ name_en: 'Cup', type: 'OPTION', total: '6.50' })],
		});
		const listed = await run({ resource: 'product', operation: 'getAll', returnAll: true });
		expect(ids(json(listed))).toContain(product.id);
	});

	test('the fewest fields: market, English name, an image and the price', async () => {
		const result = await run(quick());
		expect(result.error).toBeUndefined();
		expect(calls('/products/quick/multi', 'POST')[0].body).toEqual({
			market_id: market(),
			name_en: 'Saffron karak',
			images: ['https://cdn.example.com/karak.jpg'],
			option: { price: 6.5 },
		});
	});

	test.each([
		[{ images: ' , ' }, 'The "Images" parameter is empty'],
		[{ price: '  ' }, 'The "Price" parameter is empty'],
		[{ price: 'six' }, 'The "Price" parameter is not a number'],
	])('with %j: %s, and nothing is sent', async (extra, message) => {
		const result = await run(quick(extra));
		expect(result.error.message).toBe(message);
		expect(result.error.description).toBeTruthy();
		expect(sim.requests).toEqual([]);
	});

	test("Flavours' 422 for a market it does not have names the field", async () => {
		const result = await run(quick({ marketId: 'no-such-market' }));
		expect(result.error.message).toMatch(/^Flavours 422: The selected market id is invalid\./);
		expect(result.error.description).toMatch(/^market_id: /m);
		expect(sim.store.products.some((product) => product.name_en === 'Saffron karak')).toBe(false);
	});
});

describe('errors a user can act on', () => {
	test('401: meta.message, what to check, and never the token', async () => {
		const result = await run(
			{ resource: 'market', operation: 'getAll', returnAll: true },
			{ accessToken: 'wrong-token-3f9a' },
		);
		expect(result.error.message).toMatch(/^Flavours 401: Unauthenticated\./);
		expect(result.error.description).toMatch(/Access Token and the Environment/);
		expect(JSON.stringify(result.error)).not.toContain(ACCESS_TOKEN);
		expect(JSON.stringify(result.error)).not.toContain('wrong-token-3f9a');
	});

	test('404: meta.message and the id to check', async () => {
		const result = await run({ resource: 'branch', operation: 'get', branchId: '999999' });
		expect(result.error.message).toMatch(
			/^Flavours 404: Branch not found\. \(GET \/branches\/999999\)/,
		);
		expect(result.error.description).toMatch(/Check the id/);
		expect(result.error.description).toMatch(/try it with the API Request resource/);
	});

	test('404 of an API Request call points at its Path, not at API Request itself', async () => {
		const result = await run({
			resource: 'customApiCall',
			operation: 'call',
			method: 'GET',
			path: '/branches/999999',
		});
		expect(result.error.message).toMatch(/^Flavours 404: .*\(GET \/branches\/999999\)/);
		expect(result.error.description).toMatch(/^Check the Path/);
		expect(result.error.description).not.toMatch(/API Request/);
	});

	// The documented 422 data[] of {code, message, field}, each listed.
	test('422: meta.message with each field error listed', async () => {
		const result = await run(
			orderParameters('create', {
				branchId: '424242',
				products: { product: [{ product_id: '999', qty: 1 }] },
				additionalFields: { discount_code: 'NOPE' },
			}),
		);
		// The documented 422 leads with its first problem.
		expect(result.error.message).toMatch(/^Flavours 422: The selected branch id is invalid\./);
		expect(result.error.description).toMatch(/^Fix these fields and try again:\n/);
		expect(result.error.description).toMatch(/^branch_id: The selected branch id is invalid\./m);
		expect(result.error.description).toMatch(/^products\.0\.product_id: /m);
		expect(result.error.description).toMatch(
			/^discount_code: The discount code is invalid or expired\./m,
		);
	});

	test('429 with Retry-After is waited out and retried', async () => {
		sim.faults.queue({ status: 429, retryAfter: '1', path: '/api/v2/markets' });
		const started = Date.now();
		const result = await run({ resource: 'market', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(json(result)).toHaveLength(sim.store.markets.length);
		expect(calls('/markets').map((call) => call.status)).toEqual([429, 200]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});

	test('5xx: 503 and 502 on a read are retried; 500 is reported at once', async () => {
		sim.faults.queue({ status: 503, times: 1, path: '/api/v2/discounts' });
		sim.faults.queue({ status: 502, times: 1, path: '/api/v2/discounts' });
		const recovered = await run({ resource: 'discount', operation: 'getAll', returnAll: true });
		expect(recovered.error).toBeUndefined();
		expect(calls('/discounts').map((call) => call.status)).toEqual([503, 502, 200]);

		sim.reset();
		sim.faults.queue({ status: 500, path: '/api/v2/discounts' });
		const failed = await run({ resource: 'discount', operation: 'getAll', returnAll: true });
		expect(failed.error.message).toMatch(/^Flavours 500: Server Error/);
		expect(failed.error.description).toMatch(/Flavours had a problem/);
		expect(calls('/discounts')).toHaveLength(1);
	});

	test('a write answered 502 is not repeated: Flavours may have acted', async () => {
		sim.faults.queue({ status: 502, path: '/api/v2/orders', method: 'POST' });
		const result = await run(orderParameters('create'));
		expect(result.error.message).toMatch(/^Flavours 502/);
		expect(calls('/orders', 'POST')).toHaveLength(1);
	});

	test('network failure: a dropped read is retried; a dropped create is not sent again', async () => {
		sim.faults.queue({ drop: true, path: '/api/v2/payment-methods' });
		const read = await run({ resource: 'paymentMethod', operation: 'getAll', returnAll: true });
		expect(read.error).toBeUndefined();
		expect(calls('/payment-methods')).toHaveLength(2);

		sim.faults.queue({ drop: true, after: true, path: '/api/v2/tables', method: 'POST' });
		const before = sim.store.tables.length;
		const write = await run({
			resource: 'table',
			operation: 'create',
			branchId: String(sim.store.branches[0].id),
			name: 'T99',
			capacity: 2,
		});
		expect(write.error.message).toMatch(/^Could not reach the API/);
		expect(write.error.description).toMatch(/may or may not have been carried out/);
		expect(calls('/tables', 'POST')).toHaveLength(1);
		expect(sim.store.tables).toHaveLength(before + 1);
	});

	test('a server that is not there: every try fails, the message says so', async () => {
		const result = await run(
			{ resource: 'me', operation: 'get' },
			{ baseUrl: 'http://127.0.0.1:9/api/v2' },
		);
		expect(result.error.message).toBe(
			'Could not reach the API: the connection was refused (GET /api/v2/me)',
		);
	});

	test('an unknown API version is refused with meta.message', async () => {
		const result = await run({ resource: 'me', operation: 'get' }, { apiVersion: '9.9.9' });
		expect(result.error.message).toMatch(/^Flavours 400: Unsupported X-API-Version/);
	});

	test('continueOnFail gives an error item per failed input item, paired with it', async () => {
		const [first, second] = sim.store.tables;
		const result = await run(
			{ resource: 'table', operation: 'get', tableId: '={{ $json.id }}' },
			{ items: [{ id: first.id }, { id: 'missing' }, { id: second.id }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem.item)).toEqual([0, 1, 2]);
		expect(result.items[0].json.id).toBe(first.id);
		expect(result.items[1].json.error).toMatch(/^Flavours 404: Table not found/);
		expect(result.items[1].json.description).toMatch(/Check the id/);
		expect(result.items[2].json.id).toBe(second.id);
	});

	test('without continueOnFail the first failure stops the node', async () => {
		const result = await run(
			{ resource: 'table', operation: 'get', tableId: '={{ $json.id }}' },
			{ items: [{ id: 'missing' }, { id: sim.store.tables[0].id }] },
		);
		expect(result.error.message).toMatch(/^Flavours 404/);
		expect(calls(`/tables/${sim.store.tables[0].id}`)).toHaveLength(0);
	});
});

describe('the node', () => {
	test('is usable as a tool, with its icons and credential', () => {
		const { description } = new Flavours();
		expect(description).toMatchObject({
			name: 'flavours',
			displayName: 'Flavours',
			usableAsTool: true,
			icon: { light: 'file:flavours.svg', dark: 'file:flavours.dark.svg' },
			credentials: [{ name: 'flavoursApi', required: true }],
		});
	});

	test('offers exactly the operations Flavours documents', () => {
		const { properties } = new Flavours().description;
		const operations = Object.fromEntries(
			properties
				.filter((property) => property.name === 'operation')
				.map((property) => [
					property.displayOptions.show.resource[0],
					property.options.map((option) => option.value).sort(),
				]),
		);
		expect(operations).toEqual({
			me: ['get'],
			market: ['getAll'],
			branch: ['create', 'delete', 'get', 'getAll', 'update'],
			order: ['calculate', 'checkout', 'create', 'get', 'getAll', 'sync', 'update'],
			customer: ['create', 'get', 'getAll', 'update'],
			product: ['create', 'delete', 'get', 'getAll', 'quickCreate', 'update'],
			productCategory: ['get', 'getAll'],
			discount: ['get', 'getAll', 'verify'],
			paymentMethod: ['create', 'get', 'getAll', 'update'],
			table: ['create', 'delete', 'get', 'getAll', 'update'],
			rewardCheck: ['answer'],
			customApiCall: ['call'],
		});
	});
});

// The picker's values are the documented `key`s, its names the documented `name`
// (doc.flavours.sa payment-method/listPaymentMethods).
test('getPaymentMethods lists payment methods by name, with their keys', async () => {
	const documented = example('flavours/endpoints/payment-methods.list.response').data.data[0];
	expect(documented).toHaveProperty('key');
	expect(documented).not.toHaveProperty('id');
	const options = await loadOptions({
		nodeClass: Flavours,
		credentialClasses: { flavoursApi: FlavoursApi },
		credentials: { flavoursApi: credential() },
		parameters: { resource: 'order', operation: 'checkout' },
		method: 'getPaymentMethods',
	});
	const expected = sim.store.paymentMethods
		.map((record) => ({ name: record.name, value: record.key }))
		.sort((a, b) => a.name.localeCompare(b.name));
	expect(options).toEqual(expected);
});

describe('pickers', () => {
	test.each([
		['getMarkets', 'markets', '/markets'],
		['getBranches', 'branches', '/branches'],
		['getProductCategories', 'productCategories', '/product-categories'],
	])('%s lists %s by English name, with their ids', async (method, collection, path) => {
		const options = await loadOptions({
			nodeClass: Flavours,
			credentialClasses: { flavoursApi: FlavoursApi },
			credentials: { flavoursApi: credential() },
			parameters: { resource: 'order', operation: 'create' },
			method,
		});
		const expected = sim.store[collection]
			.map((record) => ({ name: record.name_en, value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
		expect(options).toEqual(expected);
		expect(calls(path)).toHaveLength(1);
	});
});

describe('an empty ID is refused before anything is sent', () => {
	// Sent as is, '' made Update a POST to /users/customers/ (a new customer) and Get a list call.
	test.each([
		['customer', 'update', 'Customer ID', 'customerId', { updateFields: { city: 'Jeddah' } }],
		['customer', 'get', 'Customer ID', 'customerId', {}],
		['branch', 'get', 'Branch ID', 'branchId', {}],
		['branch', 'update', 'Branch ID', 'branchId', { updateFields: { is_active: false } }],
		['table', 'delete', 'Table ID', 'tableId', {}],
		['product', 'delete', 'Product ID', 'productId', {}],
		['productCategory', 'get', 'Product Category ID', 'productCategoryId', {}],
		['paymentMethod', 'get', 'Payment Method Key', 'paymentMethodId', {}],
		['paymentMethod', 'update', 'Payment Method Key', 'paymentMethodId', { updateFields: {} }],
		['order', 'update', 'Order ID', 'orderId', { updateFields: { status: 'READY' } }],
		['order', 'checkout', 'Order ID', 'orderId', { paymentMethodId: '1' }],
	])('%s %s: "%s" from an expression that gives \'\', blanks or nothing', async (...row) => {
		const [resource, operation, label, idName, extra] = row;
		const customersBefore = sim.store.customers.length;
		for (const input of [{ id: '' }, { id: '   ' }, {}, { id: null }]) {
			const result = await run(
				{ resource, operation, [idName]: '={{ $json.id }}', ...extra },
				{ items: [input] },
			);
			expect(result.error.message).toBe(`The "${label}" parameter is empty`);
			expect(result.error.description).toMatch(/expression, it resolved to nothing/);
			expect(result.error.context.itemIndex).toBe(0);
		}
		// Typed in as a blank, too (a typed '' n8n itself refuses: the field is required).
		const typed = await run({ resource, operation, [idName]: ' ', ...extra });
		expect(typed.error.message).toBe(`The "${label}" parameter is empty`);
		expect(sim.requests).toEqual([]);
		expect(sim.store.customers).toHaveLength(customersBefore);
	});

	test('an expression that gives an object is not an ID either', async () => {
		const result = await run(
			{ resource: 'branch', operation: 'get', branchId: '={{ $json.branch }}' },
			{ items: [{ branch: { id: 1 } }] },
		);
		expect(result.error.message).toBe('The "Branch ID" parameter is not an ID');
		expect(result.error.description).toMatch(/resolved to an object/);
		expect(sim.requests).toEqual([]);
	});

	test('with continueOnFail the empty ones become error items, each paired with its input', async () => {
		const [first, second] = sim.store.tables;
		const result = await run(
			{ resource: 'table', operation: 'get', tableId: '={{ $json.id }}' },
			{ items: [{ id: first.id }, { id: '' }, {}, { id: second.id }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem.item)).toEqual([0, 1, 2, 3]);
		expect(result.items[0].json.id).toBe(first.id);
		for (const failed of [result.items[1], result.items[2]]) {
			expect(failed.json.error).toBe('The "Table ID" parameter is empty');
			expect(failed.json.description).toMatch(/resolved to nothing for this item/);
		}
		expect(result.items[3].json.id).toBe(second.id);
		expect(sim.requests.map((request) => request.path)).toEqual([
			`/api/v2/tables/${first.id}`,
			`/api/v2/tables/${second.id}`,
		]);
	});

	test('with continueOnFail, Checkout goes on with the next order', async () => {
		const created = await run(orderParameters('create'));
		const [order] = json(created);
		const result = await run(
			{
				resource: 'order',
				operation: 'checkout',
				orderId: '={{ $json.order }}',
				paymentMethodId: sim.store.paymentMethods[0].key,
			},
			{ items: [{ order: undefined }, { order: order.id }], continueOnFail: true },
		);
		expect(result.items.map((item) => item.pairedItem.item)).toEqual([0, 1]);
		expect(result.items[0].json.error).toBe('The "Order ID" parameter is empty');
		expect(result.items[1].json).toMatchObject({ id: order.id, payment_status: 'PAID' });
		expect(calls(`/orders/${order.id}/checkout`)).toHaveLength(1);
	});
});

describe('Include on every list', () => {
	const listResources = () =>
		new Flavours().description.properties
			.filter((property) => property.name === 'operation')
			.filter((property) => property.options.some((option) => option.value === 'getAll'))
			.map((property) => property.displayOptions.show.resource[0]);

	test('every list offers Include, by name, with the values Flavours expects', () => {
		const includes = Object.fromEntries(
			new Flavours().description.properties
				.filter((property) => property.name === 'includes')
				.map((property) => [property.displayOptions.show.resource[0], property.options]),
		);
		expect(Object.keys(includes).sort()).toEqual(listResources().sort());
		expect(listResources()).toHaveLength(9);
		for (const options of Object.values(includes))
			for (const option of options)
				expect(option.name).toBe(option.value[0].toUpperCase() + option.value.slice(1));
		expect(includes.order.map((option) => option.value)).toEqual([
			'branch',
			'customer',
			'market',
			'products',
		]);
	});

	// The related record each include embeds, and the field of the record that points at it.
	const embeds = (record, include) => {
		if (include === 'branches')
			return record.branches.every((branch) => branch.market_id === record.id);
		if (include === 'category') return record.category.id === record.product_category_id;
		if (include === 'modifiers') return Array.isArray(record.modifiers);
		if (include === 'products') return Array.isArray(record.products) && record.products.length > 0;
		// Flavours may hand a foreign key back as text ("5") when it was sent as text.
		return (
			record[include] !== null && String(record[include].id) === String(record[`${include}_id`])
		);
	};

	test.each([
		['market', '/markets', ['branches']],
		['branch', '/branches', ['market']],
		['table', '/tables', ['branch', 'market']],
		['customer', '/users/customers', ['market']],
		['order', '/orders', ['branch', 'customer', 'market', 'products']],
		['product', '/products', ['category', 'market', 'modifiers']],
		['productCategory', '/product-categories', ['market']],
		['discount', '/discounts', ['market']],
	])('%s: Get Many with %s embeds the related records', async (resource, path, includes) => {
		if (resource === 'order') {
			const customer = sim.store.customers[4];
			await run(
				orderParameters('create', { additionalFields: { customer_id: String(customer.id) } }),
			);
			sim.requests.length = 0;
		}
		const result = await run({ resource, operation: 'getAll', limit: 20, includes });
		expect(result.error).toBeUndefined();
		const query = calls(path)[0].query['includes[]'];
		expect([query].flat()).toEqual(includes);
		const records = json(result);
		expect(records.length).toBeGreaterThan(0);
		for (const include of includes)
			expect(records.filter((record) => !embeds(record, include))).toEqual([]);
		if (resource === 'market')
			expect(records.map((market) => market.branches.length)).toEqual(
				records.map((market) => sim.store.branches.filter((b) => b.market_id === market.id).length),
			);
	});
});

describe('the Branch filter of lists whose records belong to a market', () => {
	test.each([
		['product', '/products', 'products', { name_en: 'Karak', category_id: 1, modifiers: [] }],
		['discount', '/discounts', 'discounts', { code: 'CAFE5', type: 'FIXED', value: 5 }],
	])('%s: a branch lists the records of its market', async (resource, path, collection, record) => {
		const before = sim.store[collection].map((entry) => entry.id);
		const cafe = sim.store.add(collection, {
			...record,
			id: sim.store.nextId(collection),
			market_id: market(1),
			is_active: true,
		});
		const grillBranch = sim.store.branches.find((branch) => branch.market_id === market());
		const cafeBranch = sim.store.branches.find((branch) => branch.market_id === market(1));
		const list = async (branchId) => {
			const result = await run({
				resource,
				operation: 'getAll',
				returnAll: true,
				filters: { branch_id: String(branchId) },
			});
			expect(result.error).toBeUndefined();
			expect(calls(path).at(-1).query['filter[branch_id]']).toBe(String(branchId));
			return ids(json(result));
		};
		expect(await list(cafeBranch.id)).toEqual([cafe.id]);
		expect(await list(grillBranch.id)).toEqual(before);
		expect(await list(999999)).toEqual([]);
	});
});

describe('choices read as words, and go out as Flavours spells them', () => {
	const property = (resource, operation, name, parent) => {
		const found = new Flavours().description.properties.find(
			(entry) =>
				entry.name === (parent ?? name) &&
				entry.displayOptions?.show?.resource?.[0] === resource &&
				entry.displayOptions?.show?.operation?.[0] === operation,
		);
		if (!parent) return found;
		const inner = found.options.flatMap((entry) => entry.values ?? [entry]);
		return inner.find((entry) => entry.name === name);
	};

	test('order Type, order Status and modifier Type', () => {
		expect(property('order', 'create', 'type').options).toEqual([
			{ name: 'Delivery', value: 'DELIVERY' },
			{ name: 'Dine In', value: 'DINE_IN' },
			{ name: 'Drive Thru', value: 'DRIVE_THRU' },
			{ name: 'Take Away', value: 'TAKE_AWAY' },
		]);
		expect(property('order', 'update', 'status', 'updateFields').options).toEqual([
			{ name: 'Canceled', value: 'CANCELED' },
			{ name: 'Completed', value: 'COMPLETED' },
			{ name: 'Pending', value: 'PENDING' },
			{ name: 'Process', value: 'PROCESS' },
			{ name: 'Ready', value: 'READY' },
		]);
		expect(property('product', 'create', 'type', 'modifiers').options).toEqual([
			{ name: 'Additional', value: 'ADDITIONAL' },
			{ name: 'Additional Variable', value: 'ADDITIONAL_VARIABLE' },
			{ name: 'Option', value: 'OPTION' },
			{ name: 'Option Variable', value: 'OPTION_VARIABLE' },
		]);
	});

	test('a Take Away order and a Canceled status reach Flavours as TAKE_AWAY and CANCELED', async () => {
		const created = await run(orderParameters('create', { type: 'TAKE_AWAY' }));
		expect(calls('/orders', 'POST')[0].body.type).toBe('TAKE_AWAY');
		const [order] = json(created);
		const updated = await run({
			resource: 'order',
			operation: 'update',
			orderId: String(order.id),
			updateFields: { status: 'CANCELED' },
		});
		expect(calls(`/orders/${order.id}`, 'POST')[0].body).toEqual({ status: 'CANCELED' });
		expect(json(updated)[0].status).toBe('CANCELED');
	});
});

describe('what the docs require is asked for, and nothing is sent without it', () => {
	const branchCreate = (extra = {}) => ({
		resource: 'branch',
		operation: 'create',
		marketId: market(),
		nameEn: 'Jeddah Corniche',
		address: 'Corniche Rd, Jeddah',
		latitude: '21.54',
		longitude: '39.17',
		...extra,
	});

	test.each([
		[{ address: '' }, 'The "Address" parameter is empty'],
		[{ latitude: '' }, 'The "Latitude" parameter is empty'],
		[{ longitude: '  ' }, 'The "Longitude" parameter is empty'],
		[{ latitude: 'north' }, 'The "Latitude" parameter is not a number'],
	])('branch Create with %j: %s', async (extra, message) => {
		const result = await run(branchCreate(extra));
		expect(result.error.message).toBe(message);
		expect(result.error.description).toBeTruthy();
		expect(sim.requests).toEqual([]);
	});

	test('branch Create still reads a workflow saved with the place among Additional Fields', async () => {
		const result = await run(
			branchCreate({
				address: '',
				latitude: '',
				longitude: '',
				additionalFields: { address: 'Old Rd', latitude: '21.5', longitude: '39.1' },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(calls('/branches', 'POST')[0].body).toMatchObject({
			address: 'Old Rd',
			latitude: 21.5,
			longitude: 39.1,
		});
	});

	test('customer Create: an empty Phone Prefix is refused before sending', async () => {
		const result = await run({
			resource: 'customer',
			operation: 'create',
			name: 'Sara',
			phone: '551234567',
			phone_prefix: ' ',
		});
		expect(result.error.message).toBe('The "Phone Prefix" parameter is empty');
		expect(result.error.description).toMatch(/966/);
		expect(sim.requests).toEqual([]);
	});

	test('customer Create: the market given wins over the default, an old-place prefix is read', async () => {
		const result = await run(
			{
				resource: 'customer',
				operation: 'create',
				name: 'Omar',
				phone: '501234567',
				additionalFields: { market_id: market(1), phone_prefix: '971' },
			},
			{ defaultMarketId: market() },
		);
		expect(result.error).toBeUndefined();
		expect(calls('/users/customers', 'POST')[0].body).toEqual({
			name: 'Omar',
			phone_prefix: '971',
			phone: '501234567',
			market_id: market(1),
		});
	});

	test('product Create on 2.3.0 without Images names the parameter and sends nothing', async () => {
		const result = await run(
			{
				resource: 'product',
				operation: 'create',
				marketId: market(),
				product_category_id: String(sim.store.productCategories[0].id),
				nameEn: 'Tea',
				modifiers: { modifier: [{ type: 'OPTION', name_en: 'Cup', price: '5' }] },
			},
			{ apiVersion: '2.3.0' },
		);
		expect(result.error.message).toBe('The "Images" parameter is empty');
		expect(sim.requests).toEqual([]);
	});

	test('product Create on 2.3.0 with only additionals asks for an option', async () => {
		const result = await run(
			{
				resource: 'product',
				operation: 'create',
				marketId: market(),
				product_category_id: String(sim.store.productCategories[0].id),
				nameEn: 'Tea',
				images: 'https://cdn.example.com/tea.jpg',
				modifiers: { modifier: [{ type: 'ADDITIONAL', name_en: 'Honey', price: '1' }] },
			},
			{ apiVersion: '2.3.0' },
		);
		expect(result.error.message).toBe('The "Modifiers" parameter has no option');
		expect(sim.requests).toEqual([]);
	});
});

describe('payment methods by key', () => {
	test('Get takes the key; Create and Update send the documented bodies', async () => {
		const [first] = sim.store.paymentMethods;
		const read = await run({
			resource: 'paymentMethod',
			operation: 'get',
			paymentMethodId: first.key,
		});
		expect(read.error).toBeUndefined();
		expect(json(read)[0].key).toBe(first.key);

		const documented = example('flavours/endpoints/payment-methods.create.request');
		const created = await run({
			resource: 'paymentMethod',
			operation: 'create',
			name: documented.name,
			is_online: documented.is_online,
			logo_img: documented.logo_img,
		});
		expect(created.error).toBeUndefined();
		expect(calls('/payment-methods', 'POST')[0].body).toEqual(documented);
		const { key } = json(created)[0];

		const update = example('flavours/endpoints/payment-methods.update.request');
		const updated = await run({
			resource: 'paymentMethod',
			operation: 'update',
			paymentMethodId: key,
			updateFields: update,
		});
		expect(updated.error).toBeUndefined();
		expect(calls(`/payment-methods/${key}`, 'POST')[0].body).toEqual(update);
	});

	test('the list takes the documented filters and not the default market', async () => {
		const result = await run(
			{
				resource: 'paymentMethod',
				operation: 'getAll',
				returnAll: true,
				filters: { payment_methods_keys: 'CASH, MADA', is_online: false, scope: 'SCOPE_ORDER' },
			},
			{ defaultMarketId: market() },
		);
		expect(result.error).toBeUndefined();
		expect(calls('/payment-methods')[0].query).toEqual({
			page: '1',
			per_page: '100',
			'filter[payment_methods_keys][]': ['CASH', 'MADA'],
			'filter[is_online]': '0',
			'filter[scope]': 'SCOPE_ORDER',
		});
		expect(json(result).every((record) => !record.is_online)).toBe(true);
	});
});

test('discounts: the documented types[] and expired_at filters', async () => {
	const result = await run({
		resource: 'discount',
		operation: 'getAll',
		returnAll: true,
		filters: { types: ['COUPON', 'OFFER'], expired_at: '2026-12-31T00:00:00.000Z' },
	});
	expect(calls('/discounts')[0].query).toMatchObject({
		'filter[types][]': ['COUPON', 'OFFER'],
		'filter[expired_at]': String(Date.parse('2026-12-31T00:00:00.000Z')),
	});
	expect(result.items.length).toBeGreaterThanOrEqual(0);
});
