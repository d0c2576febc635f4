'use strict';
// The shared n8n as test files see it: a client built from what the global setup put in the
// environment, plus the workflow helpers bound to it.
const { connect } = require('../../../scripts/lib/n8n-client');
const { logTail } = require('../../../scripts/lib/n8n-instance');
const { workflowHelpers } = require('../../../scripts/lib/workflows');

function sharedN8n() {
	const baseUrl = process.env.N8N_E2E_BASE_URL;
	if (!baseUrl) {
		throw new Error(
			'No shared n8n: run the e2e tests with `npm run test:e2e` (jest.e2e.config.js)',
		);
	}
	const n8n = connect({
		baseUrl,
		apiKey: process.env.N8N_E2E_API_KEY,
		cookie: process.env.N8N_E2E_COOKIE,
	});
	// For failure messages: what n8n itself logged last.
	n8n.logTail = (lines) => logTail(process.env.N8N_E2E_USER_FOLDER, lines);
	return { n8n, ...workflowHelpers(n8n) };
}

module.exports = { sharedN8n };
