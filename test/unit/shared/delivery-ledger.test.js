'use strict';
const fc = require('fast-check');
const {
	deliveryId,
	recordDelivery,
	ledgerKey,
	readSavedLedger,
} = require('../../../nodes/shared/triggers/deliveryLedger');

let scopes = 0;
/** Each test is its own trigger node, so the process ledgers of other tests never answer. */
const newScope = () => `test-scope-${++scopes}`;
/** A copy of saved static data, as n8n loads it from the database for each webhook request. */
const reload = (saved) => JSON.parse(JSON.stringify(saved));
/** The keys the saved ledger holds, oldest first, and the keys of the given ids. */
const savedKeys = (staticData) => [...readSavedLedger(staticData).keys()];
const keysOf = (ids) => ids.map(ledgerKey);

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
		expect(savedKeys(staticData)).toEqual(keysOf(['b', 'c', 'd']));
		expect(recordDelivery(staticData, 'a', 10, scope, limits)).toBe(true);
	});

	test('forgets ids older than ttlMs', () => {
		const staticData = {};
		const scope = newScope();
		const limits = { maxEntries: 100, ttlMs: 10_000 };
		recordDelivery(staticData, 'old', 0, scope, limits);
		recordDelivery(staticData, 'new', 9_000, scope, limits);
		expect(recordDelivery(staticData, 'other', 15_000, scope, limits)).toBe(true);
		expect(savedKeys(staticData)).toEqual(keysOf(['new', 'other']));
		expect(recordDelivery(staticData, 'old', 16_000, scope, limits)).toBe(true);
	});

	test('stays bounded under the default limits', () => {
		const staticData = {};
		const scope = newScope();
		for (let index = 0; index < 1500; index++) {
			recordDelivery(staticData, `id-${index}`, index, scope);
		}
		expect(savedKeys(staticData)).toHaveLength(1000);
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
		expect(savedKeys(two).sort()).toEqual(keysOf(['a', 'b']).sort());
	});

	test('loses nothing when the request that recorded first is saved last', () => {
		const scope = newScope();
		const saved = {};
		const one = reload(saved);
		const two = reload(saved);
		recordDelivery(one, 'a', 1000, scope);
		recordDelivery(two, 'b', 1001, scope);
		// "one" is saved last, overwriting "two": it must know "b", or a restart before the next
		// delivery would forget it and run a retry of "b" again.
		const afterRestart = reload(one);
		expect(savedKeys(afterRestart).sort()).toEqual(keysOf(['a', 'b']).sort());
		const restarted = newScope();
		expect(recordDelivery(afterRestart, 'b', 2000, restarted)).toBe(false);
		expect(recordDelivery(afterRestart, 'a', 2001, restarted)).toBe(false);
	});

	test('a copy still to be saved learns the ids a restart left in a later copy', () => {
		// After a restart this process has seen one copy without "x"; a later copy, saved by the old
		// process just before it stopped, holds "x". Both copies must end up with it.
		const scope = newScope();
		const early = reload({});
		recordDelivery(early, 'a', 1000, scope);
		const x = deliveryId(['x']);
		// Saved by another process, in the form used before the current one.
		const late = reload({ seenDeliveries: { [x.slice(0, 16)]: 1 } });
		recordDelivery(late, 'b', 1001, scope);
		expect(savedKeys(early).sort()).toEqual(keysOf(['a', 'b', x]).sort());
		expect(savedKeys(late).sort()).toEqual(keysOf(['a', 'b', x]).sort());
		expect(late.seenDeliveries).toBeUndefined();
	});

	/**
	 * Deliveries handled at the same time, as n8n does it: each request loads a copy of the saved
	 * static data, records its delivery, and is saved whole (last write wins) in any order, some
	 * after others that started later. `steps` says which request does what next.
	 */
	function interleave(steps, { limits, idOf = (n) => `id-${n}`, inFlight = 10 }) {
		const scope = newScope();
		let saved = {};
		const pending = [];
		const recorded = [];
		let next = 0;
		let now = 1_000_000;
		const sizes = [];
		for (const step of steps) {
			if (pending.length === 0 || (step.kind === 'load' && pending.length < inFlight)) {
				pending.push({ copy: reload(saved), recorded: false });
				continue;
			}
			const eligible = pending.filter((request) => request.recorded === (step.kind === 'save'));
			if (eligible.length === 0) continue;
			const request = eligible[step.pick % eligible.length];
			if (step.kind === 'record') {
				// Mostly new deliveries, now and then a retry of a recent one.
				const id = step.retry && recorded.length ? recorded[recorded.length - 1] : idOf(next++);
				now += 1000;
				recordDelivery(request.copy, id, now, scope, limits);
				if (!recorded.includes(id)) recorded.push(id);
				request.recorded = true;
			} else {
				saved = reload(request.copy);
				pending.splice(pending.indexOf(request), 1);
				const keys = savedKeys(saved);
				sizes.push(keys.length);
				// Whichever request is saved, the saved ledger is this process's: the newest ids, all of them.
				const newest = keysOf(recorded.slice(-limits.maxEntries));
				if (keys.length !== newest.length || newest.some((key) => !keys.includes(key))) {
					expect(keys.sort()).toEqual(newest.sort());
				}
			}
		}
		return { saved, sizes };
	}

	const steps = fc.array(
		fc.record({
			kind: fc.constantFrom('load', 'record', 'record', 'save', 'save'),
			pick: fc.nat(),
			retry: fc.boolean(),
		}),
		{ maxLength: 120 },
	);

	test('concurrent requests saved in any order: the saved ledger holds every id the process recorded, up to the cap', () => {
		fc.assert(
			fc.property(steps, (generated) => {
				interleave(generated, { limits: { maxEntries: 5, ttlMs: 1e12 } });
			}),
			{ numRuns: 500 },
		);
	});

	test('keeps the 1,000-id cap under concurrency: copies loaded long ago bring no forgotten ids back', () => {
		// 40 requests in flight at any time, each from the copy saved when it started, saved in a
		// scrambled order: stale copies still hold ids the process has dropped since. Some are retries,
		// which record nothing new.
		const generated = [];
		let seed = 7;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
		for (let index = 0; index < 40; index++) generated.push({ kind: 'load' });
		for (let index = 0; index < 1500; index++) {
			generated.push({ kind: 'record', pick: Math.floor(random() * 1e6), retry: random() < 0.3 });
			generated.push({ kind: 'save', pick: Math.floor(random() * 1e6) });
			generated.push({ kind: 'load' });
		}
		const { sizes } = interleave(generated, {
			limits: { maxEntries: 1000, ttlMs: 1e12 },
			idOf: (n) => deliveryId([n]),
			inFlight: 40,
		});
		expect(sizes.length).toBeGreaterThan(1000);
		expect(Math.max(...sizes)).toBe(1000);
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

	test('saves a short key and whole seconds per delivery in one string, so static data stays small', () => {
		const staticData = {};
		const id = deliveryId(['retm', 'customer.created', 'ref-1']);
		recordDelivery(staticData, id, 1_734_463_595_123, newScope());
		expect(Object.keys(staticData)).toEqual(['deliveryLedger']);
		expect(typeof staticData.deliveryLedger).toBe('string');
		expect(readSavedLedger(staticData)).toEqual(new Map([[ledgerKey(id), 1_734_463_595]]));
		const thousand = {};
		const scope = newScope();
		for (let index = 0; index < 1000; index++) {
			recordDelivery(thousand, deliveryId([index]), 1_734_463_595_000 + index, scope);
		}
		expect(JSON.stringify(thousand).length).toBeLessThan(15_000);
		const afterRestart = reload(thousand);
		const restarted = newScope();
		for (const index of [0, 500, 999]) {
			expect(recordDelivery(afterRestart, deliveryId([index]), 1_734_463_600_000, restarted)).toBe(
				false,
			);
		}
	});

	test('takes in a ledger saved in the earlier form, and saves it in the current one', () => {
		const id = deliveryId(['retm', 'customer.created', 'ref-1']);
		const staticData = reload({ seenDeliveries: { [id.slice(0, 16)]: 1_734_463_595 } });
		expect(recordDelivery(staticData, id, 1_734_463_600_000, newScope())).toBe(false);
		expect(staticData.seenDeliveries).toBeUndefined();
		expect(readSavedLedger(staticData)).toEqual(new Map([[ledgerKey(id), 1_734_463_595]]));
	});

	test('starts over from saved data that is not a ledger', () => {
		for (const garbage of [
			{ seenDeliveries: 'garbage' },
			{ deliveryLedger: 'garbage' },
			{ deliveryLedger: 'v2:abcdefgh!!!!!!!!!!!!!!' },
			{ deliveryLedger: 42 },
		]) {
			const staticData = reload(garbage);
			expect(recordDelivery(staticData, 'a', 1000, newScope())).toBe(true);
			expect(savedKeys(staticData)).toEqual(keysOf(['a']));
		}
	});
});
