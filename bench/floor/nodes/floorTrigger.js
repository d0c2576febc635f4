'use strict';
// What both floors share. Version 2 and literal webhook fields on purpose: n8n evaluates an
// expression for every delivery to a version 1 webhook node and for expression-valued webhook
// fields, and a floor must cost only what no community trigger can avoid.
function floorDescription({ displayName, name, credentials }) {
	return {
		displayName,
		name,
		group: ['trigger'],
		version: 2,
		description: 'Benchmark floor',
		defaults: { name: displayName },
		inputs: [],
		outputs: ['main'],
		credentials,
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [],
	};
}

/** The body as the workflow's one item: what every trigger hands on at least. */
function started(context) {
	return { workflowData: [[{ json: context.getBodyData() }]] };
}

module.exports = { floorDescription, started };
