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

/**
 * The Flavours simulator's data: Laravel-style auto-increment integer ids per collection, seeded
 * the same way on every run, with reset() back to the seed (see resettable-store.js).
 */
function createFlavoursStore({ customers = 10000, seed = 20251217 } = {}) {
	let counters = {};
	const store = createResettableStore({
		collections: COLLECTIONS,
		state: {
			save: () => ({ ...counters }),
			restore(saved) {
				counters = { ...saved };
			},
		},
	});
	store.nextId = (collection) => (counters[collection] = (counters[collection] ?? 0) + 1);
	seedFlavours(store, createSeededRandom(seed), customers);
	store.snapshot();
	return store;
}

module.exports = { createFlavoursStore, COLLECTIONS };
