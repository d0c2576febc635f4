'use strict';
// `npm run demo`: a local n8n with this package loaded, ready to click through in the browser, fed
// by the local RETM simulator: the example workflows are imported and published, RETM webhooks are
// delivered to them, and the executions that resulted are listed. Runs until Ctrl-C; n8n is stopped
// with it (scripts/lib/n8n-instance.js handles the signal). `--once` (npm run demo -- --once) stops after
// the table instead: exit status 0 only when every expected execution finished successfully.
const fs = require('node:fs');
const path = require('node:path');
const { installPackage } = require('./lib/install-package');
const { startN8n } = require('./lib/n8n-instance');
const { ensurePortFree, freePort } = require('./lib/ports');
const { sleep } = require('./lib/process');
const { workflowHelpers } = require('./lib/workflows');
const { startRetmSimulator, createWebhookSender } = require('../test/pos-simulator');
const { startSmtpCatcher } = require('./demo/smtp-catcher');
const { demoDeliveries } = require('./demo/deliveries');
const { executionsTable, demoVerdict } = require('./demo/executions-table');

const PREFERRED_PORT = 5678;
const ONCE = process.argv.includes('--once');
// The demo's data is throwaway: on Ctrl-C n8n gets a few seconds to stop, not its 30-second grace.
const DEMO_STOP_TIMEOUT_MS = 5_000;
const EXAMPLES = path.join(__dirname, '..', 'examples');
const RETM_TRIGGER = 'n8n-nodes-restaurant-pos.retmTrigger';
// Local, throwaway secrets: the simulator checks the access token, the trigger the webhook token.
const DEMO_ACCESS_TOKEN = 'demo-retm-access-token';
const DEMO_WEBHOOK_TOKEN = 'demo-retm-webhook-token';

const readExample = (file) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));

/** N8N_PORT if set (an error if taken); else n8n's usual 5678 when free, so bookmarks keep working. */
async function choosePort() {
	if (process.env.N8N_PORT) return await ensurePortFree(Number(process.env.N8N_PORT));
	try {
		return await ensurePortFree(PREFERRED_PORT);
	} catch {
		return await freePort();
	}
}

async function main() {
	const simulator = await startRetmSimulator({
		host: '127.0.0.1',
		port: 0,
		accessToken: DEMO_ACCESS_TOKEN,
		customers: 10_000,
	});
	const smtp = await startSmtpCatcher({
		host: '127.0.0.1',
		port: 0,
		onMessage: (mail) => console.log(`  [smtp] email to ${mail.to}: "${mail.subject}"`),
	});
	let n8n;
	const stopAll = async () => {
		await Promise.allSettled([n8n?.stop(), simulator.close(), smtp.close()]);
	};
	console.log(`RETM simulator on ${simulator.url}, SMTP catcher on ${smtp.host}:${smtp.port}`);

	const port = await choosePort();
	console.log(
		`Starting n8n on port ${port} with the package loaded (about a minute on the first run)...`,
	);
	n8n = await startN8n({
		port,
		folderPrefix: 'n8n-demo-',
		stopTimeoutMs: DEMO_STOP_TIMEOUT_MS,
		// scripts/demo.sh builds before starting us and sets DEMO_SKIP_BUILD.
		beforeStart: (userFolder) => {
			installPackage(userFolder, { build: process.env.DEMO_SKIP_BUILD !== '1' });
		},
	});
	const wf = workflowHelpers(n8n);

	console.log('Creating the RETM and SMTP credentials...');
	const retmCredential = await wf.createCredential('retmApi', 'RETM (local simulator)', {
		environment: 'custom',
		baseUrl: simulator.url,
		accessToken: DEMO_ACCESS_TOKEN,
		webhookToken: DEMO_WEBHOOK_TOKEN,
	});
	const smtpCredential = await wf.createCredential('smtp', 'SMTP (local catcher)', {
		user: 'demo',
		password: 'demo',
		host: smtp.host,
		port: smtp.port,
		secure: false,
		disableStartTls: true,
	});
	const credentials = { retmApi: retmCredential, smtp: smtpCredential };

	console.log('Importing and publishing the example workflows...');
	const welcomeJson = readExample('retm-welcome-email.json');
	const welcome = await wf.importWorkflow(welcomeJson, { credentials });
	await wf.activate(welcome.id);
	const trigger = welcomeJson.nodes.find((node) => node.type === RETM_TRIGGER);
	const welcomeUrl = wf.webhookUrl(trigger.webhookId);
	await wf.waitForWebhook(welcomeUrl);

	const actionsJson = readExample('retm-list-customers-create-order.json');
	const actions = await wf.importWorkflow(actionsJson, { credentials });
	await wf.activate(actions.id);
	const webhookNode = actionsJson.nodes.find((node) => node.type === 'n8n-nodes-base.webhook');
	const actionsUrl = `${n8n.baseUrl}/webhook/${webhookNode.parameters.path}`;
	await wf.waitForWebhook(actionsUrl);
	console.log(`  "${welcome.name}": ${welcomeUrl}`);
	console.log(`  "${actions.name}": ${actionsUrl}`);

	console.log(`\nRETM delivers webhooks to "${welcome.name}":`);
	const sender = createWebhookSender({ token: DEMO_WEBHOOK_TOKEN, retries: 0 });
	const expectedRuns = new Set();
	for (const delivery of demoDeliveries()) {
		const result = await sender.send(welcomeUrl, delivery.body, {
			token: delivery.wrongToken ? 'not-the-webhook-token' : DEMO_WEBHOOK_TOKEN,
		});
		const statuses = result.attempts.map((attempt) => attempt.status || attempt.error).join(', ');
		console.log(`  ${delivery.label.padEnd(52)} -> ${statuses}  (${delivery.expect})`);
		if (delivery.expect.startsWith('run')) expectedRuns.add(delivery.body.reference);
	}
	await wf.waitForExecutions(welcome.id, expectedRuns.size, 60_000);

	const branch = simulator.store.branches[0];
	const product = simulator.store.products.find((entry) => entry.sku === 'GRL-002');
	const order = {
		branchId: branch.id,
		productId: product.id,
		quantity: 2,
		// RETM requires each product's line total (api-5053414).
		total: (Number(product.price) * 2).toFixed(3),
		note: 'extra garlic sauce',
		customerPhone: '0551234567',
		customerName: 'Ahmad Abdullah',
		partnerReference: `DEMO-${Date.now()}`,
	};
	console.log(
		`\nTriggering "${actions.name}" (branch ${branch.name.en}, 2 x ${product.name.en})...`,
	);
	const res = await fetch(actionsUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(order),
	});
	const answer = await res.json().catch(() => undefined);
	console.log(
		`  -> ${res.status}` +
			(answer?.reference ? `: RETM order ${answer.reference}, total ${answer.total} SAR` : ''),
	);
	await wf.waitForExecutions(actions.id, 1, 60_000);

	// Emails leave during the runs; give the catcher a moment for the last one to be parsed.
	await sleep(500);
	console.log(`\nExecutions (from n8n's public API):\n`);
	// Read back every execution of both workflows, as n8n stored them.
	const groups = [];
	for (const workflow of [welcome, actions]) {
		groups.push({ workflow, executions: await wf.listExecutions(workflow.id) });
	}
	console.log(executionsTable(groups));
	console.log(`\nEmails caught by the local SMTP server: ${smtp.messages.length}`);
	const verdict = demoVerdict(groups, { [welcome.id]: expectedRuns.size, [actions.id]: 1 });
	const editor = await fetch(n8n.editorUrl);

	console.log(`
n8n is running with n8n-nodes-restaurant-pos loaded.

  Editor:    ${n8n.editorUrl}  (answered ${editor.status})
  Email:     ${n8n.owner.email}
  Password:  ${n8n.owner.password}

  RETM simulator:  ${simulator.url}  (access token ${DEMO_ACCESS_TOKEN}, 10,000 customers)
  SMTP catcher:    smtp://${smtp.host}:${smtp.port}
  n8n log:         ${n8n.logPath}
  (a throwaway instance: its data is deleted on exit; N8N_KEEP_USER_FOLDER=1 keeps it)`);

	if (ONCE) {
		const ok = verdict.ok && editor.status === 200;
		console.log(
			ok
				? `\n--once: all ${verdict.expected} expected executions succeeded; stopping.`
				: `\n--once: FAILED: ${[...verdict.problems, ...(editor.status === 200 ? [] : [`the editor answered ${editor.status}`])].join('; ')}`,
		);
		await stopAll();
		process.exit(ok ? 0 : 1);
	}
	if (!verdict.ok) console.log(`\nNot as expected: ${verdict.problems.join('; ')}`);

	console.log('\nPress Ctrl-C to stop.');
	// scripts/lib/n8n-instance.js stops n8n on these signals and exits; the servers in this process
	// are closed alongside.
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => {
			console.log('\nStopping n8n, the RETM simulator and the SMTP catcher...');
			simulator.close();
			smtp.close();
		});
	}

	// If n8n dies on its own, say so and stop rather than hang.
	n8n.child.once('exit', (code, signal) => {
		if (n8n.stopped) return;
		console.error(
			`n8n exited (code ${code}, signal ${signal}). Last lines of its log:\n${n8n.logTail(40)}`,
		);
		process.exit(1);
	});
}

main().catch((error) => {
	console.error(error.stack ?? error.message);
	// The exit handler of scripts/lib/n8n-instance.js kills n8n; the servers end with this process.
	process.exit(1);
});
