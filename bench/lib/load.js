'use strict';
// What the benchmarks that drive a real n8n share: the RETM workflow they load, and one bounded
// autocannon run of customer.created deliveries.
const autocannon = require('autocannon');
const {
	customerCreated,
	retmTriggerNode,
	chainWorkflow,
	noOpNode,
	createRetmCredential,
	publishWorkflow,
} = require('../../test/e2e/support/retm');

/**
 * RETM Trigger (the version the editor adds today) -> No Operation, published.
 * @returns {Promise<{ workflowId: string, url: string, headers: object }>}
 */
async function publishRetmWorkflow(wf) {
	const { credential, webhookToken } = await createRetmCredential(wf);
	const trigger = { ...retmTriggerNode(), typeVersion: 3 };
	const published = await publishWorkflow(
		wf,
		chainWorkflow('bench: RETM Trigger -> No Operation', [trigger, noOpNode()]),
		trigger,
		{ retmApi: credential },
	);
	return { ...published, headers: { authorization: `Bearer ${webhookToken}` } };
}

/** One bounded autocannon run against `url`; every request carries a new `reference`. */
function load(url, { seconds, connections, headers = {} }) {
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				method: 'POST',
				connections,
				duration: seconds,
				headers: { 'content-type': 'application/json', ...headers },
				requests: [
					{
						setupRequest: (request) => ({
							...request,
							body: JSON.stringify(customerCreated()),
						}),
					},
				],
			},
			(error, result) => (error ? reject(error) : resolve(result)),
		);
		autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
	});
}

module.exports = { publishRetmWorkflow, load };
