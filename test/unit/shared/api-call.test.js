'use strict';
const { callWithRetries, collectPages } = require('../../../nodes/shared/actions/apiCall');

const FAST = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2, maxTotalWaitMs: 50 };
const node = { id: 'n', name: 'POS', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };

/** A context whose authenticated request answers from `answers` in turn (an Error is thrown). */
function context(answers) {
	const calls = [];
	return {
		calls,
		getNode: () => node,
		helpers: {
			httpRequestWithAuthentication: async (credentialType, options) => {
				calls.push({ credentialType, ...options });
				const next = answers[Math.min(calls.length - 1, answers.length - 1)];
				if (next instanceof Error) throw next;
				return { statusCode: next, headers: {}, body: { status: next } };
			},
		},
	};
}
const call = (method) => ({ method, url: 'https://pos.test/api/orders' });
const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

describe('callWithRetries', () => {
	test('a read is retried on 502/503/504/429 and dropped connections', async () => {
		const ctx = context([503, reset(), 200]);
		expect((await callWithRetries(ctx, 'posApi', call('GET'), FAST)).statusCode).toBe(200);
		expect(ctx.calls).toHaveLength(3);
		expect(ctx.calls[0]).toMatchObject({
			credentialType: 'posApi',
			json: true,
			returnFullResponse: true,
		});
	});

	test('a write is retried only when the server surely did not act', async () => {
		const unprocessed = context([503, 200]);
		expect((await callWithRetries(unprocessed, 'posApi', call('POST'), FAST)).statusCode).toBe(200);
		const gateway = context([502, 200]);
		expect((await callWithRetries(gateway, 'posApi', call('POST'), FAST)).statusCode).toBe(502);
		expect(gateway.calls).toHaveLength(1);
		const neverSent = context([refused(), 201]);
		expect((await callWithRetries(neverSent, 'posApi', call('POST'), FAST)).statusCode).toBe(201);
	});

	test('a connection lost during a write is reported in words, not sent again', async () => {
		const ctx = context([reset(), 200]);
		await expect(callWithRetries(ctx, 'posApi', call('POST'), FAST)).rejects.toMatchObject({
			message:
				'Could not reach the API: the connection was closed before an answer came (POST /api/orders)',
		});
		expect(ctx.calls).toHaveLength(1);
	});
});

describe('collectPages', () => {
	const pages = (sizes) => async (page, perPage) => ({
		items: Array.from({ length: sizes[page - 1] ?? 0 }, (_, i) => ({ page, i, perPage })),
		more: page < sizes.length,
	});

	test('reads until the platform says there is no more', async () => {
		expect(await collectPages(pages([2, 2, 1]), 2)).toHaveLength(5);
	});

	test('stops at the limit, asking for no more than it needs per page', async () => {
		const items = await collectPages(pages([3, 3, 3]), 100, 3);
		expect(items).toHaveLength(3);
		expect(items[0].perPage).toBe(3);
	});
});
