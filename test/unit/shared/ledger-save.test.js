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
