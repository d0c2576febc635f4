'use strict';

const { createSeededRandom } = require('../seeded-random');
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

// Invoices are the one record RETM keys by `invoice_id`.
const ID_FIELD = { invoices: 'invoice_id' };

/**
 * The RETM simulator's data: one array per collection, seeded the same way on every run.
 * `reset()` puts the seed back (into the same arrays, so references a test holds stay live) and
 * rewinds the id stream, so ids created after a reset repeat too. It copies a snapshot taken at
 * creation rather than seeding again, because tests reset after every case and 10,000 customers
 * take a while to make.
 */
function createRetmStore({ customers = 10000, seed = 20251217 } = {}) {
	let ids = createSeededRandom(seed ^ 0x5eed1d5);
	let orderSequence = 100000;

	const store = {
		collections: COLLECTIONS,
		newId: () => ids.uuid(),
		nextOrderReference: () => `ORD-${String(++orderSequence).padStart(6, '0')}`,
		find(collection, id) {
			const field = ID_FIELD[collection] ?? 'id';
			return store[collection].find((entry) => entry[field] === id);
		},
		add(collection, entity) {
			store[collection].push(entity);
			return entity;
		},
		reset,
	};
	for (const collection of COLLECTIONS) store[collection] = [];
	seedStore(store, createSeededRandom(seed), customers);

	const seeded = {
		collections: structuredClone(
			Object.fromEntries(COLLECTIONS.map((name) => [name, store[name]])),
		),
		idState: ids.state(),
		orderSequence,
	};

	function reset() {
		const fresh = structuredClone(seeded.collections);
		for (const collection of COLLECTIONS) {
			store[collection].length = 0;
			for (const entity of fresh[collection]) store[collection].push(entity);
		}
		ids = createSeededRandom(seeded.idState);
		orderSequence = seeded.orderSequence;
	}

	return store;
}

module.exports = { createRetmStore, COLLECTIONS };
