'use strict';
// The RETM credential's token renewal against the simulator's token endpoint (a real server on
// 127.0.0.1): the grant order, rotating refresh tokens spent once under concurrency, and failures in
// words that quote no token, secret or code.
const { startRetmSimulator, httpRequest } = require('../../pos-simulator');
const {
	forgetRenewals,
	grantOrder,
	needsRenewal,
	renewRetmToken,
	retmTokenUrl,
	usesPastedToken,
} = require('../../../nodes/Retm/tokens');
const { answerInstall, installPost, installRefusal } = require('../../../nodes/Retm/install');

const post = async (options) => {
	const answer = await httpRequest(options.url, { method: options.method, body: options.body });
	return { statusCode: answer.status, body: answer.json };
};

describe('RETM token renewal', () => {
	let simulator;
	let credentials;

	beforeEach(async () => {
		forgetRenewals();
		simulator = await startRetmSimulator({ customers: 1, oauth: { accessTokenSeconds: 60 } });
		credentials = {
			environment: 'custom',
			baseUrl: simulator.url,
			authentication: 'app',
			clientId: simulator.tokens.clientId,
			clientSecret: simulator.tokens.clientSecret,
			authorizationCode: simulator.tokens.issueCode(),
			refreshToken: '',
		};
	});
	afterEach(async () => simulator.close());

	const leaks = (text) =>
		[...simulator.tokens.issued, credentials.clientSecret].filter((value) => text.includes(value));

	test('the install code is exchanged once and cleared; the access token works on the API', async () => {
		const renewal = await renewRetmToken(post, credentials);
		expect(renewal.authorizationCode).toBe('');
		expect(renewal.refreshToken).toMatch(/^rt-/);
		expect(renewal.tokenExpiresAt).toEqual(expect.any(String));
		expect(Number(renewal.tokenExpiresAt)).toBeGreaterThan(Date.now() + 50_000);
		const answer = await httpRequest(`${simulator.apiUrl}/taxes/list`, {
			headers: { Authorization: `Bearer ${renewal.sessionToken}` },
		});
		expect(answer.status).toBe(200);
		expect(simulator.tokens.counts.authorization_code).toBe(1);
	});

	test('ten concurrent renewals with one refresh token spend it once, and a late one follows the rotation', async () => {
		const first = await renewRetmToken(post, credentials);
		const holding = { ...credentials, authorizationCode: '', refreshToken: first.refreshToken };
		const renewals = await Promise.all(
			Array.from({ length: 10 }, () => renewRetmToken(post, holding)),
		);
		expect(new Set(renewals.map((renewal) => renewal.sessionToken)).size).toBe(1);
		expect(simulator.tokens.counts.refresh_token).toBe(1);
		const late = await renewRetmToken(post, holding);
		expect(late.sessionToken).toBe(renewals[0].sessionToken);
		expect(simulator.tokens.counts.refused).toBe(0);
	});

	test('a refused code is not followed by any other grant, and the error says what to do', async () => {
		const bad = { ...credentials, authorizationCode: 'not-a-code', refreshToken: 'rt-x' };
		expect(grantOrder(bad).map((attempt) => attempt.grant)).toEqual(['authorization_code']);
		const error = await renewRetmToken(post, bad).catch((failure) => failure);
		expect(error.message).toBe('RETM refused the install code');
		expect(error.description).toMatch(/Reinstall the app in RETM/);
		expect(simulator.tokens.counts.client_credentials).toBe(0);
		expect(leaks(`${error.message} ${error.description}`)).toEqual([]);
	});

	test('a wrong Client Secret is named as such', async () => {
		const error = await renewRetmToken(post, { ...credentials, clientSecret: 'wrong' }).catch(
			(f) => f,
		);
		expect(error.message).toBe('RETM refused the Client ID or Client Secret');
	});

	test('[guess] without a code or refresh token, the client-credentials grant', async () => {
		const renewal = await renewRetmToken(post, { ...credentials, authorizationCode: '' });
		expect(renewal.sessionToken).toMatch(/^at-/);
		expect(simulator.tokens.counts.client_credentials).toBe(1);
	});

	test('a spent refresh token falls back to client credentials, or says to reinstall', async () => {
		const first = await renewRetmToken(post, credentials);
		const holding = { ...credentials, authorizationCode: '', refreshToken: first.refreshToken };
		await renewRetmToken(post, holding);
		forgetRenewals();
		simulator.tokens.settings.grants = ['authorization_code', 'refresh_token'];
		const error = await renewRetmToken(post, holding).catch((f) => f);
		expect(error.message).toBe('RETM would not renew the access token');
		expect(error.description).toMatch(/Reinstall the app/);
	});

	test('[guess] a refused refresh token is not kept once client credentials gave a token', async () => {
		const first = await renewRetmToken(post, credentials);
		const holding = { ...credentials, authorizationCode: '', refreshToken: first.refreshToken };
		await renewRetmToken(post, holding);
		forgetRenewals();
		const renewal = await renewRetmToken(post, holding);
		expect(simulator.tokens.counts.client_credentials).toBe(1);
		expect(renewal.sessionToken).toMatch(/^at-/);
		expect(renewal.refreshToken).toBe('');
	});

	test('an execution that loaded the credential hours before a rotation does not spend the dead token', async () => {
		let clock = Date.now();
		const now = () => clock;
		const first = await renewRetmToken(post, credentials, now);
		const holding = { ...credentials, authorizationCode: '', refreshToken: first.refreshToken };
		const rotated = await renewRetmToken(post, holding, now);
		clock += 2 * 60 * 60_000;
		const late = await renewRetmToken(post, holding, now);
		expect(simulator.tokens.counts.refused).toBe(0);
		expect(simulator.tokens.counts.refresh_token).toBe(2);
		expect(late.sessionToken).not.toBe(rotated.sessionToken);
		const answer = await httpRequest(`${simulator.apiUrl}/taxes/list`, {
			headers: { Authorization: `Bearer ${late.sessionToken}` },
		});
		expect(answer.status).toBe(200);
	});

	test('expired access tokens are refused by the simulator with 401', async () => {
		simulator.tokens.settings.accessTokenSeconds = 0;
		const renewal = await renewRetmToken(post, credentials);
		const answer = await httpRequest(`${simulator.apiUrl}/taxes/list`, {
			headers: { Authorization: `Bearer ${renewal.sessionToken}` },
		});
		expect(answer.status).toBe(401);
	});
});

describe('what the credential holds', () => {
	test('a legacy credential (Access Token, no Client ID) uses its pasted token, copied once', () => {
		const legacy = {
			environment: 'custom',
			authentication: 'app',
			clientId: '',
			accessToken: 'pasted',
		};
		expect(usesPastedToken(legacy)).toBe(true);
		expect(needsRenewal(legacy, Date.now())).toBe(true);
		expect(needsRenewal({ ...legacy, sessionToken: 'pasted' }, Date.now())).toBe(false);
	});

	test('renewal is due with a code, without a session token, or near the expiry', () => {
		const now = Date.now();
		const app = { clientId: 'c', sessionToken: 's', tokenExpiresAt: now + 120_000 };
		expect(needsRenewal(app, now)).toBe(false);
		expect(needsRenewal({ ...app, authorizationCode: 'x' }, now)).toBe(true);
		expect(needsRenewal({ ...app, sessionToken: '' }, now)).toBe(true);
		expect(needsRenewal({ ...app, tokenExpiresAt: now + 1_000 }, now)).toBe(true);
	});

	test('the production token endpoint is the business host, and a business ID cannot leave retm.sa', () => {
		expect(retmTokenUrl({ environment: 'production', businessId: 'my-restaurant' })).toBe(
			'https://my-restaurant.retm.sa/api/oAuth/token',
		);
		expect(retmTokenUrl({ environment: 'staging' })).toBe('https://stg.retm.sa/api/oAuth/token');
		expect(() => retmTokenUrl({ environment: 'production', businessId: 'evil.com/x?' })).toThrow(
			'The RETM credential has no valid Business ID',
		);
	});
});

describe('the install POST', () => {
	const app = { clientId: 'c', clientSecret: 's', webhookToken: 'w', businessId: '' };

	test('is recognised by its code and business_id', () => {
		expect(installPost({ code: 'abc', business_id: 'demo', data: {} })).toEqual({
			code: 'abc',
			businessId: 'demo',
		});
		expect(installPost({ event: 'customer.created' })).toBeUndefined();
		expect(installPost(['x'])).toBeUndefined();
	});

	test('is refused for a credential without Client ID, another business, or a host-like business ID', () => {
		expect(installRefusal(app, { code: 'a', businessId: 'demo' })).toBeUndefined();
		expect(
			installRefusal({ ...app, clientId: '' }, { code: 'a', businessId: 'demo' }),
		).toBeDefined();
		expect(
			installRefusal({ ...app, businessId: 'other' }, { code: 'a', businessId: 'demo' }),
		).toBeDefined();
		expect(installRefusal(app, { code: 'a', businessId: 'evil.com/' })).toBeDefined();
		expect(
			installRefusal({ ...app, webhookToken: '' }, { code: 'a', businessId: 'demo' }),
		).toBeDefined();
	});

	// n8n's request helper stands in here only as the refusal it reports when RETM refuses the code
	// (the exchange itself is tested against the simulator above).
	test('a refused code is answered 401 at once, and the watch for the token ends with it', async () => {
		jest.useFakeTimers();
		try {
			const answered = [];
			const response = {
				status: (code) => ({ json: (body) => answered.push({ code, body }) }),
			};
			const context = {
				getResponseObject: () => response,
				getNode: () => ({ credentials: { retmApi: { id: '1', name: 'RETM' } } }),
				helpers: {
					httpRequestWithAuthentication: async () => {
						throw new Error('RETM refused the install code');
					},
				},
			};
			const answer = await answerInstall(
				context,
				{ ...app, environment: 'staging' },
				{ code: 'spent', businessId: 'demo' },
			);
			expect(answer).toEqual({ noWebhookResponse: true });
			expect(answered).toEqual([{ code: 401, body: expect.not.objectContaining({ token: 'w' }) }]);
			// The one pending tick of the watch finds the exchange settled and schedules no other.
			await jest.advanceTimersByTimeAsync(10);
			expect(jest.getTimerCount()).toBe(0);
		} finally {
			jest.useRealTimers();
		}
	});
});
