'use strict';
const { deliveryId, recordDelivery } = require('../../../nodes/shared/deliveryLedger');

let scopes = 0;
/** Each test is its own trigger node, so the process ledgers of other tests never answer. */
const newScope = () => `test-scope-${++scopes}`;
/** A copy of saved static data, as n8n loads it from the database for each webhook request. */
const reload = (saved) => JSON.parse(JSON.stringify(saved));

describe('deliveryId', () => {
	test('is the same for the same parts and differs otherwise', () => {
		expect(deliveryId(['retm', 'customer.created', 'ref-1'])).toBe(
			deliveryId(['retm', 'customer.created', 'ref-1']),
		);
		expect(deliveryId(['retm', 'customer.created', 'ref-1'])).not.toBe(
			deliveryId(['retm', 'customer.created', 'ref-2']),
		);
	});
});

describe('recordDelivery', () => {
	test('says a delivery is new once', () => {
		const staticData = {};
		const scope = newScope();
		expect(recordDelivery(staticData, 'a', 1000, scope)).toBe(true);
		expect(recordDelivery(staticData, 'a', 2000, scope)).toBe(false);
		expect(recordDelivery(staticData, 'b', 3000, scope)).toBe(true);
	});

	test('keeps at most maxEntries ids, dropping the oldest', () => {
		const staticData = {};
		const scope = newScope();
		const limits = { maxEntries: 3, ttlMs: 1e9 };
		for (const [index, id] of ['a', 'b', 'c', 'd'].entries()) {
			recordDelivery(staticData, id, index, scope, limits);
		}
		expect(Object.keys(staticData.seenDeliveries)).toEqual(['b', 'c', 'd']);
		expect(recordDelivery(staticData, 'a', 10, scope, limits)).toBe(true);
	});

	test('forgets ids older than ttlMs', () => {
		const staticData = {};
		const scope = newScope();
		const limits = { maxEntries: 100, ttlMs: 10_000 };
		recordDelivery(staticData, 'old', 0, scope, limits);
		recordDelivery(staticData, 'new', 9_000, scope, limits);
		expect(recordDelivery(staticData, 'other', 15_000, scope, limits)).toBe(true);
		expect(Object.keys(staticData.seenDeliveries)).toEqual(['new', 'other']);
		expect(recordDelivery(staticData, 'old', 16_000, scope, limits)).toBe(true);
	});

	test('stays bounded under the default limits', () => {
		const staticData = {};
		const scope = newScope();
		for (let index = 0; index < 1500; index++) {
			recordDelivery(staticData, `id-${index}`, index, scope);
		}
		expect(Object.keys(staticData.seenDeliveries)).toHaveLength(1000);
		expect(recordDelivery(staticData, 'id-1499', 2000, scope)).toBe(false);
		expect(recordDelivery(staticData, 'id-0', 2000, scope)).toBe(true);
	});

	test('catches a retry handled at the same time as the first delivery (both from one saved copy)', () => {
		const scope = newScope();
		const saved = {};
		const first = reload(saved);
		const retry = reload(saved);
		expect(recordDelivery(first, 'a', 1000, scope)).toBe(true);
		expect(recordDelivery(retry, 'a', 1001, scope)).toBe(false);
	});

	test('loses nothing when concurrent requests save static data last-write-wins', () => {
		const scope = newScope();
		const saved = {};
		const one = reload(saved);
		const two = reload(saved);
		recordDelivery(one, 'a', 1000, scope);
		recordDelivery(two, 'b', 1001, scope);
		// "two" is saved last, overwriting "one": it must still know "a".
		expect(Object.keys(two.seenDeliveries).sort()).toEqual(['a', 'b']);
	});

	test('remembers across a restart through static data alone', () => {
		const before = {};
		recordDelivery(before, 'a', 1000, newScope());
		const afterRestart = reload(before);
		const scope = newScope();
		expect(recordDelivery(afterRestart, 'a', 2000, scope)).toBe(false);
		expect(recordDelivery(afterRestart, 'b', 2001, scope)).toBe(true);
	});

	test('keeps two triggers apart: the same delivery is new to each', () => {
		expect(recordDelivery({}, 'a', 1000, newScope())).toBe(true);
		expect(recordDelivery({}, 'a', 1000, newScope())).toBe(true);
	});

	test('saves a short key and whole seconds per delivery, so static data stays small', () => {
		const staticData = {};
		const id = deliveryId(['retm', 'customer.created', 'ref-1']);
		recordDelivery(staticData, id, 1_734_463_595_123, newScope());
		expect(staticData.seenDeliveries).toEqual({ [id.slice(0, 16)]: 1_734_463_595 });
		const thousand = {};
		const scope = newScope();
		for (let index = 0; index < 1000; index++) {
			recordDelivery(thousand, deliveryId([index]), 1_734_463_595_000 + index, scope);
		}
		expect(JSON.stringify(thousand).length).toBeLessThan(32_000);
	});

	test('starts over from saved data that is not a ledger', () => {
		const staticData = { seenDeliveries: 'garbage' };
		expect(recordDelivery(staticData, 'a', 1000, newScope())).toBe(true);
		expect(staticData.seenDeliveries).toEqual({ a: 1 });
	});
});
