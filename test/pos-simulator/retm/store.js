'use strict';

const { createSeededRandom } = require('../seeded-random');
const { createResettableStore } = require('../resettable-store');
const { seedStore } = require('./seed');

const COLLECTIONS = [
	'branches',
	'devices',
	'categories',
	'products',
	'groups',
	'priceLists',
	'paymentMethods',
	'charges',
	'taxes',
	'orderTypes',
	'customers',
	'invoices',
	'orders',
];

/**
 * The RETM simulator's data: one array per collection, seeded the same way on every run, with
 * reset() back to the seed (see resettable-store.js).
 */
function createRetmStore({ customers = 10000, seed = 20251217 } = {}) {
	let ids = createSeededRandom(seed ^ 0x5eed1d5);
	let orderSequence = 100000;

	const store = createResettableStore({
		collections: COLLECTIONS,
		// Invoices are the one record RETM keys by `invoice_id`.
		idField: { invoices: 'invoice_id' },
		state: {
			save: () => ({ idState: ids.state(), orderSequence }),
			restore(saved) {
				ids = createSeededRandom(saved.idState);
				orderSequence = saved.orderSequence;
			},
		},
	});
	store.newId = () => ids.ulid();
	store.nextOrderReference = () => `ORD-${String(++orderSequence).padStart(6, '0')}`;
	seedStore(store, createSeededRandom(seed), customers);
	store.snapshot();
	return store;
}

module.exports = { createRetmStore, COLLECTIONS };
