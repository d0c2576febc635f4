'use strict';

/**
 * A simulator's data: one array per collection, with find/add, and reset() back to the moment
 * snapshot() was called. reset() puts the saved records back into the same arrays (references a
 * test holds stay live) and hands the platform back its own saved state (id counters and the like)
 * through `state.restore`, so ids created after a reset repeat too. Copying a snapshot is much
 * faster than seeding 10,000 customers again after every test.
 */
function createResettableStore({ collections, idField = {}, state }) {
	let saved = null;
	const store = {
		collections,
		find(collection, id) {
			const field = idField[collection] ?? 'id';
			return store[collection].find((entry) => String(entry[field]) === String(id));
		},
		add(collection, entity) {
			store[collection].push(entity);
			return entity;
		},
		snapshot() {
			saved = {
				records: structuredClone(
					Object.fromEntries(collections.map((name) => [name, store[name]])),
				),
				state: state.save(),
			};
		},
		reset() {
			const fresh = structuredClone(saved.records);
			for (const collection of collections) {
				store[collection].length = 0;
				for (const entity of fresh[collection]) store[collection].push(entity);
			}
			state.restore(saved.state);
		},
	};
	for (const collection of collections) store[collection] = [];
	return store;
}

module.exports = { createResettableStore };
