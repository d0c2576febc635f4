'use strict';
// Serves one trigger node's webhook() over real HTTP on 127.0.0.1 through n8n-core's WebhookContext,
// with the request read the way n8n reads it (n8nRequestReading.js) and n8n's rules for turning the
// node's answer into a response. Tests count the workflow runs the trigger started.
const http = require('node:http');
const { WebhookContext } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { PACKAGE, nodeTypeRegistry } = require('./n8nNodeTypes');
const { incomingRequest, n8nErrorAnswer, parseRequestBody } = require('./n8nRequestReading');

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function withExpressMethods(res) {
	res.status = (code) => {
		res.statusCode = code;
		return res;
	};
	res.json = (data) => {
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify(data));
		return res;
	};
	return res;
}

/**
 * @param {object} options
 * @param {Function} options.nodeClass the trigger's class
 * @param {object} options.parameters the node's parameters as a workflow stores them
 * @param {Record<string, object>} options.credentials decrypted credential data by type
 * @param {number} [options.typeVersion] the node's version as the workflow stores it (default 1)
 */
let harnessCount = 0;

/** The query string as Express parses it for n8n: a repeated name becomes an array of its values. */
function parseQuery(url) {
	const query = {};
	for (const [name, value] of new URL(url, 'http://127.0.0.1').searchParams) {
		if (!(name in query)) query[name] = value;
		else query[name] = [].concat(query[name], value);
	}
	return query;
}

async function startTriggerHarness({ nodeClass, parameters, credentials, typeVersion = 1 }) {
	const nodeTypes = nodeTypeRegistry([nodeClass]);
	const typeName = `${PACKAGE}.${new nodeClass().description.name}`;
	// Each harness is a different workflow with its own credential, so neither de-duplication ledgers
	// nor secrets read by other tests ever answer.
	const workflowId = `wf-${++harnessCount}`;
	const node = {
		id: 'trigger',
		name: 'Trigger',
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters,
		webhookId: 'a3e1c2d4-0000-4000-8000-000000000001',
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [
				type,
				{ id: `cred-${type}-${workflowId}`, name: type },
			]),
		),
	};
	const staticData = {};
	const runs = [];
	const additionalData = {
		credentialsHelper: {
			getDecrypted: async (_data, _details, type) => ({ ...credentials[type] }),
			isCredentialUsableByNode: () => true,
		},
	};

	const server = http.createServer(async (req, res) => {
		withExpressMethods(res);
		const wire = await readBody(req);
		const request = incomingRequest({ wire, headers: req.headers, query: parseQuery(req.url) });
		try {
			await parseRequestBody(request, wire, node.typeVersion);
		} catch (error) {
			const answer = n8nErrorAnswer(error);
			res.setHeader('content-type', 'application/json');
			res.status(answer.status).end(answer.text);
			return;
		}
		// A new Workflow per delivery, fed the saved static data, as n8n does for production webhooks.
		const workflow = new Workflow({
			id: workflowId,
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: JSON.parse(JSON.stringify(staticData)),
		});
		const webhookData = {
			httpMethod: 'POST',
			node: node.name,
			path: 'webhook',
			webhookDescription: {},
		};
		const context = webhookContext({
			workflow,
			node,
			additionalData,
			webhookData,
			req: request,
			res,
		});
		try {
			const result = await nodeTypes.getByName(typeName).webhook.call(context);
			Object.assign(staticData, JSON.parse(JSON.stringify(workflow.staticData)));
			if (result.workflowData) runs.push(result.workflowData[0].map((item) => item.json));
			if (result.noWebhookResponse) return;
			const fallback =
				result.workflowData === undefined
					? { message: 'Webhook call received' }
					: { message: 'Workflow was started' };
			res.status(200).json(result.webhookResponse ?? fallback);
		} catch (error) {
			res.status(500).json({ message: 'Workflow Webhook Error: Workflow could not be started!' });
			runs.push({ error: error.message });
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}/webhook`;

	return {
		url,
		runs,
		staticData,
		async deliver(
			body,
			{ token, headers = {}, contentType = 'application/json', search = '' } = {},
		) {
			const response = await fetch(url + search, {
				method: 'POST',
				headers: {
					'content-type': contentType,
					...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
					...headers,
				},
				body: typeof body === 'string' ? body : JSON.stringify(body),
			});
			const text = await response.text();
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			return { status: response.status, text, json };
		},
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

/**
 * n8n-core's WebhookContext for one production delivery (mode "webhook"), answering the node's
 * getRequestObject / getResponseObject with `req` and `res`.
 */
function webhookContext({ workflow, node, additionalData, webhookData, req, res }) {
	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		webhookData,
		[],
		null,
	);
	Object.defineProperty(context, 'getRequestObject', { value: () => req });
	Object.defineProperty(context, 'getResponseObject', { value: () => res });
	return context;
}

module.exports = { startTriggerHarness, webhookContext };
