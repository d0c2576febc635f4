'use strict';
const { createRecentSecrets } = require('../../../nodes/shared/triggers/recentSecrets');

// The webhook context the memo reads: the node's credential reference and n8n's credential read.
function webhookContext(credential, stored) {
	const context = {
		reads: 0,
		getNode: () => ({ credentials: credential ? { retmApi: credential } : {} }),
		getCredentials: async () => {
			context.reads++;
			return { ...stored };
		},
	};
	return context;
}

describe('the secret kept from the last credential read', () => {
	let now;
	let secrets;
	const proves = (context, token) =>
		secrets.proves(context, 'retmApi', (credentials) => credentials.webhookToken, token);

	beforeEach(() => {
		now = 1_000_000;
		secrets = createRecentSecrets(10_000, () => now);
	});

	test('a delivery presenting the kept secret reads the credential no more within the window', async () => {
		const stored = { webhookToken: 'token-a' };
		const context = webhookContext({ id: '7', name: 'RETM' }, stored);
		expect(await proves(context, 'token-a')).toBe(true);
		now += 9_999;
		expect(await proves(context, 'token-a')).toBe(true);
		expect(context.reads).toBe(1);
		now += 1;
		expect(await proves(context, 'token-a')).toBe(true);
		expect(context.reads).toBe(2);
	});

	test('a replaced secret works at once; the old one is refused once the new one was read', async () => {
		const stored = { webhookToken: 'token-a' };
		const context = webhookContext({ id: '7', name: 'RETM' }, stored);
		expect(await proves(context, 'token-a')).toBe(true);
		stored.webhookToken = 'token-b';
		// Still the kept secret, within the window: the documented grace for an old secret.
		expect(await proves(context, 'token-a')).toBe(true);
		expect(await proves(context, 'token-b')).toBe(true);
		expect(await proves(context, 'token-a')).toBe(false);
		expect(context.reads).toBe(3);
	});

	test('a wrong secret is judged on a fresh read every time; no secret at all needs no read', async () => {
		const context = webhookContext({ id: '7', name: 'RETM' }, { webhookToken: 'token-a' });
		expect(await proves(context, 'token-a')).toBe(true);
		expect(await proves(context, 'wrong')).toBe(false);
		expect(await proves(context, 'wrong')).toBe(false);
		expect(await proves(context, undefined)).toBe(false);
		expect(await proves(context, '')).toBe(false);
		expect(context.reads).toBe(3);
	});

	test('a credential without a secret refuses every delivery', async () => {
		const context = webhookContext({ id: '7', name: 'RETM' }, { webhookToken: '' });
		expect(await proves(context, '')).toBe(false);
		expect(await proves(context, 'anything')).toBe(false);
		expect(await proves(context, 'anything')).toBe(false);
	});

	test('credentials are kept apart by id, and one without an id is read every time', async () => {
		const first = webhookContext({ id: '1', name: 'A' }, { webhookToken: 'token-a' });
		const second = webhookContext({ id: '2', name: 'B' }, { webhookToken: 'token-b' });
		expect(await proves(first, 'token-a')).toBe(true);
		expect(await proves(second, 'token-a')).toBe(false);
		expect(await proves(second, 'token-b')).toBe(true);
		const unnamed = webhookContext(undefined, { webhookToken: 'token-a' });
		expect(await proves(unnamed, 'token-a')).toBe(true);
		expect(await proves(unnamed, 'token-a')).toBe(true);
		expect(unnamed.reads).toBe(2);
	});
});
