'use strict';
// The shipped examples as e2e files import them: a copy whose Webhook listens on its own path, so a
// test and the example imported by hand never share a URL.
const { randomUUID } = require('node:crypto');

/** A copy of `example` with a fresh webhook id and the given path on its Webhook node. */
function exampleOnPath(example, path) {
	const workflow = structuredClone(example);
	const webhook = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook');
	Object.assign(webhook, { webhookId: randomUUID() });
	webhook.parameters.path = path;
	return { ...workflow, name: `${example.name} (e2e)` };
}

module.exports = { exampleOnPath };
