'use strict';

const { paginate } = require('./paginate');
const { invalid, isObject } = require('./validation');
const validators = require('./validators');
const { buildOrder } = require('./orders');
const { money, chargeValue, now } = require('./format');
const { orderStatus, deliveryStatus } = require('./statuses');

// Handlers get { store, params, query, body } and return { status, body }.

const ok = (body) => ({ status: 200, body });
const created = (body) => ({ status: 201, body });
const notFound = (what) => ({ status: 404, body: { message: `${what} not found.` } });
const localized = (name) => ({ en: name.en, ar: name.ar ?? null });

// [doc] order charges answer a bare array of { uuid, name, value, tax }, with no paging ("Request:
// None").
const listCharges = ({ store }) =>
	ok(store.charges.map(({ uuid, name, value, tax }) => ({ uuid, name, value, tax })));

const listOf =
	(collection) =>
	({ store, query }) =>
		paginate(store[collection], query);

// A single get answers the object itself at the top level, not wrapped in { data }: the docs show
// `{items, pagination}` for lists and nothing for single objects, and the bare object is the
// simplest thing a client can read.
const getOne =
	(collection, what) =>
	({ store, params }) => {
		const entity = store.find(collection, params.id);
		return entity ? ok(entity) : notFound(what);
	};

// [doc] A single category answers its products as a list: { id, name, products: { items,
// pagination } } (api.retm.com.sa Single Category); [guess] the items' fields and the paging, which
// the page shows as {...}: a product's id, name and price, paged as the other lists.
function getCategory({ store, params, query }) {
	const category = store.find('categories', params.id);
	if (!category) return notFound('Category');
	const products = store.products
		.filter((product) => product.category.id === category.id)
		.map(({ id, name, price }) => ({ id, name, price }));
	const page = paginate(products, query);
	if (page.status !== 200) return page;
	return ok({ ...category, products: page.body });
}

// [guess] the simple list: just enough to pick a product in a form.
const listSimpleProducts = ({ store, query }) =>
	paginate(
		store.products.map((product) => ({
			id: product.id,
			sku: product.sku,
			name: product.name,
			price: product.price,
			category_id: product.category.id,
		})),
		query,
	);

// [guess] the menu: every category with its products.
const getMenu = ({ store }) =>
	ok({
		categories: store.categories.map((category) => ({
			...category,
			products: store.products.filter((product) => product.category.id === category.id),
		})),
	});

// Validate, build, store, answer 201 with what was stored.
const create =
	(collection, validate, build) =>
	({ store, body }) => {
		const input = isObject(body) ? body : {};
		const errors = validate(input, store);
		if (errors.any()) return invalid(errors.errors);
		return created(store.add(collection, build(input, store)));
	};

const builders = {
	order: (body, store) => buildOrder(store, body, { createdAt: now() }),
	tax(body, store) {
		const id = store.newId();
		return {
			id,
			uuid: id,
			name: localized(body.name),
			type: Number(body.type),
			value: money(body.value),
			created_at: now(),
		};
	},
	paymentMethod: (body, store) => ({
		id: store.newId(),
		name: localized(body.name),
		type: Number(body.type),
		auto_open_drawer: Boolean(Number(body.auto_open_drawer ?? false)),
		ecr_enabled: Boolean(Number(body.ecr_enabled ?? false)),
		zatca_payment_code: String(body.zatca_payment_code),
		created_at: now(),
	}),
	orderType: (body, store) => ({
		id: store.newId(),
		name: localized(body.name),
		is_active: true,
		created_at: now(),
	}),
	charge(body, store) {
		const id = store.newId();
		const tax = body.tax ? store.find('taxes', body.tax) : null;
		return {
			id,
			uuid: id,
			name: localized(body.name),
			value: chargeValue(body.value),
			tax: tax ? { uuid: tax.uuid, name: tax.name, type: tax.type, value: tax.value } : null,
			created_at: now(),
		};
	},
};

function findOrder(store, { order_id: orderId, partner_reference: partnerReference }) {
	if (orderId) return store.find('orders', orderId);
	return store.orders.find((order) => order.partner_reference === partnerReference);
}

// Answers the order as it is after the change.
function cancelOrder({ store, body }) {
	const input = isObject(body) ? body : {};
	const errors = validators.cancelOrder(input);
	if (errors.any()) return invalid(errors.errors);
	const order = findOrder(store, input);
	if (!order) return notFound('Order');
	if (order.status === orderStatus.void)
		return invalid({ order_id: ['The order is already cancelled.'] });

	const at = now();
	Object.assign(order, {
		status: orderStatus.void,
		cancel_reason: input.reason,
		cancelled_at: at,
		updated_at: at,
	});
	if (order.delivery_status !== null) order.delivery_status = deliveryStatus.canceled;
	return ok(order);
}

function updateDeliveryStatus({ store, body }) {
	const input = isObject(body) ? body : {};
	const errors = validators.updateDeliveryStatus(input);
	if (errors.any()) return invalid(errors.errors);
	const order = store.find('orders', input.order_id);
	if (!order) return notFound('Order');
	if (order.status === orderStatus.void) return invalid({ order_id: ['The order is cancelled.'] });

	Object.assign(order, { delivery_status: Number(input.status), updated_at: now() });
	return ok(order);
}

module.exports = {
	listCharges,
	listOf,
	getOne,
	getCategory,
	listSimpleProducts,
	getMenu,
	createOrder: create('orders', validators.createOrder, builders.order),
	createTax: create('taxes', validators.createTax, builders.tax),
	createPaymentMethod: create(
		'paymentMethods',
		validators.createPaymentMethod,
		builders.paymentMethod,
	),
	createOrderType: create('orderTypes', validators.createOrderType, builders.orderType),
	createCharge: create('charges', validators.createCharge, builders.charge),
	cancelOrder,
	updateDeliveryStatus,
};
