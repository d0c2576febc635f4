'use strict';

const { isObject, createErrors, messages } = require('../validation');
const { ok, created, notFound, invalid, failure, answer } = require('./envelope');
const { presentProduct, presentQuickProduct, paginator } = require('./present');
const { productFieldNames } = require('./versions');
const validate = require('./validators');
const { customerShape } = require('./seed');

// Handlers get { store, params, query, body, request, version } and return { status, body }.

const now = () => new Date().toISOString();
const input = (body) => (isObject(body) ? body : {});
const VAT_RATE = 0.15;
const money = (amount) => (Math.round(amount * 100) / 100).toFixed(2);

/** How each record kind is stored from a create body, and which body keys an update may change. */
const kinds = {
	branches: {
		what: 'Branch',
		validate: validate.branch,
		build: (body) =>
			pick(body, ['market_id', 'name_en', 'name_ar', 'address', 'latitude', 'longitude'], {
				is_active: true,
				deleted_at: null,
				expired_at: null,
				is_online: false,
			}),
		updatable: ['name_en', 'name_ar', 'address', 'latitude', 'longitude', 'is_active'],
		present: presentBranch,
		// [doc] doc.flavours.sa branch/createBranch.
		created: { status: 200, message: 'Branch created successfully.' },
	},
	tables: {
		what: 'Table',
		validate: validate.table,
		build: (body, store) => ({
			...pick(body, ['branch_id', 'name', 'capacity'], { is_active: true }),
			market_id: store.find('branches', body.branch_id).market_id,
		}),
		updatable: ['name', 'capacity', 'is_active'],
	},
	customers: {
		what: 'Customer',
		validate: validate.customer,
		build: (body, store) => customerRecord(store, body),
		update: (record, body) => updateCustomer(record, body),
	},
	products: {
		what: 'Product',
		validate: validate.product,
		build: (body, store, version) => productRecord(body, version, store),
		update: (record, body, version, store) =>
			Object.assign(record, changedProductFields(body, version, store)),
		present: presentProduct,
		// [doc] doc.flavours.sa product/createProduct (2.3.0); [guess] the same on earlier versions.
		created: { status: 200, message: 'Product created successfully.' },
	},
};

// Customer records follow the customer webhook's payload, whose times are ISO text; every other
// record answers epoch milliseconds, as the payment-method, branch, product and market pages show.
const stampFor = (collection) => (collection === 'customers' ? now() : Date.now());

/**
 * [doc] A branch as its create (doc.flavours.sa branch/createBranch) and detail (docs.flavours.sa
 * Branch Detail) answers show it; [guess] the values of what they add: today's shift, the order
 * counts (as text, as the page types them), and empty settings, plans and schedules.
 */
function presentBranch(branch, _version, view, store) {
	if (view === 'written') {
		const day = new Date();
		const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
		const weekday = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'][day.getUTCDay()];
		return { ...branch, level: null, shift: { day: weekday, min: start, max: start + 86399000 } };
	}
	if (view !== 'detail') return branch;
	const orders = store.orders.filter((order) => order.branch_id === branch.id);
	const count = (statuses) =>
		String(orders.filter((order) => statuses.includes(order.status)).length);
	const market = store.find('markets', branch.market_id);
	return {
		...branch,
		waiting_orders_count: count(['PENDING']),
		process_orders_count: count(['PROCESS', 'READY']),
		completed_orders_count: count(['COMPLETED']),
		canceled_orders_count: count(['CANCELED']),
		market: market ? { id: market.id, name_en: market.name_en, name_ar: market.name_ar } : null,
		setting: {},
		location: null,
		plans: [],
		schedules: [],
		out_of_stock_products: [],
	};
}

// Laravel casts foreign keys to integers.
const cast = (field, value) =>
	field.endsWith('_id') && /^\d+$/.test(String(value)) ? Number(value) : value;

function pick(body, fields, extra = {}) {
	const record = { ...extra };
	for (const field of fields) record[field] = cast(field, body[field] ?? null);
	return record;
}

function customerRecord(store, body) {
	const at = now();
	return customerShape({
		id: store.nextId('customers'),
		userId: store.nextId('users'),
		marketId: body.market_id ?? store.markets[0].id,
		profile: {
			type: 'INDIVIDUAL',
			...pick(body, ['gender', 'tax_number', 'city', 'district', 'street']),
		},
		user: {
			role: 'CUSTOMER',
			...pick(body, ['name', 'email', 'lang']),
			phone_prefix: String(body.phone_prefix),
			phone: String(body.phone),
			is_active: true,
			email_verified_at: null,
			phone_verified_at: null,
			created_at: at,
			updated_at: at,
		},
	});
}

function updateCustomer(record, body) {
	for (const field of ['gender', 'tax_number', 'city', 'district', 'street'])
		if (body[field] !== undefined) record[field] = body[field];
	for (const field of ['name', 'email', 'lang', 'phone', 'phone_prefix'])
		if (body[field] !== undefined) record.user[field] = String(body[field]);
	record.user.updated_at = now();
}

/** Modifiers as stored: each with an id of its own, as 2.3.0 shows its options. */
const storedModifiers = (modifiers, store) =>
	modifiers.map((modifier) => ({ id: store.nextId('productOptions'), ...modifier }));

// Stored under the 2.3.0 names, with 2.3.0's options and additionals kept as the modifiers of the
// earlier versions; shown under the names of the version asked.
function changedProductFields(body, version, store) {
	const names = productFieldNames(version);
	const changed = {};
	for (const field of [
		'market_id',
		'branch_id',
		'name_en',
		'name_ar',
		'description_en',
		'description_ar',
		'stock',
		'images',
		'is_active',
	])
		if (body[field] !== undefined) changed[field] = body[field];
	if (body.modifiers !== undefined) changed.modifiers = storedModifiers(body.modifiers, store);
	if (body.options !== undefined || body.additionals !== undefined)
		changed.modifiers = storedModifiers(
			[
				...(body.options ?? []).map((option) => ({ type: 'OPTION', ...option })),
				...(body.additionals ?? []).map((additional) => ({ type: 'ADDITIONAL', ...additional })),
			],
			store,
		);
	if (body[names.category] !== undefined) changed.category_id = Number(body[names.category]);
	if (body[names.duration] !== undefined) changed.duration = Number(body[names.duration]);
	return changed;
}

const productRecord = (body, version, store) => ({
	branch_id: null,
	description_en: null,
	description_ar: null,
	duration: null,
	stock: null,
	is_active: true,
	order: store.products.length + 1,
	images: [],
	modifiers: [],
	...changedProductFields(body, version, store),
});

/** A record as an answer shows it; `view` is 'detail' (a read) or 'written' (a create or update). */
const show = (kind, record, version, view, store) =>
	kind.present ? kind.present(record, version, view, store) : record;

const getOne =
	(collection) =>
	({ store, params, version }) => {
		const kind = kinds[collection] ?? { what: 'Record' };
		const record = store.find(collection, params.id);
		return record ? ok(show(kind, record, version, 'detail', store)) : notFound(kind.what);
	};

const createOne =
	(collection) =>
	({ store, body, version }) => {
		const kind = kinds[collection];
		const errors = kind.validate(input(body), store, version);
		if (errors.any()) return invalid(errors.errors);
		const at = stampFor(collection);
		const record = { ...kind.build(input(body), store, version), created_at: at, updated_at: at };
		const stored = store.add(collection, { id: record.id ?? store.nextId(collection), ...record });
		const shown = show(kind, stored, version, 'written', store);
		// [guess] 201 where no page shows what a create answers.
		return kind.created ? answer(kind.created.status, shown, kind.created.message) : created(shown);
	};

const updateOne =
	(collection) =>
	({ store, params, body, version }) => {
		const kind = kinds[collection];
		const record = store.find(collection, params.id);
		if (!record) return notFound(kind.what);
		const errors = kind.validate(input(body), store, version, { partial: true, id: record.id });
		if (errors.any()) return invalid(errors.errors);
		if (kind.update) kind.update(record, input(body), version, store);
		else
			for (const field of kind.updatable)
				if (input(body)[field] !== undefined) record[field] = body[field];
		record.updated_at = stampFor(collection);
		return ok(show(kind, record, version, 'written', store));
	};

const deleteOne =
	(collection) =>
	({ store, params }) => {
		const index = store[collection].findIndex((record) => String(record.id) === params.id);
		if (index === -1) return notFound(kinds[collection].what);
		store[collection].splice(index, 1);
		return ok(null);
	};

// A product with its single option, stored as the other products are: the option as an OPTION
// modifier, so lists and reads show it.
function quickCreateProduct({ store, body, version }) {
	const errors = validate.quickProduct(input(body), store);
	if (errors.any()) return invalid(errors.errors);
	const at = Date.now();
	const { option } = body;
	const record = store.add('products', {
		id: store.nextId('products'),
		market_id: body.market_id,
		branch_id: body.branch_id ?? null,
		category_id: body.category_id === undefined ? null : Number(body.category_id),
		name_en: body.name_en,
		name_ar: body.name_ar ?? null,
		description_en: null,
		description_ar: null,
		duration: null,
		stock: null,
		is_active: true,
		order: store.products.length + 1,
		images: body.images,
		branches: body.branches ?? [],
		modifiers: storedModifiers(
			[
				{
					type: 'OPTION',
					name_en: option.name_en ?? body.name_en,
					name_ar: option.name_ar ?? null,
					price: money(Number(option.price ?? 0)),
					is_tax_included: true,
				},
			],
			store,
		),
		created_at: at,
		updated_at: at,
	});
	return answer(200, presentQuickProduct(record, version), 'Product created successfully.');
}

const me = ({ store }) => ok(store.users[0]);

// [doc] payment methods are keyed by `key` (CASH, MADA, ...), created from a name.
const paymentMethodKey = (name) =>
	name
		.trim()
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
const showPaymentMethod = (record) => ({
	key: record.key,
	name: record.name,
	is_online: record.is_online,
	logo_img: record.logo_img,
	created_at: record.created_at,
	updated_at: record.updated_at,
	scopes: record.scopes,
	settings_count: record.settings_count,
});

function createPaymentMethod({ store, body }) {
	const errors = validate.paymentMethod(input(body), store);
	if (errors.any()) return invalid(errors.errors);
	const key = paymentMethodKey(body.name);
	if (store.find('paymentMethods', key))
		return invalid({ name: ['The name has already been taken.'] });
	const at = Date.now();
	const record = store.add('paymentMethods', {
		key,
		name: body.name,
		is_online: body.is_online,
		logo_img: body.logo_img,
		created_at: at,
		updated_at: at,
		scopes: ['SCOPE_ORDER'],
		settings_count: '0',
	});
	return answer(200, showPaymentMethod(record), 'Payment method created successfully.');
}

function getPaymentMethod({ store, params }) {
	const record = store.find('paymentMethods', params.methodKey);
	return record
		? answer(200, showPaymentMethod(record), 'Payment method details retrieved successfully.')
		: failure(404, 'Resource not found.');
}

function updatePaymentMethod({ store, params, body }) {
	const record = store.find('paymentMethods', params.methodKey);
	if (!record) return failure(404, 'Resource not found.');
	const errors = validate.paymentMethod(input(body), store, undefined, { partial: true });
	if (errors.any()) return invalid(errors.errors);
	for (const field of ['is_online', 'logo_img'])
		if (body[field] !== undefined) record[field] = body[field];
	record.updated_at = Date.now();
	return answer(200, showPaymentMethod(record), 'Payment method updated successfully.');
}

// [doc] filters filter[payment_methods_keys][], filter[is_online], filter[scope]; search in the name.
function listPaymentMethods({ store, query, request, pageUrl }) {
	const keys = [
		query['filter[payment_methods_keys][]'] ?? query['filter[payment_methods_keys]'] ?? [],
	].flat();
	const online = query['filter[is_online]'];
	const scope = query['filter[scope]'];
	const search = String(query.search ?? '').toLowerCase();
	const records = store.paymentMethods.filter(
		(record) =>
			(!keys.length || keys.includes(record.key)) &&
			(online === undefined || record.is_online === ['1', 'true'].includes(online)) &&
			(!scope || record.scopes.includes(scope)) &&
			(!search || record.name.toLowerCase().includes(search)),
	);
	const { page, errors } = paginator(records, query, pageUrl(request));
	if (errors) return invalid(errors);
	// The list page's records carry no settings_count; the detail, create and update answers do.
	page.data = page.data.map((record) => {
		const { settings_count: _count, ...shown } = showPaymentMethod(record);
		return shown;
	});
	return answer(200, page, 'Payment method list retrieved successfully.');
}

// Orders: priced from the first option of each product, VAT on top, less the discount code.
// [doc] An order line carries its market, branch, category (as text) and product, and its money as
// numbers (docs.flavours.sa Includables, its sample order). [guess] The order's own totals, which
// the sample leaves out, stay text with two decimals.
const round = (amount) => Math.round(amount * 100) / 100;

function priceOrder(store, body) {
	const products = body.products.map((line) => {
		const product = store.find('products', line.product_id);
		const price = Number(product.modifiers?.[0]?.price ?? 0);
		const qty = Number(line.qty);
		const subtotal = price * qty;
		return {
			market_id: body.market_id,
			branch_id: body.branch_id,
			product_category_id: String(product.category_id),
			product_id: product.id,
			name_en: product.name_en,
			qty,
			price: round(price),
			discount: 0,
			tax: round(subtotal * VAT_RATE),
			subtotal: round(subtotal),
			total: round(subtotal * (1 + VAT_RATE)),
			note: line.note ?? null,
		};
	});
	const subtotal = products.reduce((sum, line) => sum + line.subtotal, 0);
	const discount = body.discount_code ? validate.activeDiscount(store, body.discount_code) : null;
	const off = !discount
		? 0
		: discount.type === 'PERCENTAGE'
			? (subtotal * discount.value) / 100
			: Math.min(subtotal, discount.value);
	const tax = (subtotal - off) * VAT_RATE;
	return {
		market_id: body.market_id,
		branch_id: body.branch_id,
		type: body.type,
		customer_id: body.customer_id ?? null,
		table_id: body.table_id ?? null,
		source: body.source ?? 'API',
		note: body.note ?? null,
		discount_code: discount?.code ?? null,
		products,
		subtotal: money(subtotal),
		discount: money(off),
		tax: money(tax),
		total: money(subtotal - off + tax),
	};
}

function calculateOrder({ store, body, version }) {
	const errors = validate.order(input(body), store, version);
	return errors.any() ? invalid(errors.errors) : ok(priceOrder(store, input(body)));
}

function storeOrder(store, body) {
	const at = Date.now();
	const id = store.nextId('orders');
	const priced = priceOrder(store, body);
	const orderRecord = {
		id,
		// [guess] a readable order number beside the UUID, counting from 100001.
		number: String(100000 + store.sequence('orders')),
		...priced,
		// [doc] order lines carry integer ids, unlike the order itself.
		products: priced.products.map((line) => ({
			id: store.nextId('orderLines'),
			order_id: id,
			...line,
		})),
		status: 'PENDING',
		payment_status: 'UNPAID',
		payments: [],
		created_at: at,
		updated_at: at,
	};
	return store.add('orders', orderRecord);
}

function createOrder({ store, body, version }) {
	const errors = validate.order(input(body), store, version);
	return errors.any() ? invalid(errors.errors) : created(storeOrder(store, input(body)));
}

// All or nothing: one invalid order refuses the whole batch.
function syncOrders({ store, body, version }) {
	const { orders } = input(body);
	if (!Array.isArray(orders) || orders.length === 0)
		return invalid({ orders: [messages.required('orders')] });
	const errors = createErrors();
	orders.forEach((entry, index) => {
		const found = validate.order(input(entry), store, version, { prefix: `orders.${index}.` });
		for (const [field, problems] of Object.entries(found.errors))
			problems.forEach((problem) => errors.add(field, problem));
	});
	if (errors.any()) return invalid(errors.errors);
	return ok({ synced: orders.length, orders: orders.map((entry) => storeOrder(store, entry)) });
}

function checkoutOrder({ store, params, body }) {
	const orderRecord = store.find('orders', params.id);
	if (!orderRecord) return notFound('Order');
	const payment = input(body);
	const errors = createErrors();
	// [guess] the checkout page is not stored; payment methods have only a `key`, which the API
	// elsewhere calls payment_method_key, so that is the field asked for.
	if (!validate.present(payment.payment_method_key))
		errors.add('payment_method_key', messages.required('payment_method_key'));
	else if (!store.find('paymentMethods', payment.payment_method_key))
		errors.add('payment_method_key', messages.selected('payment_method_key'));
	if (orderRecord.payment_status === 'PAID') errors.add('order', 'The order is already paid.');
	if (errors.any()) return invalid(errors.errors);
	orderRecord.payments.push({
		payment_method_key: payment.payment_method_key,
		amount: money(Number(payment.amount ?? orderRecord.total)),
	});
	Object.assign(orderRecord, {
		payment_status: 'PAID',
		status: 'COMPLETED',
		updated_at: Date.now(),
	});
	return ok(orderRecord);
}

function updateOrder({ store, params, body }) {
	const orderRecord = store.find('orders', params.id);
	if (!orderRecord) return notFound('Order');
	const errors = validate.orderUpdate(input(body));
	if (errors.any()) return invalid(errors.errors);
	for (const field of ['status', 'note', 'table_id'])
		if (input(body)[field] !== undefined) orderRecord[field] = body[field];
	orderRecord.updated_at = Date.now();
	return ok(orderRecord);
}

function verifyDiscount({ store, body }) {
	const { code, total } = input(body);
	if (!validate.present(code)) return invalid({ code: [messages.required('code')] });
	const discount = validate.activeDiscount(store, code);
	if (!discount) return invalid({ code: ['The discount code is invalid or expired.'] });
	const amount = Number(total ?? 0);
	const off =
		discount.type === 'PERCENTAGE'
			? (amount * discount.value) / 100
			: Math.min(amount, discount.value);
	return ok({ valid: true, discount, amount_off: money(off) });
}

module.exports = {
	quickCreateProduct,
	createPaymentMethod,
	getPaymentMethod,
	updatePaymentMethod,
	listPaymentMethods,
	getOne,
	createOne,
	updateOne,
	deleteOne,
	me,
	calculateOrder,
	createOrder,
	syncOrders,
	checkoutOrder,
	updateOrder,
	verifyDiscount,
	failure,
};
