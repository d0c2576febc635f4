'use strict';
// Calls a trigger node's webhook() in-process the way n8n 2.41's production webhook path does, fast
// enough for tens of thousands of generated deliveries:
//  - the request is parsed like n8n's rawBodyReader + parseBody (packages/cli/src/middlewares/
//    body-parser.ts): content type and charset from the header, JSON / XML / urlencoded / text bodies
//    parsed, anything n8n cannot parse answered 422 by n8n itself before the node runs, bodies over
//    n8n's payload limit (16 MiB) answered 413 by n8n;
//  - a new Workflow per request fed a copy of the saved static data, and the static data saved
//    afterwards only when n8n would (its __dataChanged flag), as live-webhooks.ts does;
//  - n8n-core's real WebhookContext, with n8n's rules for turning the node's answer into a response.
// The answer says who answered (n8n or the node), the status, the body text, and the items the
// workflow would have started with. An exception thrown by webhook() is returned, not swallowed.
const querystring = require('node:querystring');
const { WebhookContext } = require('n8n-core');
const { Workflow, jsonParse } = require('n8n-workflow');

const { PACKAGE, nodeTypeRegistry } = require('../../../helpers/n8nNodeTypes');

/** n8n's N8N_PAYLOAD_SIZE_MAX default, in bytes. */
const N8N_PAYLOAD_LIMIT = 16 * 1024 * 1024;

function parseXml(text) {
	// xml2js with n8n's options; it comes with n8n-workflow here. A parser per request: an xml2js
	// parser that has failed on one input can leave later parses pending forever.
	const parser = new (require('xml2js').Parser)({
		async: true,
		normalize: true,
		normalizeTags: true,
		explicitArray: false,
	});
	return parser.parseStringPromise(text);
}

const stripBom = (text) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** @n8n/backend-network parseIncomingMessage: type lower-cased, charset defaulting to utf-8. */
function contentTypeOf(header) {
	if (!header) return {};
	const [type, ...parameters] = String(header).split(';');
	let charset = 'utf-8';
	for (const parameter of parameters) {
		const at = parameter.indexOf('=');
		if (at !== -1 && parameter.slice(0, at).trim().toLowerCase() === 'charset') {
			charset = parameter
				.slice(at + 1)
				.trim()
				.replace(/^"|"$/g, '');
		}
	}
	return { contentType: type.toLowerCase(), encoding: charset.toLowerCase() };
}

/** n8n's parseBody; throws what n8n answers 422 for. */
async function parseBodyLikeN8n(req) {
	const { rawBody, contentType, encoding } = req;
	if (!rawBody.length) return;
	try {
		if (contentType === 'application/json') {
			req.body = jsonParse(stripBom(rawBody.toString(encoding)));
		} else if (contentType?.endsWith('/xml') || contentType?.endsWith('+xml')) {
			req.body = await parseXml(rawBody.toString(encoding));
		} else if (contentType === 'application/x-www-form-urlencoded') {
			req.body = querystring.parse(stripBom(rawBody.toString(encoding)), undefined, undefined, {
				maxKeys: 1000,
			});
		} else if (contentType === 'text/plain') {
			req.body = rawBody.toString(encoding);
		}
	} catch (error) {
		const failure = new Error('Failed to parse request body');
		failure.hint = error.message;
		throw failure;
	}
}

/** Just enough of Express's response for WebhookContext and the node. */
function fakeResponse() {
	const res = {
		statusCode: 200,
		headers: {},
		body: undefined,
		headersSent: false,
		writableEnded: false,
		setHeader(name, value) {
			res.headers[name.toLowerCase()] = value;
			return res;
		},
		getHeader: (name) => res.headers[name.toLowerCase()],
		status(code) {
			res.statusCode = code;
			return res;
		},
		json(data) {
			res.setHeader('content-type', 'application/json');
			return res.end(JSON.stringify(data));
		},
		send(data) {
			return res.end(
				typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data),
			);
		},
		end(data) {
			if (res.writableEnded) throw new Error('The response was written twice');
			res.body = data === undefined ? '' : String(data);
			res.headersSent = true;
			res.writableEnded = true;
			return res;
		},
	};
	return res;
}

let workflowCounter = 0;

/**
 * @param {object} options
 * @param {Function} options.nodeClass the trigger's class
 * @param {object} options.parameters the node's parameters as a workflow stores them
 * @param {Record<string, object>} options.credentials decrypted credential data by type
 */
function createInProcessTrigger({ nodeClass, parameters, credentials }) {
	const nodeTypes = nodeTypeRegistry([nodeClass]);
	const typeName = `${PACKAGE}.${new nodeClass().description.name}`;
	const nodeType = nodeTypes.getByName(typeName);
	// Every trigger gets its own workflow id: the de-duplication ledger is kept per workflow and node.
	const workflowId = `reliability-${process.pid}-${++workflowCounter}`;
	const node = {
		id: `node-${workflowCounter}`,
		name: 'Trigger',
		type: typeName,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		webhookId: `00000000-0000-4000-8000-${String(workflowCounter).padStart(12, '0')}`,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `cred-${type}`, name: type }]),
		),
	};
	let savedStaticData = {};
	const additionalData = {
		credentialsHelper: {
			getDecrypted: async (_data, _details, type) => ({ ...credentials[type] }),
			isCredentialUsableByNode: () => true,
		},
	};
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: 'webhook',
		webhookDescription: nodeType.description.webhooks[0],
		workflowId,
	};

	/**
	 * @param {{ rawBody: Buffer|string, headers?: Record<string, string|string[]> }} request
	 * @returns {Promise<{ by: 'n8n'|'node', status: number, text: string, items?: object[],
	 *   thrown?: Error }>}
	 */
	/** deliverOnce with a deadline: a delivery that never finishes is reported, not waited for. */
	async function deliver(request, { timeoutMs = 20_000 } = {}) {
		let timer;
		const deadline = new Promise((resolve) => {
			timer = setTimeout(
				() =>
					resolve({
						by: 'nobody',
						status: 0,
						text: `no answer within ${timeoutMs} ms: the request would hang`,
						hung: true,
					}),
				timeoutMs,
			);
		});
		try {
			return await Promise.race([deliverOnce(request), deadline]);
		} finally {
			clearTimeout(timer);
		}
	}

	async function deliverOnce({ rawBody, headers = {} }) {
		const raw = Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody ?? '', 'utf8');
		const lowerHeaders = {};
		for (const [name, value] of Object.entries(headers)) lowerHeaders[name.toLowerCase()] = value;
		if (raw.length > N8N_PAYLOAD_LIMIT) {
			return {
				by: 'n8n',
				status: 413,
				text: JSON.stringify({ message: 'request entity too large' }),
			};
		}
		const req = {
			method: 'POST',
			headers: lowerHeaders,
			rawBody: raw,
			body: undefined,
			params: {},
			query: {},
			...contentTypeOf(lowerHeaders['content-type']),
		};
		try {
			await parseBodyLikeN8n(req);
		} catch (error) {
			return {
				by: 'n8n',
				status: 422,
				text: JSON.stringify({ code: 422, message: error.message, hint: error.hint }),
			};
		}
		const res = fakeResponse();
		const workflow = new Workflow({
			id: workflowId,
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: structuredClone(savedStaticData),
		});
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

		let result;
		try {
			result = await nodeType.webhook.call(context);
		} catch (thrown) {
			// n8n would answer 500 "Workflow could not be started" and record a failed execution.
			return { by: 'n8n', status: 500, text: thrown.message, thrown };
		}
		// live-webhooks.ts: WorkflowStaticDataService.saveStaticData after the node ran.
		if (workflow.staticData.__dataChanged === true) {
			const { __dataChanged, ...rest } = JSON.parse(JSON.stringify(workflow.staticData));
			savedStaticData = rest;
		}
		const items = result.workflowData?.[0]?.map((item) => item.json);
		if (result.noWebhookResponse) {
			if (!res.writableEnded) {
				return {
					by: 'node',
					status: 0,
					text: 'noWebhookResponse without writing a response: the request would hang',
					items,
				};
			}
			return { by: 'node', status: res.statusCode, text: res.body, items };
		}
		const fallback =
			result.workflowData === undefined
				? { message: 'Webhook call received' }
				: { message: 'Workflow was started' };
		return {
			by: 'node',
			status: 200,
			text: JSON.stringify(result.webhookResponse ?? fallback),
			items,
		};
	}

	return { deliver, workflowId, staticData: () => savedStaticData };
}

module.exports = { createInProcessTrigger, N8N_PAYLOAD_LIMIT };
