'use strict';
// The ledger save for n8n's static-data change mark (nodes/shared/triggers/ledgerSave.ts), on static
// data made observable by n8n-workflow's own ObservableObject, as n8n hands it to a webhook.
const { ObservableObject } = require('n8n-workflow');
const {
	recordDelivery,
	releaseLedgerCopy,
	SAVED_FIELD,
} = require('../../../nodes/shared/triggers/deliveryLedger');
const {
	keepMarkedUntil,
	markLedgersChanged,
	markingLedgersOnResolve,
} = require('../../../nodes/shared/triggers/ledgerSave');

let scopes = 0;
const newScope = () => `ledger-save-test-${++scopes}`;

/** Static data as n8n observes it (it carries n8n's `__dataChanged` mark). */
const observedStaticData = () =>
	ObservableObject.create({}, undefined, { ignoreEmptyOnFirstChild: true });

describe('markLedgersChanged', () => {
	test('marks again the static data of a delivery whose mark n8n cleared, and only what is open', () => {
		const open = observedStaticData();
		const answered = observedStaticData();
		recordDelivery(open, 'a', Date.now(), newScope());
		recordDelivery(answered, 'b', Date.now(), newScope());
		expect(open[SAVED_FIELD]).toEqual(expect.any(String));
		releaseLedgerCopy(answered);
		// What n8n does when it starts the run the delivery asked for.
		open.__dataChanged = false;
		answered.__dataChanged = false;

		markLedgersChanged();

		expect(open.__dataChanged).toBe(true);
		expect(answered.__dataChanged).toBe(false);
		releaseLedgerCopy(open);
	});

	test('leaves static data n8n does not observe as it is', () => {
		const plain = {};
		recordDelivery(plain, 'c', Date.now(), newScope());
		const before = { ...plain };
		markLedgersChanged();
		expect(plain).toEqual(before);
		expect('__dataChanged' in plain).toBe(false);
		releaseLedgerCopy(plain);
	});
});

test('markingLedgersOnResolve marks the ledgers when n8n resolves the answer, and answers as before', () => {
	const staticData = observedStaticData();
	recordDelivery(staticData, 'd', Date.now(), newScope());
	staticData.__dataChanged = false;
	const resolver = markingLedgersOnResolve({ kind: 'test', resolve: (value) => `answer ${value}` });
	expect(resolver.kind).toBe('test');
	expect(resolver.resolve('x')).toBe('answer x');
	expect(staticData.__dataChanged).toBe(true);
	releaseLedgerCopy(staticData);
});

describe('keepMarkedUntil (n8n without native resolvers)', () => {
	const { sleep } = require('../../../scripts/lib/process');

	test('marks the static data again after n8n cleared the mark, until n8n has answered', async () => {
		const staticData = observedStaticData();
		recordDelivery(staticData, 'e', Date.now(), newScope());
		let answered = false;
		const marking = keepMarkedUntil(staticData, () => answered, 10_000);
		// What n8n does in the tick the webhook returns in: it starts the run and clears the mark.
		staticData.__dataChanged = false;
		await sleep(20);
		// n8n's save comes later, after database work: by then the mark is set again.
		expect(staticData.__dataChanged).toBe(true);
		answered = true;
		await marking;
		staticData.__dataChanged = false;
		await sleep(20);
		expect(staticData.__dataChanged).toBe(false);
		releaseLedgerCopy(staticData);
	});

	test('stops at its bound, and leaves static data n8n does not observe alone', async () => {
		const staticData = observedStaticData();
		const started = Date.now();
		await keepMarkedUntil(staticData, () => false, 60);
		expect(Date.now() - started).toBeGreaterThanOrEqual(60);
		const plain = {};
		await keepMarkedUntil(plain, () => false, 60);
		expect(plain).toEqual({});
	});
});
