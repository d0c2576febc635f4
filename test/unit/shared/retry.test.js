'use strict';
const { backoffDelayMs, retryAfterMs, retrying } = require('../../../nodes/shared/actions/retry');

const FAST = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 4, maxTotalWaitMs: 100 };

describe('retryAfterMs', () => {
	test('reads delta-seconds and HTTP dates', () => {
		expect(retryAfterMs('2', 0)).toBe(2000);
		expect(retryAfterMs(['0.5'], 0)).toBe(500);
		const now = Date.parse('2025-01-01T00:00:00Z');
		expect(retryAfterMs('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3000);
		expect(retryAfterMs('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
	});

	test('is undefined when the header says nothing usable', () => {
		for (const header of [undefined, '', '  ', 'soon', 12])
			expect(retryAfterMs(header, 0)).toBe(undefined);
	});
});

describe('backoffDelayMs', () => {
	test('grows with the attempt, jittered below the cap', () => {
		const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000, maxTotalWaitMs: 1e6 };
		expect(backoffDelayMs(0, policy, () => 0.999)).toBe(99);
		expect(backoffDelayMs(2, policy, () => 0.5)).toBe(200);
		expect(backoffDelayMs(10, policy, () => 0.999)).toBe(999);
		expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
	});
});

describe('retrying', () => {
	test('stops at the first answer that needs no retry', async () => {
		let calls = 0;
		const result = await retrying(async () => ({ result: ++calls, retry: calls < 2 }), FAST);
		expect(result).toBe(2);
	});

	test('gives up after maxRetries and returns the last result', async () => {
		let calls = 0;
		const result = await retrying(async () => ({ result: ++calls, retry: true }), FAST);
		expect(result).toBe(FAST.maxRetries + 1);
	});

	test('does not wait past the total budget', async () => {
		let calls = 0;
		const result = await retrying(
			async () => ({ result: ++calls, retry: true, retryAfterMs: 60 }),
			FAST,
		);
		// 60 ms fits the 100 ms budget once; a second wait would pass it.
		expect(result).toBe(2);
	});
});
