'use strict';
// Shared pieces for the RETM e2e files: RETM's documented bodies (the contract fixtures), a RETM Trigger node, a
// credential and a published workflow on the shared n8n, and a way to count executions that is
// meaningful for "nothing started" (a later, valid delivery must be the only run that shows up).
const { randomBytes, randomUUID } = require('node:crypto');
const { httpRequest } = require('../../pos-simulator');

const { example } = require('../../fixtures/contracts');

const TRIGGER_TYPE = 'n8n-nodes-restaurant-pos.retmTrigger';

/** customer.created as RETM documents it (the contract fixture), with a fresh reference per call. */
function customerCreated(overrides = {}) {
	const { customer, ...rest } = overrides;
	const sample = example('retm/webhooks/customer.created');
	return {
		...sample,
		business_refrence: 'b-1',
		timestamp: '2025-12-17T19:26:35',
		reference: randomUUID(),
		...rest,
		customer: { ...sample.customer, ...customer },
	};
}

/** A RETM Trigger node; its credential reference is replaced on import. */
function retmTriggerNode({
	name = 'RETM Trigger',
	webhookId = randomUUID(),
	parameters = {},
} = {}) {
	return {
		id: randomUUID(),
		name,
		type: TRIGGER_TYPE,
		typeVersion: 2,
		position: [0, 0],
		webhookId,
		parameters: {
			events: ['customer.created'],
			respond: 'onReceived',
			simplify: true,
			...parameters,
		},
		credentials: { retmApi: { id: 'replaced-on-import', name: 'RETM (e2e)' } },
	};
}

/** A workflow whose nodes run one after another, left to right. */
function chainWorkflow(name, nodes) {
	const connections = {};
	nodes.forEach((node, index) => {
		node.position = [index * 220, 0];
		const next = nodes[index + 1];
		if (next) connections[node.name] = { main: [[{ node: next.name, type: 'main', index: 0 }]] };
	});
	return { name, nodes, connections, settings: { executionOrder: 'v1' } };
}

function noOpNode(name = 'No Operation') {
	return {
		id: randomUUID(),
		name,
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}

/** A retmApi credential with a fresh webhook token; returns { credential, webhookToken }. */
async function createRetmCredential(wf, { baseUrl = 'http://127.0.0.1:9' } = {}) {
	const webhookToken = randomBytes(24).toString('hex');
	const credential = await wf.createCredential(
		'retmApi',
		`RETM (e2e ${randomUUID().slice(0, 8)})`,
		{
			environment: 'custom',
			baseUrl,
			businessId: 'demo',
			accessToken: 'e2e-access-token',
			webhookToken,
		},
	);
	return { credential, webhookToken };
}

/**
 * Imports, publishes and waits for the production webhook of a workflow whose trigger is `trigger`.
 * @returns {Promise<{ workflowId: string, url: string }>}
 */
async function publishWorkflow(wf, workflow, trigger, credentials) {
	const created = await wf.importWorkflow(workflow, { credentials });
	await wf.activate(created.id);
	const url = wf.webhookUrl(trigger.webhookId);
	await wf.waitForWebhook(url);
	return { workflowId: created.id, url };
}

/** One POST to a webhook URL; resolves to { status, json, text, ms } (never the sender's retries). */
function post(
	url,
	body,
	{ token, headers: extra = {}, contentType = 'application/json', timeoutMs = 15000 } = {},
) {
	const headers = { 'Content-Type': contentType, ...extra };
	if (token) headers.Authorization = `Bearer ${token}`;
	return httpRequest(url, {
		method: 'POST',
		headers,
		body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
		timeoutMs,
	});
}

const { sleep } = require('../../../scripts/lib/process');

/**
 * Polls until the workflow has exactly `count` finished executions and keeps checking for
 * `stableMs` more, so a late extra run is caught; returns them, oldest first.
 */
async function waitForExactExecutions(
	wf,
	workflowId,
	count,
	{ timeoutMs = 30000, stableMs = 1500 } = {},
) {
	const executions = await wf.waitForExecutions(workflowId, count, timeoutMs);
	if (executions.length !== count) return executions;
	await sleep(stableMs);
	return await wf.listExecutions(workflowId);
}

module.exports = {
	TRIGGER_TYPE,
	customerCreated,
	retmTriggerNode,
	chainWorkflow,
	noOpNode,
	createRetmCredential,
	publishWorkflow,
	post,
	sleep,
	waitForExactExecutions,
};
