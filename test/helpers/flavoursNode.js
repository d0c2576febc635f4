'use strict';
// The Flavours node run by n8n's engine (runNode) against a Flavours simulator, with its credential
// pointed at the simulator, and what the simulator saw of it.
const { Flavours } = require('../../nodes/Flavours/Flavours.node');
const { FlavoursApi } = require('../../credentials/FlavoursApi.credentials');
const { runNode } = require('./n8nEngine');

/**
 * `simulator()` returns the running Flavours simulator (started in a beforeAll, so read late).
 * Returns { credential(overrides), run(parameters, { items, continueOnFail, ...credential }),
 * calls(path, method?) (the simulator's requests to /api/v2<path>), json(result) }.
 */
function flavoursNode({ simulator, accessToken }) {
	const credential = (overrides = {}) => ({
		environment: 'custom',
		baseUrl: `${simulator().apiUrl}/`,
		accessToken,
		apiVersion: '2.0.0',
		defaultMarketId: '',
		...overrides,
	});

	const run = (parameters, { items, continueOnFail, typeVersion, ...credentialOverrides } = {}) =>
		runNode({
			nodeClass: Flavours,
			credentialClasses: { flavoursApi: FlavoursApi },
			credentials: { flavoursApi: credential(credentialOverrides) },
			parameters,
			items,
			continueOnFail,
			typeVersion,
		});

	const calls = (path, method) =>
		simulator().requests.filter(
			(request) => request.path === `/api/v2${path}` && (!method || request.method === method),
		);

	const json = (result) => result.items.map((item) => item.json);

	return { credential, run, calls, json };
}

module.exports = { flavoursNode };
