'use strict';
// Workflow chores against a running n8n's public API: credentials, importing example workflow JSON,
// publishing (n8n 1.x called it activating), waiting for production webhooks and reading executions.
const { randomUUID } = require('node:crypto');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The public API's create-workflow schema is strict: only these top-level and settings keys are
// accepted. Workflows exported from the editor carry more (id, meta, active, tags, versionId, ...).
const WORKFLOW_KEYS = ['name', 'nodes', 'connections', 'settings', 'staticData', 'pinData'];
const SETTINGS_KEYS = [
	'saveExecutionProgress',
	'saveManualExecutions',
	'saveDataErrorExecution',
	'saveDataSuccessExecution',
	'executionTimeout',
	'errorWorkflow',
	'timezone',
	'executionOrder',
	'callerPolicy',
	'callerIds',
	'timeSavedPerExecution',
	'availableInMCP',
];
const NODE_KEYS = [
	'id',
	'name',
	'webhookId',
	'disabled',
	'notesInFlow',
	'notes',
	'type',
	'typeVersion',
	'executeOnce',
	'alwaysOutputData',
	'retryOnFail',
	'maxTries',
	'waitBetweenTries',
	'onError',
	'position',
	'parameters',
	'credentials',
];

const pick = (object, keys) =>
	Object.fromEntries(
		keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]),
	);

/**
 * The items a node emitted in an execution (first run, first output), as plain JSON objects.
 * @param {object} execution an execution fetched with includeData
 * @param {string} nodeName
 */
function nodeOutput(execution, nodeName) {
	const runs = execution?.data?.resultData?.runData?.[nodeName];
	if (!runs?.length) return [];
	return (runs[0].data?.main?.[0] ?? []).map((item) => item.json);
}

// In queue mode the public API also lists executions a worker has not finished yet.
const UNFINISHED = new Set(['new', 'running', 'waiting']);
const isFinished = (execution) => !UNFINISHED.has(execution.status);

/** @param {{ baseUrl: string, api: Function }} n8n a client from n8n-client.js or n8n-instance.js */
function workflowHelpers(n8n) {
	/** Creates a credential; returns { id, name, type }. */
	async function createCredential(type, name, data) {
		const created = await n8n.api('POST', '/credentials', { name, type, data });
		return { id: created.id, name: created.name, type };
	}

	/**
	 * Creates a workflow from example JSON (as exported from the editor).
	 * @param {object} json
	 * @param {object} [options]
	 * @param {Record<string, {id: string, name: string}|string>} [options.credentials] credential type ->
	 *   created credential (or its id); every credential reference of that type is pointed at it
	 * @param {boolean} [options.freshWebhookIds] give webhook nodes new webhookIds, so the same example can
	 *   be imported twice into one n8n without their production URLs clashing
	 * @param {string} [options.name] overrides the workflow name
	 */
	async function importWorkflow(json, { credentials = {}, freshWebhookIds = false, name } = {}) {
		const nodes = json.nodes.map((original) => {
			const node = pick(original, NODE_KEYS);
			if (freshWebhookIds && node.webhookId) node.webhookId = randomUUID();
			if (node.credentials) {
				node.credentials = Object.fromEntries(
					Object.keys(node.credentials).map((type) => {
						const credential = credentials[type];
						if (!credential) {
							throw new Error(
								`Node "${node.name}" uses a "${type}" credential, but importWorkflow got none for it`,
							);
						}
						const ref =
							typeof credential === 'string'
								? { id: credential, name: node.credentials[type].name ?? type }
								: { id: credential.id, name: credential.name };
						return [type, ref];
					}),
				);
			}
			return node;
		});
		const body = {
			...pick(json, WORKFLOW_KEYS),
			name: name ?? json.name ?? 'Imported workflow',
			nodes,
			connections: json.connections ?? {},
			settings: pick(json.settings ?? {}, SETTINGS_KEYS),
		};
		return await n8n.api('POST', '/workflows', body);
	}

	/**
	 * Publishes (n8n 1.x: activates) a workflow. n8n 2.x answers at once and registers the triggers a
	 * moment later from its publication outbox, so follow with waitForWebhook before sending events.
	 * POST /workflows/{id}/activate still exists but is deprecated in favour of /publish.
	 */
	async function activate(workflowId) {
		return await n8n.api('POST', `/workflows/${workflowId}/publish`, {});
	}

	/**
	 * Where production webhooks are served: n8n itself, or in queue mode the `n8n webhook` process
	 * (n8n.webhookOrigin, else env N8N_E2E_WEBHOOK_BASE_URL, else the main instance's base URL).
	 */
	function webhookOrigin() {
		return (n8n.webhookOrigin ?? process.env.N8N_E2E_WEBHOOK_BASE_URL ?? n8n.baseUrl).replace(
			/\/+$/,
			'',
		);
	}

	/** Production URL of a webhook path, e.g. a Webhook node's `path` parameter: <base>/webhook/<path>. */
	function productionUrl(path) {
		return `${webhookOrigin()}/webhook/${path}`;
	}

	/** Production URL of a webhook node: <base>/webhook/<webhookId>/<path>. */
	function webhookUrl(webhookId, path = 'webhook') {
		return productionUrl(`${webhookId}/${path}`);
	}

	/**
	 * Waits until n8n has a production webhook for `method` at `url`. The probe is a CORS preflight:
	 * n8n answers OPTIONS with the registered methods without ever running the workflow, so the probe
	 * cannot create executions.
	 */
	async function waitForWebhook(url, { method = 'POST', timeoutMs = 30_000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		let last = '';
		while (Date.now() < deadline) {
			const res = await fetch(url, {
				method: 'OPTIONS',
				headers: { origin: 'http://127.0.0.1', 'access-control-request-method': method },
			});
			const allowed = (res.headers.get('access-control-allow-methods') ?? '').split(/,\s*/);
			if (res.status < 400 && allowed.includes(method)) return;
			last = `${res.status} allow-methods=[${allowed.join(',')}]`;
			await sleep(250);
		}
		// Publishing answers before triggers are registered; a trigger that failed to register is only
		// reported in n8n's log, so show its end.
		const log = n8n.logTail ? `\n--- end of n8n's log ---\n${n8n.logTail(40)}` : '';
		throw new Error(
			`Webhook ${method} ${url} was not registered within ${timeoutMs / 1000}s (${last})${log}`,
		);
	}

	/**
	 * Every finished execution of a workflow, following the public API's cursor past its 250-a-page
	 * limit; oldest first.
	 */
	async function listAllExecutions(workflowId, { includeData = false, status } = {}) {
		const all = [];
		let cursor;
		do {
			const query = new URLSearchParams({
				workflowId,
				includeData: String(includeData),
				limit: '250',
			});
			if (status) query.set('status', status);
			if (includeData) query.set('ignoreDataSizeLimit', 'true');
			if (cursor) query.set('cursor', cursor);
			const page = await n8n.api('GET', `/executions?${query}`);
			all.push(...page.data);
			cursor = page.nextCursor;
		} while (cursor);
		return (status ? all : all.filter(isFinished)).sort((a, b) => Number(a.id) - Number(b.id));
	}

	/** Finished executions of a workflow, oldest first, each with its run data. */
	async function listExecutions(workflowId, { includeData = true, status } = {}) {
		const query = new URLSearchParams({
			workflowId,
			includeData: String(includeData),
			limit: '250',
		});
		if (status) query.set('status', status);
		const { data } = await n8n.api('GET', `/executions?${query}`);
		return (status ? data : data.filter(isFinished)).sort((a, b) => Number(a.id) - Number(b.id));
	}

	/** Polls until a workflow has at least `count` finished executions; returns them, oldest first. */
	async function waitForExecutions(workflowId, count, timeoutMs = 30_000) {
		const deadline = Date.now() + timeoutMs;
		let executions = [];
		while (Date.now() < deadline) {
			executions = await listExecutions(workflowId);
			if (executions.length >= count) return executions;
			await sleep(250);
		}
		throw new Error(
			`Workflow ${workflowId} has ${executions.length} finished execution(s) after ${timeoutMs / 1000}s, expected ${count}`,
		);
	}

	/**
	 * A workflow's saved static data (what nodes keep between executions, e.g. a trigger's ledger under
	 * `node:<node name>`), as n8n's database holds it now. Executions carry only an empty copy.
	 */
	async function savedStaticData(workflowId) {
		const workflow = await n8n.api('GET', `/workflows/${workflowId}?excludePinnedData=true`);
		return workflow.staticData ?? {};
	}

	return {
		createCredential,
		importWorkflow,
		activate,
		webhookUrl,
		productionUrl,
		webhookOrigin,
		waitForWebhook,
		listExecutions,
		listAllExecutions,
		waitForExecutions,
		savedStaticData,
		nodeOutput,
	};
}

module.exports = { workflowHelpers, nodeOutput };
