'use strict';
// Runs an action node inside n8n's own execution engine (n8n-core's WorkflowExecute), fed the given
// items. Its HTTP calls go out for real through n8n-core's request helpers, with the credential's own
// `authenticate` rules applied.
const { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } = require('n8n-core');
const { Workflow, createRunExecutionData } = require('n8n-workflow');

const { PACKAGE, nodeTypeRegistry } = require('./n8nNodeTypes');

/** Resolves `={{$credentials.x}}` templates the way n8n's credentials helper fills generic auth. */
function resolveTemplate(template, credentials) {
	if (typeof template !== 'string' || !template.startsWith('=')) return template;
	return template
		.slice(1)
		.replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_, key) => credentials[key] ?? '');
}

/** `reads` counts getDecrypted calls: in n8n each one is a database read and a decryption. */
function credentialsHelper(credentialTypes, credentials) {
	const helper = {
		reads: 0,
		getDecrypted: async (_additionalData, _details, type) => {
			helper.reads++;
			return { ...credentials[type] };
		},
		getParentTypes: () => [],
		getCredentialsProperties: (type) => credentialTypes[type].properties,
		isCredentialUsableByNode: () => true,
		// n8n's rule: a credential type with a hidden expirable field runs its preAuthentication when
		// that field is empty (n8n fills in defaults, so a missing one is empty) or a call got 401.
		preAuthentication: async (helpers, decrypted, type, _node, expired) => {
			const credentialType = credentialTypes[type];
			const expirable = credentialType.properties.find(
				(property) => property.type === 'hidden' && property.typeOptions?.expirable,
			);
			if (!expirable || typeof credentialType.preAuthentication !== 'function') return undefined;
			if ((decrypted[expirable.name] ?? '') !== '' && !expired) return undefined;
			const output = await credentialType.preAuthentication.call(helpers, decrypted);
			return output?.[expirable.name] === undefined ? undefined : output;
		},
		runPreAuthentication: async () => undefined,
		updateCredentialsOauthTokenData: async () => undefined,
		authenticate: async (decrypted, type, requestOptions) => {
			const { authenticate } = credentialTypes[type];
			const headers = { ...requestOptions.headers };
			for (const [name, value] of Object.entries(authenticate.properties.headers ?? {})) {
				headers[name] = resolveTemplate(value, decrypted);
			}
			return { ...requestOptions, headers };
		},
	};
	return helper;
}

/**
 * @param {object} options
 * @param {Function} options.nodeClass the node under test
 * @param {Record<string, Function>} options.credentialClasses credential classes by type name
 * @param {Record<string, object>} options.credentials decrypted credential data by type name
 * @param {object} options.parameters the node's parameters
 * @param {object[]} [options.items] the JSON of the items fed to the node
 * @param {boolean} [options.continueOnFail]
 * @param {number} [options.typeVersion] the node's version in the workflow (1 unless told)
 * @param {Function} [options.onResponse] receives what the node sends back to a waiting webhook
 * @returns {Promise<{ items: object[], error?: Error }>} the node's output items and its error
 */
async function runNode({
	nodeClass,
	credentialClasses,
	credentials,
	parameters,
	items = [{}],
	continueOnFail = false,
	typeVersion = 1,
	onResponse,
}) {
	const nodeTypes = nodeTypeRegistry([nodeClass]);
	const credentialTypes = Object.fromEntries(
		Object.entries(credentialClasses).map(([type, CredentialClass]) => [
			type,
			new CredentialClass(),
		]),
	);
	const typeName = `${PACKAGE}.${new nodeClass().description.name}`;
	const node = {
		id: 'node',
		name: 'Node',
		type: typeName,
		typeVersion,
		position: [200, 0],
		parameters,
		onError: continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `cred-${type}`, name: type }]),
		),
	};
	const workflow = new Workflow({
		id: 'wf-actions',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const credentialReads = credentialsHelper(credentialTypes, credentials);
	const additionalData = {
		credentialsHelper: credentialReads,
		hooks: new ExecutionLifecycleHooks('manual', 'exec-1', workflow),
		restApiUrl: 'http://127.0.0.1/rest',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		executeWorkflow: async () => {
			throw new Error('not available in tests');
		},
		logAiEvent: () => undefined,
		currentNodeExecutionIndex: 0,
	};
	// n8n's webhook runner listens on this hook to answer the waiting request (responseNode mode).
	if (onResponse) additionalData.hooks.addHandler('sendResponse', onResponse);
	// The items enter the engine as the node's input, as a previous node's output would.
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node,
					data: { main: [items.map((json) => ({ json }))] },
					source: null,
				},
			],
		},
	});
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const run = await execute.processRunExecutionData(workflow);
	const nodeRuns = run.data.resultData.runData.Node ?? [];
	const last = nodeRuns[nodeRuns.length - 1];
	return {
		items: last?.data?.main?.[0] ?? [],
		error: run.data.resultData.error ?? last?.error,
		credentialReads: credentialReads.reads,
	};
}

/** Calls one of a node's loadOptions methods as the editor does when a picker opens. */
async function loadOptions({ nodeClass, credentialClasses, credentials, parameters, method }) {
	const nodeTypes = nodeTypeRegistry([nodeClass]);
	const credentialTypes = Object.fromEntries(
		Object.entries(credentialClasses).map(([type, CredentialClass]) => [
			type,
			new CredentialClass(),
		]),
	);
	const node = {
		id: 'node',
		name: 'Node',
		type: `${PACKAGE}.${new nodeClass().description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(
			Object.keys(credentials).map((type) => [type, { id: `cred-${type}`, name: type }]),
		),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = { credentialsHelper: credentialsHelper(credentialTypes, credentials) };
	const context = new LoadOptionsContext(workflow, node, additionalData, '');
	return nodeTypes.getByName(node.type).methods.loadOptions[method].call(context);
}

module.exports = { runNode, loadOptions };
