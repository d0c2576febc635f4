'use strict';
// A contract fixture's example made into a call a running simulator can answer: the ids the
// example names are the docs' own, so they are swapped for records the simulator holds, and a
// route's path parameters are filled the same way.
const { httpRequest } = require('../pos-simulator/http-request');
const { contract } = require('../fixtures/contracts');

const ORDER_VOID = 5;

// The records a RETM body refers to, by where they sit in it ('products[].id': every line's id);
// under a path, those of that endpoint's body only (an order's `tax` is money, a charge's an id).
const RETM_BODY_IDS = {
	branch: ({ store }) => store.branches[0].id,
	ordertype: ({ store }) => store.orderTypes[0].id,
	'products[].id': ({ store }) => store.products[0].id,
	'payments[].id': ({ store }) => store.paymentMethods[0].id,
	'taxes[].id': ({ store }) => store.taxes[0].id,
	'/api/v2/charges/create': { tax: ({ store }) => store.taxes[0].id },
	// Cancelling or moving a delivery on needs an order that is not cancelled already.
	order_id: ({ store }) =>
		store.orders.find((order) => order.status !== ORDER_VOID && order.delivery_status !== null).id,
	// The token endpoint takes an install code it issued, and the client it knows.
	code: ({ tokens }) => tokens.issueCode(),
	client_id: ({ tokens }) => tokens.clientId,
	client_secret: ({ tokens }) => tokens.clientSecret,
};

// The first market's records throughout: its first branch, that branch's first table.
const FLAVOURS_BODY_IDS = {
	market_id: ({ store }) => store.markets[0].id,
	branch_id: ({ store }) => store.branches[0].id,
	'branches[]': ({ store }) => store.branches[0].id,
	category_id: ({ store }) => store.productCategories[0].id,
	product_category_id: ({ store }) => store.productCategories[0].id,
	customer_id: ({ store }) => store.customers[0].id,
	table_id: ({ store }) => store.tables[0].id,
	'products[].product_id': ({ store }) => store.products[0].id,
	'orders[].market_id': ({ store }) => store.markets[0].id,
	'orders[].branch_id': ({ store }) => store.branches[0].id,
	'orders[].products[].product_id': ({ store }) => store.products[0].id,
	payment_method_key: () => 'CASH',
};

// A path parameter names a record of the collection the path segment before it names.
const RETM_PATH_IDS = {
	categories: ({ store }) => store.categories[0].id,
	// One with variations and modifiers, so the answer's lists have an element to compare.
	products: ({ store }) =>
		(
			store.products.find((product) => product.variations.length && product.modifiers.length) ??
			store.products[0]
		).id,
	groups: ({ store }) => store.groups[0].id,
};
const FLAVOURS_PATH_IDS = {
	branches: ({ store }) => store.branches[0].id,
	tables: ({ store }) => store.tables[0].id,
	products: ({ store }) => store.products[0].id,
	customers: ({ store }) => store.customers[0].id,
	'product-categories': ({ store }) => store.productCategories[0].id,
	discounts: ({ store }) => store.discounts[0].id,
	orders: ({ store }) => store.orders[0].id,
	'payment-methods': () => 'MADA',
};

const PLATFORMS = {
	retm: {
		token: 'sim-access-token',
		bodyIds: RETM_BODY_IDS,
		pathIds: RETM_PATH_IDS,
		headers: () => ({}),
	},
	flavours: {
		token: 'sim-flavours-token',
		bodyIds: FLAVOURS_BODY_IDS,
		pathIds: FLAVOURS_PATH_IDS,
		headers: (version) => ({ 'X-API-Version': version ?? '2.0.0' }),
	},
};

/** Sets every value `path` names in `value` ('a[].b', 'list[]') that is there, to `make()`. */
function replaceAt(value, steps, make) {
	if (!steps.length || value === null || typeof value !== 'object') return;
	const [step, ...rest] = steps;
	if (step === '[]') {
		if (!Array.isArray(value)) return;
		value.forEach((item, index) => {
			if (rest.length) replaceAt(item, rest, make);
			else value[index] = make();
		});
		return;
	}
	if (!(step in value)) return;
	if (rest.length) replaceAt(value[step], rest, make);
	else value[step] = make();
}

/** `body`, sent to `route`, with the ids it names replaced by records `sim` holds. */
function withSimulatorIds(platform, sim, body, route) {
	const copy = structuredClone(body);
	const { bodyIds } = PLATFORMS[platform];
	const ids = Object.entries({ ...bodyIds, ...bodyIds[route] }).filter(
		([path]) => !path.startsWith('/'),
	);
	for (const [path, make] of ids)
		replaceAt(copy, path.replace(/\[\]/g, '.[]').split('.').filter(Boolean), () => make(sim));
	return copy;
}

/** `path` ('/api/v2/orders/:id/checkout') with its parameters filled from `sim`'s records. */
function withPathIds(platform, sim, path) {
	const segments = path.split('/');
	return segments
		.map((segment, index) => {
			if (!segment.startsWith(':')) return segment;
			const collection = segments[index - 1];
			const make = PLATFORMS[platform].pathIds[collection];
			if (!make) throw new Error(`No ${platform} record to fill ${segment} after /${collection}`);
			return encodeURIComponent(make(sim));
		})
		.join('/');
}

/** A documented call on `sim`: `method` `path`, with `body` (ids swapped) and API `version`. */
function simulatorCall(platform, sim, { method, path, body, version, headers = {} }) {
	return httpRequest(`${sim.url}${withPathIds(platform, sim, path)}`, {
		method,
		body,
		headers: {
			Authorization: `Bearer ${PLATFORMS[platform].token}`,
			'Content-Type': 'application/json',
			...PLATFORMS[platform].headers(version),
			...headers,
		},
		timeoutMs: 5000,
	});
}

/**
 * Makes sure `sim` holds the records a route may act on. The Flavours simulator starts without
 * orders, so one is placed from the documented order body.
 */
async function ensureRecords(platform, sim) {
	if (platform !== 'flavours' || sim.store.orders.length) return;
	const {
		method,
		path,
		example: documented,
	} = contract('flavours/endpoints/orders.create.request');
	const body = withSimulatorIds(platform, sim, documented, path);
	const answer = await simulatorCall(platform, sim, { method, path, body });
	if (answer.status >= 300) throw new Error(`Could not place an order: ${answer.text}`);
}

module.exports = { withSimulatorIds, simulatorCall, ensureRecords };
