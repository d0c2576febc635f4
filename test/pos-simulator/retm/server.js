'use strict';

const { timingSafeEqual } = require('node:crypto');
const { startSimulatorServer } = require('../simulator-server');
const { createRouter } = require('../router');
const { createFaults } = require('../faults');
const { createRetmStore } = require('./store');
const { retmRoutes, API } = require('./routes');

const retmErrorBody = (status, message) => ({ message });

function bearerMatches(header, token) {
	const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
	if (!match) return false;
	const given = Buffer.from(match[1]);
	const expected = Buffer.from(token);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

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
	const store = createRetmStore({ customers, seed });
	const faults = createFaults();
	const server = await startSimulatorServer({
		host,
		port,
		router: createRouter(retmRoutes),
		faults,
		errorBody: retmErrorBody,
		authorize: (request) =>
			bearerMatches(request.headers.authorization, accessToken)
				? null
				: { status: 401, body: { message: 'Unauthenticated.' } },
		context: { store },
	});

	return {
		url: server.url,
		apiUrl: server.url + API,
		port: server.port,
		store,
		faults,
		requests: server.requests,
		reset() {
			store.reset();
			faults.clear();
			server.requests.length = 0;
		},
		close: server.close,
	};
}

module.exports = { startRetmSimulator };
