'use strict';
// What the reliability suites share: their own n8n with the packed package (each suite starts and
// stops one, never two at a time), a published RETM Trigger -> No Operation workflow, a bounded
// concurrent sender, the executions of a workflow counted by delivery, and the saved delivery ledger.
const { installPackage } = require('../../../scripts/lib/install-package');
const { startN8n } = require('../../../scripts/lib/n8n-instance');
const { workflowHelpers } = require('../../../scripts/lib/workflows');
const {
	chainWorkflow,
	createRetmCredential,
	noOpNode,
	publishWorkflow,
	retmTriggerNode,
	sleep,
} = require('./retm');

/**
 * n8n with this package, ready; `options` go to startN8n (port, userFolder, env). `install: false`
 * starts n8n on a user folder that has the package already (a restart).
 */
async function startN8nWithPackage({ install = true, ...options } = {}) {
	if (!install) return await startN8n(options);
	const build = process.env.N8N_E2E_SKIP_BUILD !== '1';
	return await startN8n({
		...options,
		beforeStart: (userFolder) => {
			installPackage(userFolder, { build });
		},
	});
}

/** A published workflow: RETM Trigger (customer.created, respond at once) -> No Operation. */
async function publishRetmWorkflow(n8n, name) {
	const wf = workflowHelpers(n8n);
	const { credential, webhookToken } = await createRetmCredential(wf);
	const trigger = retmTriggerNode({ parameters: { events: ['customer.created'] } });
	const workflow = chainWorkflow(name, [trigger, noOpNode()]);
	const { workflowId, url } = await publishWorkflow(wf, workflow, trigger, {
		retmApi: credential,
	});
	return { wf, workflowId, url, webhookToken, trigger };
}

/** Runs `task(item, index)` over `items` with at most `concurrency` at a time; results in order. */
async function mapConcurrently(items, concurrency, task) {
	const results = new Array(items.length);
	let next = 0;
	async function worker() {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index], index);
		}
	}
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
	return results;
}

/**
 * Waits until a workflow's finished executions stop growing (none new for `quietMs`) and at least
 * `atLeast` are there, or until none has finished for `stallMs` (a stall, however fast or slow the
 * machine: the wait follows n8n's progress, not a clock); returns them with their data, oldest first.
 */
async function settledExecutions(wf, workflowId, { atLeast, stallMs = 180_000, quietMs = 5000 }) {
	let count = -1;
	let quietSince = Date.now();
	for (;;) {
		const executions = await wf.listAllExecutions(workflowId);
		if (executions.length !== count) {
			count = executions.length;
			quietSince = Date.now();
		}
		const quietFor = Date.now() - quietSince;
		if ((quietFor >= quietMs && count >= atLeast) || quietFor >= stallMs) break;
		await sleep(1000);
	}
	return await wf.listAllExecutions(workflowId, { includeData: true });
}

/**
 * The RETM Trigger's output item of each execution, with the execution's status, its deliveryId and
 * the RETM reference it carries (simplified items keep the body under `raw`).
 */
function triggerItems(executions, triggerName = 'RETM Trigger') {
	return executions.map((execution) => {
		const runs = execution.data?.resultData?.runData?.[triggerName];
		const item = runs?.[0]?.data?.main?.[0]?.[0]?.json;
		return {
			id: execution.id,
			status: execution.status,
			startedAt: execution.startedAt,
			item,
			deliveryId: item?.deliveryId,
			reference: item?.raw?.reference ?? item?.reference,
		};
	});
}

/**
 * The triggers' delivery ledgers as n8n saved them in the workflow's static data (node static data
 * lives under `node:<node name>`): the size of the whole saved static data and the number of ids
 * per trigger node.
 */
async function savedLedgers(wf, workflowId) {
	// The built package's reader (what n8n runs), required here: the suites build it first.
	const { readSavedLedger } = require('../../../dist/nodes/shared/triggers/deliveryLedger');
	const staticData = await wf.savedStaticData(workflowId);
	const idsPerTrigger = {};
	for (const [key, value] of Object.entries(staticData)) {
		if (!key.startsWith('node:')) continue;
		idsPerTrigger[key.slice('node:'.length)] = readSavedLedger(value ?? {}).size;
	}
	return { bytes: Buffer.byteLength(JSON.stringify(staticData)), idsPerTrigger };
}

/** Prints a titled table of counts to stdout (jest shows it with the test's output). */
function printCounts(title, rows) {
	const width = Math.max(...rows.map(([label]) => label.length));
	process.stdout.write(
		`\n[reliability] ${title}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`,
	);
}

module.exports = {
	startN8nWithPackage,
	publishRetmWorkflow,
	mapConcurrently,
	settledExecutions,
	triggerItems,
	savedLedgers,
	printCounts,
};
