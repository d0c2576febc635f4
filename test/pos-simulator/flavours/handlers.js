'use strict';

const { isObject, createErrors, messages } = require('../validation');
const { ok, created, notFound, invalid, failure } = require('./envelope');
const { presentProduct } = require('./present');
const { productFieldNames } = require('./versions');
const validate = require('./validators');

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
			}),
		updatable: ['name_en', 'name_ar', 'address', 'latitude', 'longitude', 'is_active'],
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
		build: (body, store, version) => productRecord(body, version),
		update: (record, body, version) => Object.assign(record, changedProductFields(body, version)),
		present: presentProduct,
	},
};

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
	const id = store.nextId('customers');
	return {
		id,
		market_id: body.market_id ?? 1,
		type: 'INDIVIDUAL',
		...pick(body, ['gender', 'tax_number', 'city', 'district', 'street']),
		user: {
			id: 1000 + id,
			role: 'CUSTOMER',
			...pick(body, ['name', 'email', 'lang']),
			phone_prefix: String(body.phone_prefix ?? '966'),
			phone: String(body.phone),
			is_active: true,
			created_at: at,
			updated_at: at,
		},
	};
}

function updateCustomer(record, body) {
	for (const field of ['gender', 'tax_number', 'city', 'district', 'street'])
		if (body[field] !== undefined) record[field] = body[field];
	for (const field of ['name', 'email', 'lang', 'phone', 'phone_prefix'])
		if (body[field] !== undefined) record.user[field] = String(body[field]);
	record.user.updated_at = now();
}

// Stored under the 2.3.0 names; shown under the names of the version asked.
function changedProductFields(body, version) {
	const names = productFieldNames(version);
	const changed = {};
	for (const field of [
		'market_id',
		'name_en',
		'name_ar',
		'description_en',
		'description_ar',
		'stock',
		'modifiers',
		'is_active',
	])
		if (body[field] !== undefined) changed[field] = body[field];
	if (body[names.category] !== undefined) changed.category_id = Number(body[names.category]);
	if (body[names.duration] !== undefined) changed.duration = Number(body[names.duration]);
	return changed;
}

const productRecord = (body, version) => ({
	description_en: null,
	description_ar: null,
	duration: null,
	stock: null,
	is_active: true,
	...changedProductFields(body, version),
});

const show = (kind, record, version) => (kind.present ? kind.present(record, version) : record);

const getOne =
	(collection) =>
	({ store, params, version }) => {
		const kind = kinds[collection] ?? { what: 'Record' };
		const record = store.find(collection, params.id);
		return record ? ok(show(kind, record, version)) : notFound(kind.what);
	};

const createOne =
	(collection) =>
	({ store, body, version }) => {
		const kind = kinds[collection];
		const errors = kind.validate(input(body), store, version);
		if (errors.any()) return invalid(errors.errors);
		const at = now();
		const record = { ...kind.build(input(body), store, version), created_at: at, updated_at: at };
		const stored = store.add(collection, { id: record.id ?? store.nextId(collection), ...record });
		return created(show(kind, stored, version));
	};

const updateOne =
	(collection) =>
	({ store, params, body, version }) => {
		const kind = kinds[collection];
		const record = store.find(collection, params.id);
		if (!record) return notFound(kind.what);
		const errors = kind.validate(input(body), store, version, { partial: true, id: record.id });
		if (errors.any()) return invalid(errors.errors);
		if (kind.update) kind.update(record, input(body), version);
		else
			for (const field of kind.updatable)
				if (input(body)[field] !== undefined) record[field] = body[field];
		record.updated_at = now();
		return ok(show(kind, record, version));
	};

const deleteOne =
	(collection) =>
	({ store, params }) => {
		const index = store[collection].findIndex((record) => String(record.id) === params.id);
		if (index === -1) return notFound(kinds[collection].what);
		store[collection].splice(index, 1);
		return ok(null);
	};

const me = ({ store }) => ok(store.users[0]);

// Orders: priced from the first option of each product, VAT on top, less the discount code.
function priceOrder(store, body) {
	const products = body.products.map((line) => {
		const product = store.find('products', line.product_id);
		const price = Number(product.modifiers?.[0]?.price ?? 0);
		const qty = Number(line.qty);
		const subtotal = price * qty;
		return {
			product_id: product.id,
			name_en: product.name_en,
			qty,
			price: money(price),
			subtotal: money(subtotal),
			tax: money(subtotal * VAT_RATE),
			total: money(subtotal * (1 + VAT_RATE)),
			note: line.note ?? null,
		};
	});
	const subtotal = products.reduce((sum, line) => sum + Number(line.subtotal), 0);
	const discount = body.discount_code ? validate.activeDiscount(store, body.discount_code) : null;
	const off = !discount
		? 0
		: discount.type === 'PERCENTAGE'
			? (subtotal * discount.value) / 100
			: Math.min(subtotal, discount.value);
	const tax = (subtotal - off) * VAT_RATE;
	return {
		market_id: Number(body.market_id),
		branch_id: Number(body.branch_id),
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
	const at = now();
	const id = store.nextId('orders');
	const orderRecord = {
		id,
		number: String(100000 + id),
		...priceOrder(store, body),
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
	if (!validate.present(payment.payment_method_id))
		errors.add('payment_method_id', messages.required('payment_method_id'));
	else if (!store.find('paymentMethods', payment.payment_method_id))
		errors.add('payment_method_id', messages.selected('payment_method_id'));
	if (orderRecord.payment_status === 'PAID') errors.add('order', 'The order is already paid.');
	if (errors.any()) return invalid(errors.errors);
	orderRecord.payments.push({
		payment_method_id: Number(payment.payment_method_id),
		amount: money(Number(payment.amount ?? orderRecord.total)),
	});
	Object.assign(orderRecord, { payment_status: 'PAID', status: 'COMPLETED', updated_at: now() });
	return ok(orderRecord);
}

function updateOrder({ store, params, body }) {
	const orderRecord = store.find('orders', params.id);
	if (!orderRecord) return notFound('Order');
	const errors = validate.orderUpdate(input(body));
	if (errors.any()) return invalid(errors.errors);
	for (const field of ['status', 'note', 'table_id'])
		if (input(body)[field] !== undefined) orderRecord[field] = body[field];
	orderRecord.updated_at = now();
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
