'use strict';

const handlers = require('./handlers');
const { listing } = require('./listing');
const { presentProduct } = require('./present');

const API = '/api/v2';

const byId = (collection) => (id, store) => (id ? (store.find(collection, id) ?? null) : null);
const market = (record, store) => byId('markets')(record.market_id, store);
const branch = (record, store) => byId('branches')(record.branch_id, store);
const own = (record) => [record.name_en, record.name_ar];
const marketBranches = (record, store) =>
	store.branches.filter((entry) => entry.market_id === record.id);

/**
 * [guess] Products, discounts and payment methods belong to a market, not to one branch: their
 * filter[branch_id] keeps the records of that branch's market (none for a branch that is not there).
 */
const branchOfMarket =
	(collection, spec) =>
	({ store, query, ...context }) => {
		const wanted = query['filter[branch_id]'];
		const marketId = store.find('branches', wanted)?.market_id;
		const inBranch = (record) =>
			marketId !== undefined && record.market_id === marketId ? wanted : null;
		const filters = { ...spec.filters, branch_id: inBranch };
		return listing(collection, { ...spec, filters })({ store, query, ...context });
	};

// [doc] list paths: /markets, /branches, /orders, /users/customers, /tables; the rest [guess]
// (see docs/pos-apis.md). Lists answer { meta, data: paginator }, reads { meta, data: record }.
// [doc] includes market and branch; [guess] the other includes.
const lists = {
	markets: listing('markets', {
		filters: { is_active: (r) => r.is_active },
		searchIn: own,
		includes: { branches: marketBranches },
	}),
	branches: listing('branches', {
		filters: { market_id: (r) => r.market_id, is_active: (r) => r.is_active },
		searchIn: (r) => [...own(r), r.address],
		includes: { market },
	}),
	tables: listing('tables', {
		filters: {
			market_id: (r) => r.market_id,
			branch_id: (r) => r.branch_id,
			is_active: (r) => r.is_active,
		},
		searchIn: (r) => [r.name],
		includes: { branch, market },
	}),
	customers: listing('customers', {
		filters: { market_id: (r) => r.market_id, is_active: (r) => r.user.is_active },
		searchIn: (r) => [r.user.name, r.user.phone, r.user.email],
		includes: { market },
	}),
	products: branchOfMarket('products', {
		filters: { market_id: (r) => r.market_id, is_active: (r) => r.is_active },
		searchIn: own,
		includes: {
			category: (r, store) => byId('productCategories')(r.category_id, store),
			market,
			modifiers: (r) => r.modifiers,
		},
		present: presentProduct,
	}),
	productCategories: listing('productCategories', {
		filters: { market_id: (r) => r.market_id, is_active: (r) => r.is_active },
		searchIn: own,
		includes: { market },
	}),
	discounts: branchOfMarket('discounts', {
		filters: { market_id: (r) => r.market_id, is_active: (r) => r.is_active },
		searchIn: (r) => [r.code],
		includes: { market },
	}),
	orders: listing('orders', {
		filters: { market_id: (r) => r.market_id, branch_id: (r) => r.branch_id },
		searchIn: (r) => [r.number, r.note],
		includes: {
			branch,
			market,
			customer: (r, store) => byId('customers')(r.customer_id, store),
			products: (r) => r.products,
		},
	}),
};

/** The five routes of a record kind Flavours lets clients manage fully. */
const crud = (path, collection) => [
	{ method: 'GET', path: `${API}${path}`, handler: lists[collection] },
	{ method: 'POST', path: `${API}${path}`, handler: handlers.createOne(collection) },
	{ method: 'GET', path: `${API}${path}/:id`, handler: handlers.getOne(collection) },
	{ method: 'POST', path: `${API}${path}/:id`, handler: handlers.updateOne(collection) },
	{ method: 'DELETE', path: `${API}${path}/:id`, handler: handlers.deleteOne(collection) },
];

const readOnly = (path, collection) => [
	{ method: 'GET', path: `${API}${path}`, handler: lists[collection] },
	{ method: 'GET', path: `${API}${path}/:id`, handler: handlers.getOne(collection) },
];

const flavoursRoutes = [
	{ method: 'GET', path: `${API}/me`, handler: handlers.me },
	{ method: 'GET', path: `${API}/markets`, handler: lists.markets },
	...crud('/branches', 'branches'),
	...crud('/tables', 'tables'),
	...crud('/products', 'products'),
	{ method: 'POST', path: `${API}/products/quick/multi`, handler: handlers.quickCreateProduct },
	...crud('/users/customers', 'customers').filter((route) => route.method !== 'DELETE'),
	...readOnly('/product-categories', 'productCategories'),
	{ method: 'GET', path: `${API}/payment-methods`, handler: handlers.listPaymentMethods },
	{ method: 'POST', path: `${API}/payment-methods`, handler: handlers.createPaymentMethod },
	{ method: 'GET', path: `${API}/payment-methods/:methodKey`, handler: handlers.getPaymentMethod },
	{
		method: 'POST',
		path: `${API}/payment-methods/:methodKey`,
		handler: handlers.updatePaymentMethod,
	},
	...readOnly('/discounts', 'discounts'),
	{ method: 'POST', path: `${API}/discounts/verify`, handler: handlers.verifyDiscount },
	{ method: 'GET', path: `${API}/orders`, handler: lists.orders },
	{ method: 'POST', path: `${API}/orders`, handler: handlers.createOrder },
	{ method: 'POST', path: `${API}/orders/calculate`, handler: handlers.calculateOrder },
	{ method: 'POST', path: `${API}/orders/sync`, handler: handlers.syncOrders },
	{ method: 'GET', path: `${API}/orders/:id`, handler: handlers.getOne('orders') },
	{ method: 'POST', path: `${API}/orders/:id`, handler: handlers.updateOrder },
	{ method: 'POST', path: `${API}/orders/:id/checkout`, handler: handlers.checkoutOrder },
];

module.exports = { flavoursRoutes, API };
