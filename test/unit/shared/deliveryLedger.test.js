'use strict';
const { deliveryId, recordDelivery } = require('../../../nodes/shared/deliveryLedger');

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
		expect(recordDelivery(staticData, 'a', 1000)).toBe(true);
		expect(recordDelivery(staticData, 'a', 2000)).toBe(false);
		expect(recordDelivery(staticData, 'b', 3000)).toBe(true);
	});

	test('keeps at most maxEntries ids, dropping the oldest', () => {
		const staticData = {};
		const limits = { maxEntries: 3, ttlMs: 1e9 };
		for (const [index, id] of ['a', 'b', 'c', 'd'].entries()) {
			recordDelivery(staticData, id, index, limits);
		}
		expect(Object.keys(staticData.seenDeliveries)).toEqual(['b', 'c', 'd']);
		expect(recordDelivery(staticData, 'a', 10, limits)).toBe(true);
	});

	test('forgets ids older than ttlMs', () => {
		const staticData = {};
		const limits = { maxEntries: 100, ttlMs: 1000 };
		recordDelivery(staticData, 'old', 0, limits);
		recordDelivery(staticData, 'new', 900, limits);
		expect(recordDelivery(staticData, 'other', 1500, limits)).toBe(true);
		expect(Object.keys(staticData.seenDeliveries)).toEqual(['new', 'other']);
		expect(recordDelivery(staticData, 'old', 1600, limits)).toBe(true);
	});

	test('stays bounded under the default limits', () => {
		const staticData = {};
		for (let index = 0; index < 1500; index++) recordDelivery(staticData, `id-${index}`, index);
		expect(Object.keys(staticData.seenDeliveries)).toHaveLength(1000);
		expect(recordDelivery(staticData, 'id-1499', 2000)).toBe(false);
		expect(recordDelivery(staticData, 'id-0', 2000)).toBe(true);
	});
});
