'use strict';

const { startPlatformSimulator } = require('../platform-server');
const { createRetmStore } = require('./store');
const { retmRoutes, API } = require('./routes');

/**
 * A local RETM: every endpoint of docs/pos-apis.md under /api/v2 over an in-memory store.
 * Every call needs `Authorization: Bearer <accessToken>`, else 401 { message: 'Unauthenticated.' }.
 *
 * Resolves to { url, apiUrl, port, store, faults, requests, reset(), close() }:
 * - url: 'http://127.0.0.1:<port>' (a RETM credential's base URL); apiUrl: url + '/api/v2'
 * - requests: every request received, in arrival order: { method, path, query, body,
 *   headers (token redacted), status, dropped, fault, at }
 * - reset(): seed data back, faults and recorded requests cleared
 */
async function startRetmSimulator({
	port = 0,
	host = '127.0.0.1',
	accessToken = 'sim-access-token',
	customers = 10000,
	seed,
} = {}) {
	return startPlatformSimulator({
		host,
		port,
		accessToken,
		apiPath: API,
		routes: retmRoutes,
		store: createRetmStore({ customers, seed }),
		errorBody: (status, message) => ({ message }),
	});
}

module.exports = { startRetmSimulator };
