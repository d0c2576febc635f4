'use strict';

const { timingSafeEqual } = require('node:crypto');
const { startSimulatorServer } = require('./simulator-server');
const { createRouter } = require('./router');
const { createFaults } = require('./faults');

function bearerMatches(header, token) {
	const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
	if (!match) return false;
	const given = Buffer.from(match[1]);
	const expected = Buffer.from(token);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A platform's REST API over its in-memory store, every call authenticated with
 * `Authorization: Bearer <accessToken>`. The platform brings its routes (under `apiPath`), its store
 * (with reset()), its error body `errorBody(status, message)`, and optionally `context(request)`
 * for what its handlers need to know about the request beyond params, query and body.
 *
 * Resolves to { url, apiUrl, port, routes, store, faults, requests, reset(), close() }; `routes` is
 * what the server answers, as { method, path } (path parameters as `:name`).
 */
async function startPlatformSimulator({
	host = '127.0.0.1',
	port = 0,
	accessToken,
	apiPath,
	routes,
	store,
	errorBody,
	context = {},
	// Replaces the single-token check, e.g. for a platform that issues its own tokens.
	authorize,
}) {
	const faults = createFaults();
	const server = await startSimulatorServer({
		host,
		port,
		router: createRouter(routes),
		faults,
		errorBody,
		authorize: (request) =>
			(authorize ? authorize(request) : bearerMatches(request.headers.authorization, accessToken))
				? null
				: { status: 401, body: errorBody(401, 'Unauthenticated.') },
		context: { store, ...context },
	});

	return {
		url: server.url,
		apiUrl: server.url + apiPath,
		port: server.port,
		routes: routes.map(({ method, path }) => ({ method, path })),
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

module.exports = { startPlatformSimulator };
