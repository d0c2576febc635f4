'use strict';
// Workflow chores against a running n8n's public API: credentials, importing example workflow JSON,
// publishing (n8n 1.x called it activating), waiting for production webhooks and reading executions.
const { randomUUID } = require('node:crypto');
const { sleep } = require('./process');

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
	const credentialSchemas = new Map();

	/** The JSON schema the running n8n's public API checks a credential type's data against. */
	async function credentialSchema(type) {
		if (!credentialSchemas.has(type)) {
			credentialSchemas.set(type, await n8n.api('GET', `/credentials/schema/${type}`));
		}
		return credentialSchemas.get(type);
	}

	/**
	 * n8n 1.x's public API checks credential data against a schema it derives from the type's
	 * properties, with two faults: every field shown by the same controlling field (displayOptions.show)
	 * is tied to the value the first of them is shown for, and the condition also holds when the
	 * controlling field is absent. So data the editor would save is refused: RETM's businessId (shown
	 * for 'production') is required with environment 'custom', because baseUrl is shown for 'custom';
	 * and n8n's own HTTP Request domain restriction, which 1.x adds to every credential that
	 * authenticates requests, requires its list `allowedDomains` (read only when
	 * `allowedHttpRequestDomains` is 'domains'; empty allows every domain) whenever
	 * `allowedHttpRequestDomains` (default 'all') is not sent.
	 * The fields such a condition requires and the data lacks go empty: what the editor holds for a
	 * field it does not show, and what no node reads (businessId beside a custom base URL; a domain
	 * list without 'domains'). Decided from the running n8n's own schema, so data that schema accepts
	 * (n8n 2.x's conditions have neither fault) is sent unchanged.
	 */
	async function completeForSchema(type, data) {
		const schema = await credentialSchema(type);
		const completed = { ...data };
		for (const { if: condition, then: consequence } of schema?.allOf ?? []) {
			const [[field, allowed] = []] = Object.entries(condition?.properties ?? {});
			if (!field || !Array.isArray(allowed?.enum)) continue;
			// n8n 2.x's conditions also require the controlling field, so they hold only when it is sent.
			if ((condition.required ?? []).some((name) => completed[name] === undefined)) continue;
			if (completed[field] !== undefined && !allowed.enum.includes(completed[field])) continue;
			for (const { required = [] } of consequence?.allOf ?? []) {
				for (const name of required) {
					if (completed[name] !== undefined) continue;
					const property = schema.properties?.[name] ?? {};
					// An options field has no empty value; leave it for n8n to name in its refusal.
					// A notice is text the editor shows, never data; 1.x's schema still names it. An empty
					// JSON field is what the editor holds for one it does not show.
					if (['string', 'notice', 'hidden', 'json'].includes(property.type) && !property.enum)
						completed[name] = '';
					else if (property.type === 'boolean') completed[name] = false;
				}
			}
		}
		return completed;
	}

	/** Creates a credential; returns { id, name, type }. */
	async function createCredential(type, name, data) {
		const created = await n8n.api('POST', '/credentials', {
			name,
			type,
			data: await completeForSchema(type, data),
		});
		return { id: created.id, name: created.name, type };
	}

	/**
	 * Tests a saved credential the way the editor's "Retry"/save does: POST /rest/credentials/test with
	 * the credential's id and data, answered { status: 'OK' | 'Error', message }. Needs the login cookie.
	 */
	async function testCredential(credential, data) {
		return await n8n.rest('POST', '/credentials/test', {
			credentials: { id: credential.id, name: credential.name, type: credential.type, data },
		});
	}

	// Where data tables are managed, decided by the first create: n8n 2.x's public API, or on n8n 1.x
	// (whose public API answers 404 there) the editor's REST API, per project.
	let dataTablesAt;

	/** Creates a data table in the owner's personal project; returns { id, name }. */
	async function createDataTable(name, columns) {
		const body = { name, columns };
		if (dataTablesAt === undefined) {
			try {
				const table = await n8n.api('POST', '/data-tables', body);
				dataTablesAt = { publicApi: true };
				return table;
			} catch (error) {
				if (error.status !== 404) throw error;
				const project = await n8n.rest('GET', '/projects/personal');
				dataTablesAt = { publicApi: false, path: `/projects/${project.id}/data-tables` };
			}
		}
		return dataTablesAt.publicApi
			? await n8n.api('POST', '/data-tables', body)
			: await n8n.rest('POST', dataTablesAt.path, body);
	}

	/** A data table's rows (the first 50: the REST API's largest page), n8n's own columns included. */
	async function dataTableRows(tableId) {
		const page = dataTablesAt.publicApi
			? await n8n.api('GET', `/data-tables/${tableId}/rows?limit=50`)
			: await n8n.rest('GET', `${dataTablesAt.path}/${tableId}/rows?take=50`);
		return page.data;
	}

	async function deleteDataTable(tableId) {
		if (dataTablesAt.publicApi) await n8n.api('DELETE', `/data-tables/${tableId}`);
		else await n8n.rest('DELETE', `${dataTablesAt.path}/${tableId}`);
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
		try {
			return await n8n.api('POST', '/workflows', body);
		} catch (error) {
			// n8n 1.x's public API takes no pinData; the editor's own REST API stores it afterwards, as
			// the editor's import does.
			if (!body.pinData || error.status !== 400 || !/additional properties/.test(error.message))
				throw error;
			const { pinData, ...withoutPinData } = body;
			const created = await n8n.api('POST', '/workflows', withoutPinData);
			await n8n.rest('PATCH', `/workflows/${created.id}`, {
				pinData,
				versionId: created.versionId,
			});
			return created;
		}
	}

	let publishAction = 'publish';

	/**
	 * Publishes (n8n 1.x: activates) a workflow. n8n 2.x answers at once and registers the triggers a
	 * moment later from its publication outbox, so follow with waitForWebhook before sending events.
	 * POST /workflows/{id}/activate still exists on 2.x but is deprecated in favour of /publish, which
	 * n8n 1.x lacks (405 "POST method not allowed"); there the first refusal switches to /activate.
	 */
	async function activate(workflowId) {
		try {
			return await n8n.api('POST', `/workflows/${workflowId}/${publishAction}`, {});
		} catch (error) {
			if (publishAction !== 'publish' || (error.status !== 405 && error.status !== 404))
				throw error;
			publishAction = 'activate';
			return await n8n.api('POST', `/workflows/${workflowId}/activate`, {});
		}
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
	async function waitForWebhook(url, { method = 'POST', timeoutMs = 120_000 } = {}) {
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

	let executionsTakeIgnoreDataSizeLimit = true;

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
			if (includeData && executionsTakeIgnoreDataSizeLimit)
				query.set('ignoreDataSizeLimit', 'true');
			if (cursor) query.set('cursor', cursor);
			let page;
			try {
				page = await n8n.api('GET', `/executions?${query}`);
			} catch (error) {
				// n8n 1.x has no such parameter (and no size limit to lift): 400 "Unknown query parameter".
				if (error.status !== 400 || !query.has('ignoreDataSizeLimit')) throw error;
				executionsTakeIgnoreDataSizeLimit = false;
				query.delete('ignoreDataSizeLimit');
				page = await n8n.api('GET', `/executions?${query}`);
			}
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
	async function waitForExecutions(workflowId, count, timeoutMs = 180_000) {
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
		testCredential,
		createDataTable,
		dataTableRows,
		deleteDataTable,
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
