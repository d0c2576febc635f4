'use strict';
// Calls a trigger node's webhook() in-process the way n8n 2.41's production webhook path does, fast
// enough for tens of thousands of generated deliveries. What it models, with n8n's source for each
// (packages/cli/src/...):
//  - reading the request: test/helpers/n8nRequestReading.js;
//  - live-webhooks.ts: a new Workflow per request fed a copy of the saved static data, saved
//    afterwards only when n8n would (its __dataChanged flag) and only when n8n answered without an
//    error;
//  - n8n-core's real WebhookContext, with n8n's rules for turning the node's answer into a
//    response; an exception thrown by webhook() is n8n's 500 "Workflow could not be started" with
//    an errored execution, returned (as `thrown`), not swallowed.
// The answer says who answered (n8n or the node), the status, the body text, and the items the
// workflow would have started with.
const { webhookContext } = require('./webhookHarness');
const { Workflow } = require('n8n-workflow');

const { PACKAGE, nodeTypeRegistry } = require('./n8nNodeTypes');
const { incomingRequest, n8nErrorAnswer, parseRequestBody } = require('./n8nRequestReading');

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
 * @param {number} [options.typeVersion] the node's version in the workflow (2, the default, unless told)
 */
function createInProcessTrigger({ nodeClass, parameters, credentials, typeVersion = 2 }) {
	const nodeTypes = nodeTypeRegistry([nodeClass]);
	const typeName = `${PACKAGE}.${new nodeClass().description.name}`;
	const nodeType = nodeTypes.getByNameAndVersion(typeName, typeVersion);
	// Every trigger gets its own workflow and credential: the de-duplication ledger is kept per
	// workflow and node, the secret last read per credential.
	const workflowId = `reliability-${process.pid}-${++workflowCounter}`;
	const node = {
		id: `node-${workflowCounter}`,
		name: 'Trigger',
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters,
		webhookId: `00000000-0000-4000-8000-${String(workflowCounter).padStart(12, '0')}`,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [
				type,
				{ id: `cred-${type}-${workflowId}`, name: type },
			]),
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
	 * One delivery, with a deadline: a delivery that never finishes is reported, not waited for.
	 * @param {{ rawBody: Buffer|string, headers?: Record<string, string|string[]>, chunked?: boolean,
	 *   abortAfter?: number }} request the bytes on the wire (encoded as its Content-Encoding says);
	 *   sent with a Content-Length unless `chunked` or the headers say Transfer-Encoding; with
	 *   `abortAfter`, the client hangs up after that many bytes
	 * @returns {Promise<{ by: 'n8n'|'node'|'nobody', status: number, text: string, items?: object[],
	 *   thrown?: Error, readFailure?: Error }>}
	 */
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

	async function deliverOnce({ rawBody: bytes, headers = {}, chunked, abortAfter }) {
		const wire = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes ?? '', 'utf8');
		const lowerHeaders = {};
		for (const [name, value] of Object.entries(headers)) lowerHeaders[name.toLowerCase()] = value;
		// Node's HTTP parser frames the body: its Content-Length is the length sent, or there is none.
		delete lowerHeaders['content-length'];
		if (chunked || lowerHeaders['transfer-encoding'] !== undefined) {
			lowerHeaders['transfer-encoding'] = 'chunked';
		} else {
			lowerHeaders['content-length'] = String(wire.length);
		}
		const req = incomingRequest({ wire, headers: lowerHeaders, abortAfter });
		try {
			await parseRequestBody(req, wire, typeVersion);
		} catch (error) {
			return n8nErrorAnswer(error);
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
		const context = webhookContext({ workflow, node, additionalData, webhookData, req, res });

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

	return { deliver, workflowId, typeVersion, staticData: () => savedStaticData };
}

module.exports = {
	createInProcessTrigger,
};
