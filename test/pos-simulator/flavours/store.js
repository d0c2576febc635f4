'use strict';

const { createSeededRandom } = require('../seeded-random');
const { createResettableStore } = require('../resettable-store');
const { seedFlavours } = require('./seed');

const COLLECTIONS = [
	'users',
	'markets',
	'branches',
	'tables',
	'productCategories',
	'products',
	'discounts',
	'paymentMethods',
	'customers',
	'orders',
];

// [doc] markets, branches, products, orders, customers and users carry UUID strings; product
// categories and order lines integers (docs.flavours.sa Includables, Branch Detail, the customer
// payload; doc.flavours.sa product pages, whose options carry UUIDs too). [guess] tables and
// discounts keep integers: no stored page shows one.
const UUID_COLLECTIONS = new Set([
	'markets',
	'branches',
	'products',
	'productOptions',
	'orders',
	'customers',
	'users',
]);

// FNV-1a: a UUID that depends only on the seed, the collection and the record's place in it, so
// an id repeats on every build and after reset(), whatever else was drawn in between.
function hash(text) {
	let value = 0x811c9dc5;
	for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 0x01000193) >>> 0;
	return value;
}

/**
 * The Flavours simulator's data, seeded the same way on every run, with reset() back to the seed
 * (see resettable-store.js). nextId(collection) gives the next id: a UUID or an integer, as the
 * collection's records carry them; sequence(collection) counts the records made so far.
 */
function createFlavoursStore({ customers = 10000, seed = 20251217 } = {}) {
	let counters = {};
	const store = createResettableStore({
		collections: COLLECTIONS,
		// [doc] payment methods have no id, only a key.
		idField: { paymentMethods: 'key' },
		state: {
			save: () => ({ ...counters }),
			restore(saved) {
				counters = { ...saved };
			},
		},
	});
	store.sequence = (collection) => counters[collection] ?? 0;
	store.nextId = (collection) => {
		const number = (counters[collection] = store.sequence(collection) + 1);
		if (!UUID_COLLECTIONS.has(collection)) return number;
		return createSeededRandom(hash(`${seed}:${collection}:${number}`)).uuid();
	};
	seedFlavours(store, createSeededRandom(seed), customers);
	store.snapshot();
	return store;
}

module.exports = { createFlavoursStore, COLLECTIONS, UUID_COLLECTIONS };
