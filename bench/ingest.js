'use strict';
// Ingest through a real n8n: one n8n with four published workflows, each trigger -> No Operation:
// (a) RETM Trigger, (b) n8n's own Webhook node, and two floors from bench/floor, (c) a community
// trigger that only acknowledges and (d) one that also checks a token against its credential. Each is
// loaded in turn (a b c d, d c b a, ...) by autocannon with the same customer.created bodies,
// connections and duration. Executions are counted through n8n's
// public API once each run has drained, not from the HTTP answers.
const { randomUUID } = require('node:crypto');
const path = require('node:path');

const { startN8n } = require('../scripts/lib/n8n-instance');
const { installPackage } = require('../scripts/lib/install-package');
const { workflowHelpers } = require('../scripts/lib/workflows');
const { installFloor, floorTriggerNode, createFloorCredential } = require('./lib/floor');
const { chainWorkflow, noOpNode, publishWorkflow } = require('../test/e2e/support/retm');
const { publishRetmWorkflow, load: loadAt } = require('./lib/load');
const { median } = require('./lib/stats');
const { sleep } = require('../scripts/lib/process');
const { runMain, log } = require('./lib/report');

const say = log('ingest');
const CONNECTIONS = Number(process.env.BENCH_INGEST_CONNECTIONS ?? 10);
const DURATION_S = Number(process.env.BENCH_INGEST_SECONDS ?? 10);
const ALTERNATIONS = Number(process.env.BENCH_INGEST_ALTERNATIONS ?? 5);
const WARMUP_S = 3;
const SINGLE_SECONDS = Number(process.env.BENCH_INGEST_SINGLE_SECONDS ?? 4);
const DRAIN_TIMEOUT_MS = 120_000;

/**
 * n8n's environment for the benchmark, the same for both workflows. Execution saving stays at n8n's
 * defaults (every execution saved, success and error, no per-node progress); only logging is quieter.
 */
const N8N_ENV = {
	EXECUTIONS_MODE: 'regular',
	EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
	EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
	EXECUTIONS_DATA_SAVE_ON_PROGRESS: 'false',
	N8N_LOG_LEVEL: 'warn',
	// For profiling n8n itself, e.g. BENCH_N8N_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/n8n-prof'.
	...(process.env.BENCH_N8N_NODE_OPTIONS
		? { NODE_OPTIONS: process.env.BENCH_N8N_NODE_OPTIONS }
		: {}),
};

/** Extra n8n settings for an experiment, as JSON: `--n8n-env '{"N8N_EXPRESSION_ENGINE":"legacy"}'`. */
function extraEnv() {
	const flag = process.argv.indexOf('--n8n-env');
	return JSON.parse((flag > 0 ? process.argv[flag + 1] : process.env.BENCH_N8N_ENV) || '{}');
}

function webhookWorkflow(name) {
	const webhookPath = randomUUID();
	const trigger = {
		id: randomUUID(),
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
	};
	return { workflow: chainWorkflow(name, [trigger, noOpNode()]), webhookPath };
}

/** Executions of a workflow newer than `afterId`, newest first, without their data. */
async function executionsSince(n8n, workflowId, afterId) {
	const found = [];
	let cursor;
	for (;;) {
		const query = new URLSearchParams({ workflowId, includeData: 'false', limit: '250' });
		if (cursor) query.set('cursor', cursor);
		const page = await n8n.api('GET', `/executions?${query}`);
		const fresh = page.data.filter((execution) => Number(execution.id) > afterId);
		found.push(...fresh);
		if (!page.nextCursor || fresh.length < page.data.length || page.data.length === 0) return found;
		cursor = page.nextCursor;
	}
}

async function lastExecutionId(n8n, workflowId) {
	const { data } = await n8n.api('GET', `/executions?workflowId=${workflowId}&limit=1`);
	return data.length ? Number(data[0].id) : 0;
}

/** Waits until every accepted delivery has a finished execution, or the count stops growing. */
async function drain(n8n, workflowId, afterId, expected) {
	const deadline = Date.now() + DRAIN_TIMEOUT_MS;
	let previous = -1;
	let still = 0;
	for (;;) {
		const executions = await executionsSince(n8n, workflowId, afterId);
		const finished = executions.filter((execution) => execution.stoppedAt);
		if (finished.length >= expected) return finished;
		still = finished.length === previous ? still + 1 : 0;
		if (still >= 10 || Date.now() > deadline) return finished;
		previous = finished.length;
		await sleep(1000);
	}
}

const load = (url, { connections = CONNECTIONS, ...options }) =>
	loadAt(url, { connections, ...options });

async function measure(n8n, target, seconds = DURATION_S) {
	const afterId = await lastExecutionId(n8n, target.workflowId);
	const started = Date.now();
	const result = await load(target.url, { seconds, headers: target.headers });
	const accepted = result['2xx'];
	// Requests still in flight when autocannon stops are answered and run too: wait for those as well.
	const finished = await drain(n8n, target.workflowId, afterId, result.requests.sent ?? accepted);
	const lastStop = Math.max(...finished.map((execution) => Date.parse(execution.stoppedAt)));
	const succeeded = finished.filter((execution) => execution.status === 'success').length;
	const elapsed = (lastStop - started) / 1000;
	return {
		target: target.name,
		requests: result.requests.total,
		sent: result.requests.sent,
		accepted,
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		executions: finished.length,
		succeeded,
		// Until the last execution finished: a backlog n8n is still working through counts against it.
		executionsPerSecond: succeeded / elapsed,
		ackP50Ms: result.latency.p50,
		ackP99Ms: result.latency.p99,
	};
}

/** The workflows measured, in the order of the first round; BENCH_INGEST_SIDES=a,d for an experiment. */
const SIDES = (process.env.BENCH_INGEST_SIDES ?? 'a,b,c,d').split(',');
/** The ratios reported: each side against each floor, and the floors against n8n's Webhook node. */
const RATIO_PAIRS = ['a/b', 'a/c', 'a/d', 'c/b', 'd/b'].filter((pair) =>
	pair.split('/').every((side) => SIDES.includes(side)),
);

/** Each round runs every side once; odd rounds reverse the order, so no side always goes first. */
const roundOrder = (round) => (round % 2 === 0 ? SIDES : [...SIDES].reverse());

async function main() {
	const env = { ...N8N_ENV, ...extraEnv() };
	let n8n;
	try {
		n8n = await startN8n({
			env,
			beforeStart: (userFolder) => {
				installPackage(userFolder, { build: false });
				installFloor(userFolder);
			},
		});
		say(`n8n on ${n8n.baseUrl}`);
		const wf = workflowHelpers(n8n);
		const floorCredential = await createFloorCredential(wf);
		const retm = await publishRetmWorkflow(wf);
		const plain = webhookWorkflow('bench: Webhook -> No Operation');
		const created = await wf.importWorkflow(plain.workflow);
		await wf.activate(created.id);
		const plainUrl = `${n8n.baseUrl}/webhook/${plain.webhookPath}`;
		await wf.waitForWebhook(plainUrl);
		const bare = floorTriggerNode('benchBareTrigger');
		const bareFloor = await publishWorkflow(
			wf,
			chainWorkflow('bench: bare community trigger -> No Operation', [bare, noOpNode()]),
			bare,
		);
		const authenticated = floorTriggerNode('benchAuthenticatedTrigger');
		const authenticatedFloor = await publishWorkflow(
			wf,
			chainWorkflow('bench: authenticated community trigger -> No Operation', [
				authenticated,
				noOpNode(),
			]),
			authenticated,
			{ benchFloorApi: floorCredential.credential },
		);

		const targets = {
			a: {
				name: 'a: RETM Trigger',
				workflowId: retm.workflowId,
				url: retm.url,
				headers: retm.headers,
			},
			b: { name: 'b: Webhook node', workflowId: created.id, url: plainUrl, headers: {} },
			c: {
				name: 'c: bare community trigger',
				workflowId: bareFloor.workflowId,
				url: bareFloor.url,
				headers: {},
			},
			d: {
				name: 'd: authenticated community trigger',
				workflowId: authenticatedFloor.workflowId,
				url: authenticatedFloor.url,
				headers: { authorization: `Bearer ${floorCredential.token}` },
			},
		};

		// The RETM output must really be the simplified customer, or the comparison means nothing;
		// every floor must really run (the authenticated one only with its token).
		for (const target of SIDES.map((key) => targets[key])) {
			say(`warm-up ${target.name} (${WARMUP_S} s)`);
			const warm = await measure(n8n, target, WARMUP_S);
			if (warm.succeeded === 0 || warm.non2xx > 0) {
				throw new Error(`${target.name}: ${warm.succeeded} ran, ${warm.non2xx} non-2xx answers`);
			}
		}
		const sample = (await wf.listExecutions(retm.workflowId, { status: 'success' })).pop();
		const item = wf.nodeOutput(sample, 'No Operation')[0];
		if (item?.event !== 'customer.created' || !item.deliveryId) {
			throw new Error(`RETM execution output is not the simplified event: ${JSON.stringify(item)}`);
		}

		const runs = [];
		const single = [];
		for (let round = 0; round < ALTERNATIONS; round++) {
			for (const key of roundOrder(round)) {
				const run = await measure(n8n, targets[key]);
				runs.push({ round: round + 1, key, ...run });
				say(
					`round ${round + 1} ${run.target}: ${run.executionsPerSecond.toFixed(1)} executions/s, ` +
						`ack p50 ${run.ackP50Ms} ms p99 ${run.ackP99Ms} ms, ${run.succeeded}/${run.accepted} ran, ` +
						`${run.non2xx} non-2xx, ${run.errors} errors`,
				);
			}
		}
		// Time to acknowledge with one delivery at a time: the service time, without queueing.
		for (let round = 0; round < ALTERNATIONS; round++) {
			for (const key of roundOrder(round)) {
				const result = await load(targets[key].url, {
					seconds: SINGLE_SECONDS,
					headers: targets[key].headers,
					connections: 1,
				});
				single.push({
					round: round + 1,
					key,
					ackP50Ms: result.latency.p50,
					ackP99Ms: result.latency.p99,
				});
			}
		}
		const of = (key, field) =>
			median(runs.filter((run) => run.key === key).map((run) => run[field]));
		const summary = {};
		for (const key of SIDES) {
			summary[key] = {
				name: targets[key].name,
				executionsPerSecond: of(key, 'executionsPerSecond'),
				ackP50Ms: of(key, 'ackP50Ms'),
				ackP99Ms: of(key, 'ackP99Ms'),
				singleAckP50Ms: median(single.filter((run) => run.key === key).map((run) => run.ackP50Ms)),
				singleAckP99Ms: median(single.filter((run) => run.key === key).map((run) => run.ackP99Ms)),
			};
		}
		// Per-round ratios use runs made moments apart; their median resists a machine that drifts.
		const rate = (round, key) =>
			runs.find((run) => run.round === round && run.key === key).executionsPerSecond;
		const ratios = {};
		for (const pair of RATIO_PAIRS) {
			const [top, bottom] = pair.split('/');
			const perRound = [];
			for (let round = 1; round <= ALTERNATIONS; round++) {
				perRound.push(rate(round, top) / rate(round, bottom));
			}
			ratios[pair] = { median: median(perRound), perRound };
		}
		return {
			name: 'ingest',
			n8nVersion: (await n8n.rest('GET', '/settings')).versionCli,
			connections: CONNECTIONS,
			durationSeconds: DURATION_S,
			alternations: ALTERNATIONS,
			env,
			runs,
			single,
			singleSeconds: SINGLE_SECONDS,
			summary,
			ratios,
			// A delivery is lost when n8n answered 2xx and never ran it. Requests still in flight when
			// autocannon stopped got no answer (a POS would send them again); some of them ran anyway.
			lost: runs.reduce((sum, run) => sum + Math.max(0, run.accepted - run.succeeded), 0),
			cutOffAtStop: runs.reduce((sum, run) => sum + (run.sent - run.requests), 0),
			ranWithoutAnswer: runs.reduce(
				(sum, run) => sum + Math.max(0, run.succeeded - run.accepted),
				0,
			),
		};
	} finally {
		if (n8n) await n8n.stop();
	}
}

if (require.main === module) runMain(main);
module.exports = { main };
