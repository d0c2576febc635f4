'use strict';

const { startPlatformSimulator } = require('../platform-server');
const { createFlavoursStore } = require('./store');
const { flavoursRoutes, API } = require('./routes');
const { errorBody, failure } = require('./envelope');
const { VERSIONS, requestVersion } = require('./versions');

// Every handler learns the API version asked for; an unknown one is refused before it runs.
function versioned(route) {
	return {
		...route,
		handler: (context) => {
			const version = requestVersion(context.request);
			if (!version)
				return failure(400, `Unsupported X-API-Version. Use one of: ${VERSIONS.join(', ')}.`);
			return route.handler({ ...context, version });
		},
	};
}

// Laravel's paginator links are absolute, on the host the client called.
const pageUrl = (request) => (page, perPage) => {
	const path = `http://${request.headers.host}${request.url.split('?')[0]}`;
	return page === null ? path : `${path}?page=${page}&per_page=${perPage}`;
};

/**
 * A local Flavours: the endpoints of docs/pos-apis.md under /api/v2 over an in-memory store, in
 * Flavours' { meta, data } envelope, with Laravel paginators, includes[], filter[...], search and
 * sort, and the X-API-Version field names (2.3.0: category_id and duration; older versions
 * product_category_id and preparation_time, each refusing the other's names with a 422).
 * Every call needs `Authorization: Bearer <accessToken>`, else
 * 401 { meta: { code: 401, status: 'error', message: 'Unauthenticated.' }, data: null }.
 *
 * - accountRole: the role of the account the token belongs to (store.users[0], what GET /me shows).
 *   'SUBSCRIBER' makes every list that filters by market answer 403 without filter[market_id].
 * - unpaginated: list paths under /api/v2 ('/users/customers') that answer a plain array of every
 *   record in `data`, ignoring page and per_page, as a Laravel endpoint calling get() would.
 *   `sim.unpaginated` is that Set, changeable at run time; reset() puts it back as started.
 *
 * Resolves to { url, apiUrl, port, store, faults, requests, unpaginated, reset(), close() }; apiUrl
 * (url + '/api/v2') is what a Flavours credential's Custom Base URL takes.
 */
async function startFlavoursSimulator({
	accessToken = 'sim-flavours-token',
	customers = 10000,
	seed,
	accountRole,
	unpaginated = [],
	...listen
} = {}) {
	const store = createFlavoursStore({ customers, seed });
	if (accountRole) {
		store.users[0].role = accountRole;
		store.snapshot();
	}
	const unpaginatedPaths = new Set(unpaginated);
	const simulator = await startPlatformSimulator({
		...listen,
		accessToken,
		apiPath: API,
		routes: flavoursRoutes.map(versioned),
		store,
		errorBody: (status, message) => errorBody(status, message),
		context: { pageUrl, unpaginated: unpaginatedPaths },
	});
	const resetPlatform = simulator.reset;
	return Object.assign(simulator, {
		unpaginated: unpaginatedPaths,
		reset() {
			resetPlatform();
			unpaginatedPaths.clear();
			for (const path of unpaginated) unpaginatedPaths.add(path);
		},
	});
}

module.exports = { startFlavoursSimulator };
