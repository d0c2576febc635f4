'use strict';
// Restart: a stream of customer.created deliveries goes to a published RETM Trigger workflow through
// the POS simulator's sender (RETM's rules: 1 + 3 attempts, a fixed pause between them). n8n is
// stopped in the middle of the stream and started again on the same port with the same user folder
// (database, static data); the pause between attempts is long enough to outlast the restart. Every
// delivery must end with a 2xx, and every event must have exactly one successful execution.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { createWebhookSender } = require('../../pos-simulator');
const { workflowHelpers } = require('../../../scripts/lib/workflows');
const { customerCreated, sleep } = require('../support/retm');
const {
	printCounts,
	publishRetmWorkflow,
	settledExecutions,
	startN8nWithPackage,
	triggerItems,
} = require('./support');

const DELIVERIES = Number(process.env.RELIABILITY_RESTART_DELIVERIES ?? 120);
const INTERVAL_MS = Number(process.env.RELIABILITY_RESTART_INTERVAL_MS ?? 100);
// 3 retries x 30 s cover a restart of up to ~90 s (n8n boots in 20-60 s on a busy 2-core machine).
const RETRY_DELAY_MS = Number(process.env.RELIABILITY_RESTART_RETRY_DELAY_MS ?? 30_000);
const STOP_AFTER_MS = Number(process.env.RELIABILITY_RESTART_STOP_AFTER_MS ?? 3000);

describe('restart in the middle of a stream of deliveries', () => {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-restart-'));
	let n8n;

	afterAll(async () => {
		await n8n?.stop();
		if (process.env.N8N_KEEP_USER_FOLDER !== '1') {
			fs.rmSync(userFolder, { recursive: true, force: true });
		}
	});

	test('every delivery without a 2xx is retried and every event runs exactly once', async () => {
		n8n = await startN8nWithPackage({ userFolder });
		const port = n8n.port;
		const setup = await publishRetmWorkflow(n8n, 'RETM restart (reliability)');
		const sender = createWebhookSender({
			token: setup.webhookToken,
			retries: 3,
			retryDelayMs: RETRY_DELAY_MS,
			timeoutMs: 10_000,
		});

		const events = Array.from({ length: DELIVERIES }, () =>
			customerCreated({ reference: randomUUID() }),
		);
		const streamStarted = Date.now();
		const sends = [];
		const stream = (async () => {
			for (const event of events) {
				sends.push(sender.send(setup.url, event));
				await sleep(INTERVAL_MS);
			}
		})();

		// Stop n8n while deliveries are arriving, then start it again on the same port and folder.
		await sleep(STOP_AFTER_MS);
		const stoppedAt = Date.now() - streamStarted;
		await n8n.stop({ keepUserFolder: true });
		const downAt = Date.now() - streamStarted;
		n8n = await startN8nWithPackage({ port, userFolder, install: false });
		const upAt = Date.now() - streamStarted;
		// The published workflow is registered again from the database on start-up.
		const wf = workflowHelpers(n8n);
		await wf.waitForWebhook(setup.url, { timeoutMs: 60_000 });
		const registeredAt = Date.now() - streamStarted;

		await stream;
		const records = await Promise.all(sends);
		const executions = await settledExecutions(wf, setup.workflowId, { atLeast: DELIVERIES });
		const items = triggerItems(executions);

		const byReference = new Map();
		for (const { reference, status } of items) {
			if (status !== 'success') continue;
			byReference.set(reference, (byReference.get(reference) ?? 0) + 1);
		}
		const attempts = {};
		for (const record of records) {
			const key = `${record.delivered ? 'delivered' : 'NOT delivered'} after ${record.attempts.length} attempt(s)`;
			attempts[key] = (attempts[key] ?? 0) + 1;
		}
		const undelivered = records.filter((record) => !record.delivered);
		const missing = events.filter((event) => !byReference.has(event.reference));
		const twice = [...byReference].filter(([, n]) => n > 1);
		const ignoredAsDuplicate = records.filter((record) =>
			record.attempts.some((attempt) => attempt.body?.ignored === 'duplicate'),
		).length;

		printCounts('restart', [
			['deliveries', DELIVERIES],
			['n8n stopping at', `${stoppedAt} ms`],
			['n8n stopped at', `${downAt} ms`],
			['n8n answering again at', `${upAt} ms`],
			['webhook registered again at', `${registeredAt} ms`],
			...Object.entries(attempts).sort(),
			['retries acknowledged as duplicates', ignoredAsDuplicate],
			['executions', executions.length],
			['successful executions', [...byReference.values()].reduce((sum, n) => sum + n, 0)],
			['events without a run (lost)', missing.length],
			['events run twice', twice.length],
		]);

		// The restart really fell in the middle of the stream: some deliveries needed retries.
		expect(records.some((record) => record.attempts.length > 1)).toBe(true);
		expect(undelivered.map((record) => record.attempts.map((a) => a.status || a.error))).toEqual(
			[],
		);
		expect(missing.map((event) => event.reference)).toEqual([]);
		expect(twice).toEqual([]);
		expect(executions.length).toBe(DELIVERIES);
		expect(items.filter(({ status }) => status !== 'success')).toEqual([]);
	});
});
