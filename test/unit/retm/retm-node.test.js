'use strict';
// The RETM node run by n8n's engine against the local RETM simulator, over real HTTP.
const { Retm } = require('../../../nodes/Retm/Retm.node');
const { example } = require('../../fixtures/contracts');
const { RetmApi } = require('../../../credentials/RetmApi.credentials');
const { loadOptions, runNode } = require('../../helpers/n8nEngine');
const { startRetmSimulator } = require('../../pos-simulator');

const ACCESS_TOKEN = 'retm-access-token-71c2';
let sim;

beforeAll(async () => {
	sim = await startRetmSimulator({ accessToken: ACCESS_TOKEN, customers: 10000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

function run(parameters, { items, continueOnFail, accessToken = ACCESS_TOKEN } = {}) {
	return runNode({
		nodeClass: Retm,
		credentialClasses: { retmApi: RetmApi },
		credentials: { retmApi: { environment: 'custom', baseUrl: `${sim.url}/`, accessToken } },
		parameters,
		items,
		continueOnFail,
	});
}

const json = (result) => result.items.map((item) => item.json);
const apiCalls = (path) => sim.requests.filter((request) => request.path === `/api/v2${path}`);

describe('every list operation', () => {
	test.each([
		['order', '/orders/list', 'orders'],
		['invoice', '/invoices/list', 'invoices'],
		['category', '/categories/list', 'categories'],
		['product', '/products/list', 'products'],
		['branch', '/branches/list', 'branches'],
		['device', '/devices/list', 'devices'],
		['orderType', '/order-types/list', 'orderTypes'],
		['priceList', '/price-lists/list', 'priceLists'],
		['paymentMethod', '/payments/list', 'paymentMethods'],
		['orderCharge', '/charges/list', 'charges'],
		['tax', '/taxes/list', 'taxes'],
	])('%s: Get Many returns every record of %s', async (resource, path, collection) => {
		const result = await run({ resource, operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		// [doc] order charges are keyed uuid, invoices invoice_id.
		const key = (record) =>
			collection === 'charges' ? record.uuid : (record.id ?? record.invoice_id);
		const ids = json(result).map(key);
		const expected = sim.store[collection].map(key);
		expect(expected.length).toBeGreaterThan(0);
		expect(ids).toEqual(expected);
		expect(apiCalls(path).length).toBeGreaterThan(0);
	});

	test('product: Get Simple List', async () => {
		const result = await run({ resource: 'product', operation: 'getSimpleList', returnAll: true });
		expect(json(result)).toHaveLength(sim.store.products.length);
		expect(apiCalls('/products/simple-list')).toHaveLength(1);
	});

	test('query parameters are sent as given', async () => {
		await run({
			resource: 'invoice',
			operation: 'getAll',
			limit: 5,
			query: { parameter: [{ name: 'branch_id', value: 'br-1' }] },
		});
		expect(apiCalls('/invoices/list')[0].query).toMatchObject({
			branch_id: 'br-1',
			per_page: '5',
			page: '1',
		});
	});
});

describe('Return All and Limit on 10,000 customers', () => {
	test('Return All follows every page to the last', async () => {
		const result = await run({ resource: 'customer', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(10000);
		expect(new Set(json(result).map((customer) => customer.id)).size).toBe(10000);
		expect(apiCalls('/customers/list')).toHaveLength(101);
		expect(result.items.every((item) => item.pairedItem.item === 0)).toBe(true);
		// The node reads the credential once for the list and hands it to n8n for every page.
		expect(result.credentialReads).toBe(1);
	});

	test('Limit stops once enough items are in, keeping one page size', async () => {
		const result = await run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: false,
			limit: 250,
		});
		expect(json(result).map((customer) => customer.id)).toEqual(
			sim.store.customers.slice(0, 250).map((customer) => customer.id),
		);
		expect(apiCalls('/customers/list').map((call) => call.query)).toEqual([
			{ page: '1', per_page: '100' },
			{ page: '2', per_page: '100' },
			{ page: '3', per_page: '100' },
		]);
	});
});

describe('single reads', () => {
	test.each([
		['category', 'categoryId', 'categories', (id) => `/categories/${id}`],
		['product', 'productId', 'products', (id) => `/products/${id}`],
		['group', 'groupId', 'groups', (id) => `/groups/${id}`],
	])('%s: Get returns the record', async (resource, idParameter, collection, path) => {
		const { id } = sim.store[collection][0];
		const result = await run({ resource, operation: 'get', [idParameter]: id });
		expect(result.error).toBeUndefined();
		expect(json(result)).toHaveLength(1);
		expect(json(result)[0].id).toBe(id);
		expect(apiCalls(path(id))).toHaveLength(1);
	});

	test('menu: Get returns the menu', async () => {
		const result = await run({ resource: 'menu', operation: 'get' });
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(0);
		expect(apiCalls('/menu')).toHaveLength(1);
	});
});

describe('an empty ID is refused before anything is sent', () => {
	test.each([
		['category', 'Category ID', 'categoryId'],
		['product', 'Product ID', 'productId'],
		['group', 'Group ID', 'groupId'],
	])('%s: Get with "%s" from an expression that gives \'\', blanks or nothing', async (...row) => {
		const [resource, label, idName] = row;
		for (const input of [{ id: '' }, { id: '  ' }, {}, { id: null }]) {
			const result = await run(
				{ resource, operation: 'get', [idName]: '={{ $json.id }}' },
				{ items: [input] },
			);
			expect(result.error.message).toBe(`The "${label}" parameter is empty`);
			expect(result.error.description).toMatch(/expression, it resolved to nothing/);
			expect(result.error.context.itemIndex).toBe(0);
		}
		// Typed in as a blank, too (a typed '' n8n itself refuses: the field is required).
		const typed = await run({ resource, operation: 'get', [idName]: '  ' });
		expect(typed.error.message).toBe(`The "${label}" parameter is empty`);
		expect(sim.requests).toEqual([]);
	});

	test('with continueOnFail the empty ones become error items, each paired with its input', async () => {
		const [first, second] = sim.store.products;
		const result = await run(
			{ resource: 'product', operation: 'get', productId: '={{ $json.id }}' },
			{ items: [{ id: '' }, { id: first.id }, {}, { id: second.id }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem.item)).toEqual([0, 1, 2, 3]);
		expect(result.items[0].json.error).toBe('The "Product ID" parameter is empty');
		expect(result.items[0].json.description).toMatch(/resolved to nothing for this item/);
		expect(result.items[1].json.id).toBe(first.id);
		expect(result.items[2].json.error).toBe('The "Product ID" parameter is empty');
		expect(result.items[3].json.id).toBe(second.id);
		expect(sim.requests.map((request) => request.path)).toEqual([
			`/api/v2/products/${first.id}`,
			`/api/v2/products/${second.id}`,
		]);
	});
});

describe('choices in alphabetical order, values unchanged', () => {
	const options = (resource, operation, name) =>
		new Retm().description.properties.find(
			(property) =>
				property.name === name &&
				property.displayOptions?.show?.resource?.[0] === resource &&
				property.displayOptions?.show?.operation?.[0] === operation,
		).options;

	test("delivery Status and payment method Type keep RETM's numbers", () => {
		expect(options('order', 'updateDeliveryStatus', 'status')).toEqual([
			{ name: 'Assigned', value: 5 },
			{ name: 'Canceled', value: 3 },
			{ name: 'Delivered', value: 7 },
			{ name: 'In Process', value: 2 },
			{ name: 'Out for Delivery', value: 6 },
			{ name: 'Pickup Ready', value: 4 },
			{ name: 'Under Review', value: 1 },
		]);
		expect(options('paymentMethod', 'create', 'type')).toEqual([
			{ name: 'Card', value: 2 },
			{ name: 'Cash', value: 1 },
			{ name: 'Credit Account', value: 5 },
			{ name: 'Gift Card', value: 4 },
			{ name: 'Other', value: 3 },
			{ name: 'Third Party', value: 6 },
		]);
	});
});

describe('writes', () => {
	// The documented body (api-5053420), name.ar and zatca_payment_code included.
	test('paymentMethod: Create sends the documented body and the record is stored', async () => {
		const documented = example('retm/endpoints/payments.create.request');
		const before = sim.store.paymentMethods.length;
		const result = await run({
			resource: 'paymentMethod',
			operation: 'create',
			nameEn: documented.name.en,
			nameAr: documented.name.ar,
			type: documented.type,
			autoOpenDrawer: documented.auto_open_drawer,
			ecrEnabled: documented.ecr_enabled,
			zatcaPaymentCode: documented.zatca_payment_code,
		});
		expect(result.error).toBeUndefined();
		expect(apiCalls('/payments/create')[0].body).toEqual(documented);
		expect(sim.store.paymentMethods).toHaveLength(before + 1);
	});

	// The documented body (api-5053414): money as numbers, product total required, the address
	// complete with its multi-language name.
	test('order: Create sends the fields as RETM documents them and the order is stored', async () => {
		const documented = example('retm/endpoints/orders.create.request');
		const branch = sim.store.branches[0];
		const [kabsa] = sim.store.products;
		const paymentMethod = sim.store.paymentMethods[0];
		const tax = sim.store.taxes[0];
		const expected = {
			...documented,
			branch: branch.id,
			ordertype: undefined,
			products: [{ id: kabsa.id, quantity: 1, total: 75, discount: 0 }],
			discount: undefined,
			payments: [{ id: paymentMethod.id, amount: 86.25 }],
			taxes: [{ id: tax.id, amount: 11.25 }],
		};
		const { customer } = documented;
		const ordersBefore = sim.store.orders.length;
		const result = await run({
			resource: 'order',
			operation: 'create',
			branchId: branch.id,
			customerPhone: customer.phone,
			products: { product: [{ id: kabsa.id, quantity: 1, total: '75.000', discount: '0' }] },
			additionalFields: {
				customerNameEn: customer.name.en,
				customerNameAr: customer.name.ar,
				partnerReference: documented.partner_reference,
				note: documented.note,
				subtotal: '75.000',
				tax: '11.250',
				total: 86.25,
			},
			address: {
				id: customer.address.id,
				name: customer.address.name.en,
				nameAr: customer.address.name.ar,
				address: customer.address.address,
				latitude: customer.address.latitude,
				longitude: customer.address.longitude,
				note: customer.address.note,
			},
			payments: { entry: [{ id: paymentMethod.id, amount: '86.250' }] },
			taxes: { entry: [{ id: tax.id, amount: '11.25' }] },
		});
		expect(result.error).toBeUndefined();
		const [sent] = apiCalls('/orders/create');
		expect(sent.body).toEqual(JSON.parse(JSON.stringify(expected)));
		expect(sim.store.orders).toHaveLength(ordersBefore + 1);
		expect(json(result)[0].id).toBe(sim.store.orders[sim.store.orders.length - 1].id);
	});

	test('order: Create sends modifiers with their product, and the order-level discounts', async () => {
		const branch = sim.store.branches[0];
		const [kabsa, juice] = sim.store.products;
		const result = await run({
			resource: 'order',
			operation: 'create',
			branchId: branch.id,
			customerPhone: '0551234567',
			products: {
				product: [
					{ id: kabsa.id, quantity: 2, total: '150.000', note: 'no onions' },
					{ id: juice.id, quantity: 1, total: '12' },
				],
			},
			modifiers: { modifier: [{ productId: kabsa.id, id: 'mod-1', quantity: 1, price: '5.000' }] },
			additionalFields: { discountsJson: '[{"id": "disc-1", "amount": 10}]' },
		});
		expect(result.error).toBeUndefined();
		expect(apiCalls('/orders/create')[0].body).toEqual({
			branch: branch.id,
			products: [
				{
					id: kabsa.id,
					quantity: 2,
					total: 150,
					note: 'no onions',
					modifiers: [{ id: 'mod-1', quantity: 1, price: 5 }],
				},
				{ id: juice.id, quantity: 1, total: 12 },
			],
			customer: { phone: '0551234567' },
			discount: [{ id: 'disc-1', amount: 10 }],
		});
	});

	test.each([
		[
			{ address: 'Olaya St', latitude: '24.7', longitude: '46.6' },
			'The "Delivery Address" parameter is missing "Address ID", "Name (English)"',
		],
		[{ nameAr: 'المنزل' }, /^The "Delivery Address" parameter is missing "Address", "Address ID"/],
	])(
		'order: Create with an incomplete address %j is refused before sending',
		async (address, message) => {
			const result = await run({
				resource: 'order',
				operation: 'create',
				branchId: sim.store.branches[0].id,
				customerPhone: '0551234567',
				products: { product: [{ id: sim.store.products[0].id, quantity: 1, total: '75' }] },
				address,
			});
			expect(result.error.message).toMatch(message);
			expect(result.error.description).toMatch(
				/Address ID, Latitude, Longitude and Name \(English\)/,
			);
			expect(apiCalls('/orders/create')).toHaveLength(0);
		},
	);

	test.each([
		[{ total: '={{ $json.none }}' }, 'The "Products > Total (product 1)" parameter is empty'],
		[{ total: 'ten' }, 'The "Products > Total (product 1)" parameter is not an amount'],
	])('order: Create with a product %j is refused before sending', async (line, message) => {
		const result = await run({
			resource: 'order',
			operation: 'create',
			branchId: sim.store.branches[0].id,
			customerPhone: '0551234567',
			products: { product: [{ id: sim.store.products[0].id, quantity: 1, ...line }] },
		});
		expect(result.error.message).toBe(message);
		expect(apiCalls('/orders/create')).toHaveLength(0);
	});

	test.each([
		['nameAr', 'Name (Arabic)'],
		['zatcaPaymentCode', 'ZATCA Payment Code'],
	])('paymentMethod: Create with an empty %s names it and sends nothing', async (name, label) => {
		const documented = example('retm/endpoints/payments.create.request');
		const result = await run(
			{
				resource: 'paymentMethod',
				operation: 'create',
				nameEn: documented.name.en,
				nameAr: documented.name.ar,
				zatcaPaymentCode: documented.zatca_payment_code,
				[name]: '={{ $json.empty }}',
			},
			{ items: [{ empty: '' }] },
		);
		expect(result.error.message).toBe(`The "${label}" parameter is empty`);
		expect(apiCalls('/payments/create')).toHaveLength(0);
	});

	test('order: Cancel by partner reference, and Update Delivery Status', async () => {
		const order = sim.store.orders.find((entry) => entry.partner_reference && entry.status !== 5);
		const cancel = await run({
			resource: 'order',
			operation: 'cancel',
			cancelBy: 'partner_reference',
			orderRef: order.partner_reference,
			reason: 'Customer asked',
		});
		expect(cancel.error).toBeUndefined();
		expect(apiCalls('/orders/cancel')[0].body).toEqual({
			partner_reference: order.partner_reference,
			reason: 'Customer asked',
		});
		expect(sim.store.find('orders', order.id).cancel_reason).toBe('Customer asked');

		const delivery = sim.store.orders.find(
			(entry) => entry.delivery_status !== null && entry.status !== 5,
		);
		const update = await run({
			resource: 'order',
			operation: 'updateDeliveryStatus',
			orderId: delivery.id,
			status: 6,
		});
		expect(update.error).toBeUndefined();
		expect(sim.store.find('orders', delivery.id).delivery_status).toBe(6);
	});

	test.each([
		[
			'tax',
			{ nameEn: 'VAT', nameAr: 'ضريبة القيمة المضافة', type: 2, value: '15' },
			'taxes',
			'/taxes/create',
			{ name: { en: 'VAT', ar: 'ضريبة القيمة المضافة' }, type: 2, value: '15' },
		],
		[
			'orderType',
			{ nameEn: 'Drive-through', nameAr: 'السيارة' },
			'orderTypes',
			'/order-types/create',
			{ name: { en: 'Drive-through', ar: 'السيارة' } },
		],
		[
			'orderCharge',
			{ nameEn: 'Delivery fee', value: '10.00' },
			'charges',
			'/charges/create',
			{ name: { en: 'Delivery fee' }, value: '10.00' },
		],
	])(
		'%s: Create sends the fields and the record is stored',
		async (resource, fields, collection, path, body) => {
			const before = sim.store[collection].length;
			const result = await run({ resource, operation: 'create', ...fields });
			expect(result.error).toBeUndefined();
			expect(apiCalls(path)[0].body).toEqual(body);
			expect(sim.store[collection]).toHaveLength(before + 1);
			expect(json(result)[0].id).toBe(sim.store[collection][before].id);
		},
	);

	test('a JSON body replaces the fields for power users', async () => {
		const result = await run({
			resource: 'tax',
			operation: 'create',
			bodyInput: 'json',
			jsonBody: '{"name":{"en":"City tax"},"type":1,"value":"2.500"}',
		});
		expect(result.error).toBeUndefined();
		expect(apiCalls('/taxes/create')[0].body).toEqual({
			name: { en: 'City tax' },
			type: 1,
			value: '2.500',
		});
	});

	test('JSON that does not parse names the parameter and sends nothing', async () => {
		const result = await run({
			resource: 'tax',
			operation: 'create',
			bodyInput: 'json',
			jsonBody: '{"name": ',
		});
		expect(result.error.message).toMatch(/^JSON Body is not valid JSON/);
		expect(result.error.description).toMatch(/"JSON Body" parameter/);
		expect(apiCalls('/taxes/create')).toHaveLength(0);
	});

	// The simulator blanks tokens out of the headers it records, so the proof that the credential was
	// sent is its answer: it refuses a call without the token (401), as the second run shows.
	test('Custom API Call reaches any path with the credential, and never shows the token', async () => {
		const parameters = {
			resource: 'customApiCall',
			operation: 'call',
			method: 'GET',
			path: '/customers/list',
			queryJson: '{"per_page": 3}',
		};
		const result = await run(parameters);
		expect(result.error).toBeUndefined();
		const first3 = sim.store.customers.slice(0, 3);
		expect(json(result).map((customer) => customer.id)).toEqual(first3.map((c) => c.id));
		expect(apiCalls('/customers/list').map((call) => [call.status, call.query])).toEqual([
			[200, { per_page: '3' }],
		]);
		expect(apiCalls('/customers/list')[0].headers.authorization).toBe('Bearer [redacted]');

		const unauthenticated = await run(parameters, { accessToken: 'not-the-token' });
		expect(unauthenticated.error.message).toMatch(/^RETM 401: Unauthenticated\./);

		const missing = await run({ ...parameters, path: '/no-such-route' });
		expect(missing.error.message).toMatch(/^RETM 404/);
		const shown = JSON.stringify([
			result.items,
			missing.error,
			missing.error.message,
			missing.error.description,
		]);
		expect(shown).not.toContain(ACCESS_TOKEN);
	});
});

describe('errors a user can act on', () => {
	test('401: check the access token, and the token is never shown', async () => {
		const result = await run(
			{ resource: 'tax', operation: 'getAll', returnAll: true },
			{ accessToken: 'expired' },
		);
		expect(result.error.message).toMatch(/^RETM 401: Unauthenticated\./);
		expect(result.error.description).toMatch(
			/Business ID in the RETM credential. A pasted Access Token \(legacy\) stops working an hour/,
		);
		expect(JSON.stringify(result.error)).not.toContain(ACCESS_TOKEN);
	});

	test('404: check the business id or the id', async () => {
		const result = await run({
			resource: 'category',
			operation: 'get',
			categoryId: 'no-such-category',
		});
		expect(result.error.message).toMatch(/^RETM 404: .*not found/);
		expect(result.error.description).toMatch(/Business ID/);
		// An operation's path is the node's: API Request is where to try another one.
		expect(result.error.description).toMatch(/try it with the API Request resource/);
	});

	test('404 of an API Request call points at its Path, not at API Request itself', async () => {
		const result = await run({
			resource: 'customApiCall',
			operation: 'call',
			method: 'GET',
			path: '/categories/no-such-category',
		});
		expect(result.error.message).toMatch(/^RETM 404: .*not found/);
		expect(result.error.description).toMatch(/Business ID/);
		expect(result.error.description).toMatch(/the Path: it goes after \/api\/v2/);
		expect(result.error.description).not.toMatch(/API Request/);
	});

	// The node refuses a total that is not a number itself: RETM's own 422 is reached with a JSON body.
	test('422: each field error is listed', async () => {
		const result = await run({
			resource: 'order',
			operation: 'create',
			bodyInput: 'json',
			jsonBody: JSON.stringify({
				branch: 'no-such-branch',
				customer: { phone: '0551234567' },
				products: [{ id: 'no-such-product', quantity: 1, total: 'ten' }],
			}),
		});
		expect(result.error.message).toMatch(/^RETM 422: The given data was invalid\./);
		expect(result.error.description).toMatch(/^Fix these fields and try again:\n/);
		expect(result.error.description).toMatch(/^branch: /m);
		expect(result.error.description).toMatch(/^products\.0\.id: /m);
		expect(result.error.description).toMatch(/^products\.0\.total: /m);
	});

	test('500 is reported at once, not retried', async () => {
		sim.faults.queue({ status: 500, path: '/api/v2/taxes/list' });
		const result = await run({ resource: 'tax', operation: 'getAll', returnAll: true });
		expect(result.error.message).toMatch(/^RETM 500/);
		expect(apiCalls('/taxes/list')).toHaveLength(1);
	});

	test('continueOnFail gives an error item per failed input item, paired with it', async () => {
		const result = await run(
			{ resource: 'category', operation: 'get', categoryId: '={{ $json.id }}' },
			{
				items: [
					{ id: sim.store.categories[0].id },
					{ id: 'missing' },
					{ id: sim.store.categories[1].id },
				],
				continueOnFail: true,
			},
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem.item)).toEqual([0, 1, 2]);
		expect(result.items[0].json.id).toBe(sim.store.categories[0].id);
		expect(result.items[1].json.error).toMatch(/^RETM 404/);
		expect(result.items[2].json.id).toBe(sim.store.categories[1].id);
	});
});

describe('retries', () => {
	test('429 with Retry-After in seconds is waited out and retried', async () => {
		sim.faults.queue({ status: 429, retryAfter: '1', times: 2, path: '/api/v2/branches/list' });
		const started = Date.now();
		const result = await run({ resource: 'branch', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(json(result)).toHaveLength(sim.store.branches.length);
		expect(apiCalls('/branches/list')).toHaveLength(3);
		expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
	});

	test('Retry-After as an HTTP date is honoured', async () => {
		sim.faults.queue({
			status: 503,
			retryAfter: new Date(Date.now() + 1500),
			path: '/api/v2/devices/list',
		});
		const started = Date.now();
		const result = await run({ resource: 'device', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(apiCalls('/devices/list')).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(400);
	});

	test('502 and 504 are retried with backoff, at most three times', async () => {
		sim.faults.queue({ status: 502, times: 2, path: '/api/v2/taxes/list' });
		const recovered = await run({ resource: 'tax', operation: 'getAll', returnAll: true });
		expect(recovered.error).toBeUndefined();
		expect(apiCalls('/taxes/list')).toHaveLength(3);

		sim.reset();
		sim.faults.queue({ status: 504, times: 10, path: '/api/v2/taxes/list' });
		const gaveUp = await run({ resource: 'tax', operation: 'getAll', returnAll: true });
		expect(gaveUp.error.message).toMatch(/^RETM 504/);
		expect(apiCalls('/taxes/list')).toHaveLength(4);
	});

	test('a dropped connection on a read is retried', async () => {
		sim.faults.queue({ drop: true, path: '/api/v2/order-types/list' });
		const result = await run({ resource: 'orderType', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(json(result)).toHaveLength(sim.store.orderTypes.length);
	});

	test('a create whose connection dropped after it was stored is not sent again', async () => {
		sim.faults.queue({ drop: true, after: true, path: '/api/v2/taxes/create' });
		const before = sim.store.taxes.length;
		const result = await run({
			resource: 'tax',
			operation: 'create',
			nameEn: 'VAT',
			type: 2,
			value: '15',
		});
		expect(result.error.message).toMatch(/^Could not reach the API/);
		expect(result.error.description).toMatch(/may or may not have been carried out/);
		expect(apiCalls('/taxes/create')).toHaveLength(1);
		expect(sim.store.taxes).toHaveLength(before + 1);
	});

	test('a create refused with 503 (not carried out) is retried', async () => {
		sim.faults.queue({ status: 503, retryAfter: '0', path: '/api/v2/taxes/create' });
		const before = sim.store.taxes.length;
		const result = await run({
			resource: 'tax',
			operation: 'create',
			nameEn: 'VAT',
			type: 2,
			value: '15',
		});
		expect(result.error).toBeUndefined();
		expect(sim.store.taxes).toHaveLength(before + 1);
	});

	test('a create answered 502 is not repeated: the server may have acted', async () => {
		sim.faults.queue({ status: 502, path: '/api/v2/taxes/create' });
		const result = await run({
			resource: 'tax',
			operation: 'create',
			nameEn: 'VAT',
			type: 2,
			value: '15',
		});
		expect(result.error.message).toMatch(/^RETM 502/);
		expect(apiCalls('/taxes/create')).toHaveLength(1);
	});
});

describe('pickers', () => {
	test.each([
		['getBranches', 'branches', '/branches/list'],
		['getOrderTypes', 'orderTypes', '/order-types/list'],
		['getPaymentMethods', 'paymentMethods', '/payments/list'],
		['getTaxes', 'taxes', '/taxes/list'],
	])('%s lists %s by English name, with their ids', async (method, collection, path) => {
		const options = await loadOptions({
			nodeClass: Retm,
			credentialClasses: { retmApi: RetmApi },
			credentials: {
				retmApi: { environment: 'custom', baseUrl: sim.url, accessToken: ACCESS_TOKEN },
			},
			parameters: { resource: 'order', operation: 'create' },
			method,
		});
		const expected = sim.store[collection]
			.map((record) => ({ name: record.name.en, value: String(record.id) }))
			.sort((a, b) => a.name.localeCompare(b.name));
		expect(options).toEqual(expected);
		expect(apiCalls(path)).toHaveLength(1);
	});

	// [doc] order charges are keyed uuid (api-5053421): their picker's values are the uuids.
	test('getOrderCharges lists the charges by English name, with their uuids', async () => {
		const options = await loadOptions({
			nodeClass: Retm,
			credentialClasses: { retmApi: RetmApi },
			credentials: {
				retmApi: { environment: 'custom', baseUrl: sim.url, accessToken: ACCESS_TOKEN },
			},
			parameters: { resource: 'order', operation: 'create' },
			method: 'getOrderCharges',
		});
		const documented = example('retm/endpoints/charges.list.response')[0];
		expect(documented).not.toHaveProperty('id');
		const expected = sim.store.charges
			.map((record) => ({ name: record.name.en, value: record.uuid }))
			.sort((a, b) => a.name.localeCompare(b.name));
		expect(options).toEqual(expected);
		expect(options.every((option) => option.value !== 'undefined')).toBe(true);
	});
});

describe('Return All on lists that ignore page', () => {
	// RETM's order charges come as a bare array (GET /api/v2/charges/list); a server that ignores
	// `page` answers every page with the same rows. A tiny server plays both, counting the calls.
	const http = require('node:http');
	const charges = Array.from({ length: 150 }, (_, index) => ({
		uuid: `01charge${String(index).padStart(18, '0')}`,
		name: { en: `Charge ${index}`, ar: `رسوم ${index}` },
		value: '20.00',
	}));
	let server;
	let base;
	const calls = [];
	beforeAll(async () => {
		server = http.createServer((request, response) => {
			const url = new URL(request.url, 'http://127.0.0.1');
			calls.push(`${url.pathname}?${url.searchParams}`);
			response.setHeader('content-type', 'application/json');
			if (url.pathname === '/api/v2/charges/list') response.end(JSON.stringify(charges));
			else response.end(JSON.stringify({ items: charges.slice(0, 100) }));
		});
		await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${server.address().port}`;
	});
	afterAll(() => new Promise((resolve) => server.close(resolve)));
	beforeEach(() => calls.splice(0));

	const runAgainst = (parameters) =>
		runNode({
			nodeClass: Retm,
			credentialClasses: { retmApi: RetmApi },
			credentials: { retmApi: { environment: 'custom', baseUrl: base, accessToken: ACCESS_TOKEN } },
			parameters,
		});

	test('a bare array of 150 charges is read once and returned whole', async () => {
		const result = await runAgainst({
			resource: 'orderCharge',
			operation: 'getAll',
			returnAll: true,
		});
		expect(json(result)).toHaveLength(150);
		expect(calls).toHaveLength(1);
	});

	test('an {items} page repeated for every page number ends the list after the repeat', async () => {
		const result = await runAgainst({ resource: 'branch', operation: 'getAll', returnAll: true });
		expect(json(result)).toHaveLength(100);
		expect(calls).toHaveLength(2);
	});
});
