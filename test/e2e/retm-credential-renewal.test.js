'use strict';
// The RETM credential renewing its own access token in a real n8n, on its own instance (it is
// restarted halfway): a credential made of a Client ID, Secret and install code runs a RETM workflow;
// with 6-second tokens it runs again after expiry, after a 401 for a token RETM ended early, after a
// restart of n8n (no new code), and 10 times at once across an expiry with the rotating refresh token
// spent once. The credential test passes; the RETM Trigger answers the app install with the Webhook
// Token only for a code RETM accepts, and a spent code fails in plain words. The simulator refuses
// the client-credentials grant here, so every renewal has to come from the code or the refresh
// token. Nothing the simulator issued, nor the Client Secret, may appear in n8n's answers,
// executions or log.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomBytes, randomUUID } = require('node:crypto');
const { startRetmSimulator } = require('../pos-simulator');
const { workflowHelpers } = require('../../scripts/lib/workflows');
const { startN8nWithPackage } = require('./support/reliability');
const { chainWorkflow, retmTriggerNode, post, sleep } = require('./support/retm');

const LIFETIME_S = 6;
const WEBHOOK_PATH = `retm-renewal-${randomUUID().slice(0, 8)}`;

function taxesWorkflow(webhookId) {
	return chainWorkflow('RETM renewal (e2e)', [
		{
			id: randomUUID(),
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2.1,
			position: [0, 0],
			webhookId,
			parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, responseMode: 'lastNode', options: {} },
		},
		{
			id: randomUUID(),
			name: 'Get many taxes',
			type: 'n8n-nodes-restaurant-pos.retm',
			typeVersion: 1,
			position: [0, 0],
			parameters: { resource: 'tax', operation: 'getAll', returnAll: true },
			credentials: { retmApi: { id: 'replaced-on-import', name: 'RETM' } },
		},
	]);
}

describe('the RETM credential renews its own token', () => {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-retm-renewal-'));
	let n8n;
	let wf;
	let simulator;
	let credential;
	let workflowId;
	let failingWorkflowId;
	let url;
	const answers = [];
	const webhookToken = randomBytes(24).toString('hex');

	const run = async () => {
		const answer = await post(url, {}, { timeoutMs: 60_000 });
		answers.push(answer.text);
		return answer;
	};
	const counts = () => ({ ...simulator.tokens.counts });

	beforeAll(async () => {
		simulator = await startRetmSimulator({
			customers: 1,
			accessToken: '',
			oauth: {
				accessTokenSeconds: LIFETIME_S,
				grants: ['authorization_code', 'refresh_token'],
				clientSecret: randomBytes(16).toString('hex'),
			},
		});
		n8n = await startN8nWithPackage({ userFolder });
		// This file's own n8n, not the shared one the environment points at.
		n8n.webhookOrigin = n8n.baseUrl;
		wf = workflowHelpers(n8n);
		credential = await wf.createCredential('retmApi', 'RETM (renewal e2e)', {
			environment: 'custom',
			baseUrl: simulator.url,
			authentication: 'app',
			clientId: simulator.tokens.clientId,
			clientSecret: simulator.tokens.clientSecret,
			authorizationCode: simulator.tokens.issueCode('demo'),
			webhookToken,
		});
		const workflow = await wf.importWorkflow(taxesWorkflow(randomUUID()), {
			credentials: { retmApi: credential },
		});
		workflowId = workflow.id;
		await wf.activate(workflowId);
		url = wf.productionUrl(WEBHOOK_PATH);
		await wf.waitForWebhook(url);
	});

	afterAll(async () => {
		await n8n?.stop();
		await simulator?.close();
		fs.rmSync(userFolder, { recursive: true, force: true });
	});

	test('a credential made of a Client ID, Secret and install code runs a RETM workflow', async () => {
		const answer = await run();
		expect(answer.status).toBe(200);
		expect(counts()).toMatchObject({ authorization_code: 1, refresh_token: 0, refused: 0 });
		// Within the token's life the saved token is used as it is.
		expect((await run()).status).toBe(200);
		expect(counts()).toMatchObject({ authorization_code: 1, refresh_token: 0 });
	});

	test('after the token expired the workflow runs again, renewed with the refresh token', async () => {
		await sleep(LIFETIME_S * 1000 + 500);
		expect((await run()).status).toBe(200);
		expect(counts()).toMatchObject({ authorization_code: 1, refresh_token: 1, refused: 0 });
	});

	test('a token RETM ended early is answered 401, renewed by n8n and the call retried', async () => {
		simulator.tokens.expireAccessTokens();
		const before = simulator.requests.length;
		expect((await run()).status).toBe(200);
		const statuses = simulator.requests.slice(before).map((request) => request.status);
		expect(statuses).toEqual([401, 200, 200]);
		expect(counts()).toMatchObject({ refresh_token: 2, refused: 0 });
	});

	test('after a restart of n8n it still runs, without a new code', async () => {
		const port = n8n.port;
		await n8n.stop({ keepUserFolder: true });
		await sleep(LIFETIME_S * 1000 + 500);
		n8n = await startN8nWithPackage({ port, userFolder, install: false });
		n8n.webhookOrigin = n8n.baseUrl;
		wf = workflowHelpers(n8n);
		await wf.waitForWebhook(url, { timeoutMs: 120_000 });
		expect((await run()).status).toBe(200);
		expect(counts()).toMatchObject({ authorization_code: 1, refresh_token: 3, refused: 0 });
	});

	test('10 executions at once across an expiry all succeed and spend the refresh token once', async () => {
		await sleep(LIFETIME_S * 1000 + 500);
		const before = counts();
		const results = await Promise.all(Array.from({ length: 10 }, () => run()));
		expect(results.map((answer) => answer.status)).toEqual(Array(10).fill(200));
		expect(counts().refresh_token - before.refresh_token).toBe(1);
		expect(counts().refused).toBe(0);
		// Not locked out: the next expiry renews as well.
		await sleep(LIFETIME_S * 1000 + 500);
		expect((await run()).status).toBe(200);
		expect(counts().refused).toBe(0);
	});

	test('the credential test passes', async () => {
		const saved = await n8n.rest('GET', `/credentials/${credential.id}?includeData=true`);
		const result = await n8n.rest('POST', '/credentials/test', {
			credentials: { id: credential.id, name: saved.name, type: 'retmApi', data: saved.data },
		});
		expect(result).toMatchObject({ status: 'OK' });
		expect(counts().refused).toBe(0);
		// The test renewed and saved; the workflow still runs after it.
		expect((await run()).status).toBe(200);
	});

	test('the RETM Trigger answers the install with the Webhook Token only for a code RETM accepts', async () => {
		const installCredential = await wf.createCredential('retmApi', 'RETM (install e2e)', {
			environment: 'custom',
			baseUrl: simulator.url,
			authentication: 'app',
			clientId: simulator.tokens.clientId,
			clientSecret: simulator.tokens.clientSecret,
			webhookToken,
		});
		const trigger = retmTriggerNode({ parameters: { answerInstall: true } });
		trigger.credentials = { retmApi: { id: installCredential.id, name: installCredential.name } };
		const imported = await wf.importWorkflow(chainWorkflow('RETM install (e2e)', [trigger]), {
			credentials: { retmApi: installCredential },
		});
		await wf.activate(imported.id);
		const triggerUrl = wf.webhookUrl(trigger.webhookId);
		await wf.waitForWebhook(triggerUrl);

		const forged = await simulator.tokens.sendInstall(triggerUrl, { code: 'guessed-code' });
		expect(forged.status).toBe(401);
		const otherHost = await simulator.tokens.sendInstall(triggerUrl, { businessId: 'evil.com/' });
		expect(otherHost.status).toBe(401);
		// Refused installs are scanned for the Webhook Token with every other answer.
		answers.push(JSON.stringify(forged.json ?? {}), JSON.stringify(otherHost.json ?? {}));

		const before = counts().authorization_code;
		const install = await simulator.tokens.sendInstall(triggerUrl, { businessId: 'demo' });
		expect(install).toMatchObject({ status: 200, timedOut: false, json: { token: webhookToken } });
		expect(install.ms).toBeLessThan(1000);
		expect(counts().authorization_code).toBe(before + 1);
		expect(await wf.listAllExecutions(imported.id)).toHaveLength(0);

		// The credential now holds the exchanged tokens: the taxes workflow, pointed at it, runs.
		const second = taxesWorkflow(randomUUID());
		second.nodes[0].parameters.path = `${WEBHOOK_PATH}-install`;
		const created = await wf.importWorkflow(second, {
			credentials: { retmApi: installCredential },
		});
		await wf.activate(created.id);
		const secondUrl = wf.productionUrl(`${WEBHOOK_PATH}-install`);
		await wf.waitForWebhook(secondUrl);
		const refreshBefore = counts().refresh_token;
		const answer = await post(secondUrl, {}, { timeoutMs: 60_000 });
		answers.push(answer.text);
		expect(answer.status).toBe(200);
		expect(counts().refresh_token).toBe(refreshBefore);
	});

	test('a spent install code fails the run in plain words, quoting no token, secret or code', async () => {
		const spentCode = simulator.tokens.issueCode('demo');
		simulator.tokens.handleToken({
			body: {
				grant_type: 'authorization_code',
				code: spentCode,
				client_id: simulator.tokens.clientId,
				client_secret: simulator.tokens.clientSecret,
			},
		});
		const spent = await wf.createCredential('retmApi', 'RETM (spent code e2e)', {
			environment: 'custom',
			baseUrl: simulator.url,
			authentication: 'app',
			clientId: simulator.tokens.clientId,
			clientSecret: simulator.tokens.clientSecret,
			authorizationCode: spentCode,
			webhookToken,
		});
		const failing = taxesWorkflow(randomUUID());
		failing.nodes[0].parameters.path = `${WEBHOOK_PATH}-spent`;
		const imported = await wf.importWorkflow(failing, { credentials: { retmApi: spent } });
		failingWorkflowId = imported.id;
		await wf.activate(imported.id);
		const failingUrl = wf.productionUrl(`${WEBHOOK_PATH}-spent`);
		await wf.waitForWebhook(failingUrl);
		const answer = await post(failingUrl, {}, { timeoutMs: 60_000 });
		answers.push(answer.text);
		expect(answer.status).toBeGreaterThanOrEqual(400);
		await wf.waitForExecutions(imported.id, 1);
		const [execution] = await wf.listAllExecutions(imported.id, { includeData: true });
		expect(execution.status).toBe('error');
		const error = execution.data.resultData.error;
		expect(`${error.message} ${error.description ?? ''}`).toMatch(/install code/);
		expect(error.description).toMatch(/Reinstall the app in RETM/);
	});

	test('no token, secret or code appears in any answer, execution or log', async () => {
		const failed = await wf.listAllExecutions(failingWorkflowId, { includeData: true });
		const executions = await wf.listAllExecutions(workflowId, { includeData: true });
		expect(executions.length).toBeGreaterThanOrEqual(15);
		expect(executions.every((execution) => execution.status === 'success')).toBe(true);
		const secrets = [...simulator.tokens.issued, simulator.tokens.clientSecret, webhookToken];
		const haystacks = {
			answers: answers.join('\n'),
			executions: JSON.stringify([...executions, ...failed]),
			log: fs.readFileSync(n8n.logPath, 'utf8'),
		};
		for (const [where, text] of Object.entries(haystacks)) {
			expect({ where, leaked: secrets.filter((value) => text.includes(value)).length }).toEqual({
				where,
				leaked: 0,
			});
		}
	});
});
