'use strict';

const { startPlatformSimulator } = require('../platform-server');
const { createRetmStore } = require('./store');
const { retmRoutes, API } = require('./routes');
const { createRetmTokenIssuer, TOKEN_PATH } = require('./token');

/**
 * A local RETM: every endpoint of docs/pos-apis.md under /api/v2 over an in-memory store.
 * Every call needs `Authorization: Bearer <accessToken>`, else 401 { message: 'Unauthenticated.' }.
 *
 * Resolves to { url, apiUrl, port, store, faults, requests, reset(), close() }:
 * - url: 'http://127.0.0.1:<port>' (a RETM credential's base URL); apiUrl: url + '/api/v2'
 * - requests: every request received, in arrival order: { method, path, query, body,
 *   headers (token redacted), status, dropped, fault, at }
 * - reset(): seed data back, faults and recorded requests cleared
 * - tokens: the token endpoint and install handshake (./token.js), configured by `oauth`
 *   ({ clientId, clientSecret, accessTokenSeconds, grants, revokeOnReuse }); the fixed
 *   `accessToken` keeps working beside the tokens it issues
 */
async function startRetmSimulator({
	port = 0,
	host = '127.0.0.1',
	accessToken = 'sim-access-token',
	customers = 10000,
	seed,
	oauth = {},
} = {}) {
	const tokens = createRetmTokenIssuer(oauth);
	const simulator = await startPlatformSimulator({
		host,
		port,
		accessToken,
		apiPath: API,
		routes: retmRoutes,
		authorize: (request) =>
			new URL(request.url, 'http://simulator.local').pathname === TOKEN_PATH ||
			bearerIs(request.headers.authorization, accessToken) ||
			tokens.accepts(bearerOf(request.headers.authorization)),
		store: createRetmStore({ customers, seed }),
		errorBody: (status, message) => ({ message }),
		context: { tokens },
	});
	return { ...simulator, tokens };
}

const bearerOf = (header) => /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];
const bearerIs = (header, token) => !!token && bearerOf(header) === token;

module.exports = { startRetmSimulator };
