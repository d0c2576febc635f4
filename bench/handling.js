'use strict';
// In-process handling: what the RETM Trigger does for each delivery (Bearer check, parse, schema,
// event filter, de-duplication ledger, simplified output), in a tight loop on one core, against a
// baseline loop that only JSON-parses the same bodies. Reads the built package in dist/.
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { median } = require('./lib/stats');
const { runMain, log } = require('./lib/report');

// BENCH_DIST points at another build (e.g. a patched copy compiled with tsc --outDir) for before/after.
const DIST = path.join(
	path.resolve(process.env.BENCH_DIST ?? path.join(__dirname, '..', 'dist')),
	'nodes',
);
const { retmWebhooks } = require(path.join(DIST, 'Retm', 'events'));
const { bearerToken, secretsMatch } = require(
	path.join(DIST, 'shared', 'triggers', 'deliveryAuth'),
);
const { handleDelivery } = require(path.join(DIST, 'shared', 'triggers', 'deliveryPipeline'));
const { readSavedLedger } = require(path.join(DIST, 'shared', 'triggers', 'deliveryLedger'));
const { customerCreated } = require('../test/e2e/support/retm');

const say = log('handling');
const ROUNDS = Number(process.env.BENCH_HANDLING_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.BENCH_HANDLING_ROUND_MS ?? 1000);
// More distinct bodies than the ledger keeps (1,000), so cycling through them never meets a duplicate.
const BODY_COUNT = 20_000;

const WEBHOOK_TOKEN = randomBytes(24).toString('hex');
const AUTHORIZATION = `Bearer ${WEBHOOK_TOKEN}`;

/** customer.created as the e2e tests and the ingest bench send it, each its own, as raw bytes. */
function makeBodies() {
	return Array.from({ length: BODY_COUNT }, (_, index) =>
		Buffer.from(JSON.stringify(customerCreated({ customer: { id: 1000 + index } }))),
	);
}

/**
 * What RetmTrigger.webhook() does with one request, minus n8n's own plumbing: n8n hands the node the
 * parsed body and the raw bytes. Kept in one function so a change to handleDelivery's options is one edit.
 */
function deliver(rawBody, staticData, ledgerScope) {
	return handleDelivery(
		retmWebhooks,
		{
			authorized: secretsMatch(bearerToken(AUTHORIZATION), WEBHOOK_TOKEN),
			body: JSON.parse(rawBody.toString()),
			rawBody,
		},
		{
			selectedEvents: ['customer.created'],
			simplify: true,
			staticData,
			now: Date.now(),
			// The trigger passes `<workflow id>/<node id>`; builds before the option existed ignore it.
			ledgerScope,
		},
	);
}

/** The baseline: the same bytes, only parsed. */
function parseOnly(rawBody) {
	return JSON.parse(rawBody.toString());
}

/**
 * n8n loads the workflow's static data from its database for every webhook request and saves it after
 * (it changed: the ledger recorded the delivery). This holds that copy as JSON, as the database does.
 */
function savedStaticData() {
	let saved = '{}';
	return {
		/** The delivery with a fresh copy of static data, then saved: the trigger's work plus n8n's copy. */
		deliver(rawBody) {
			const staticData = JSON.parse(saved);
			const outcome = deliver(rawBody, staticData, 'bench/reloaded');
			saved = JSON.stringify(staticData);
			return outcome;
		},
		/** n8n's part alone: parse the body, load and save the same static data, no trigger. */
		copyOnly(rawBody) {
			const staticData = JSON.parse(saved);
			const body = JSON.parse(rawBody.toString());
			saved = JSON.stringify(staticData);
			return body;
		},
		get bytes() {
			return saved.length;
		},
	};
}

/**
 * Runs `step` over the bodies for about `ms`; returns deliveries per second. Each step keeps its own
 * place in the bodies across rounds, so no body comes round again before its ledger (1,000 ids) forgot it.
 */
function loop(bodies, ms, step) {
	let cursor = step.cursor ?? 0;
	let count = 0;
	const start = performance.now();
	let elapsed = 0;
	while (elapsed < ms) {
		// Read the clock every 64 deliveries so reading it costs nothing measurable.
		for (let i = 0; i < 64; i++) {
			step(bodies[cursor]);
			cursor = (cursor + 1) % bodies.length;
			count++;
		}
		elapsed = performance.now() - start;
	}
	step.cursor = cursor;
	return (count / elapsed) * 1000;
}

/** Every measured delivery must start a run: a rejection or a duplicate would flatter the figure. */
function mustRun(outcome) {
	if (outcome.action !== 'run')
		throw new Error(`A delivery did not run: ${JSON.stringify(outcome)}`);
	return outcome;
}

async function main() {
	const bodies = makeBodies();
	// The ledger lives in the workflow's static data: one object for the whole run, as in one workflow.
	const staticData = {};
	const warm = (body) => mustRun(deliver(body, staticData, 'bench/warm'));
	const n8nCopy = savedStaticData();
	const reloaded = (body) => mustRun(n8nCopy.deliver(body));
	const loops = {
		baseline: parseOnly,
		handling: warm,
		reloaded,
		copyOnly: n8nCopy.copyOnly,
	};
	// Fill both ledgers (1,000 ids) and warm the JIT before measuring.
	for (const step of Object.values(loops)) loop(bodies, 300, step);
	const rounds = [];
	for (let round = 0; round < ROUNDS; round++) {
		const rates = {};
		for (const [name, step] of Object.entries(loops)) rates[name] = loop(bodies, ROUND_MS, step);
		rounds.push(rates);
		say(
			`round ${round + 1}/${ROUNDS}: ` +
				Object.entries(rates)
					.map(([name, rate]) => `${name} ${Math.round(rate)}/s`)
					.join(', '),
		);
	}
	const medians = Object.fromEntries(
		Object.keys(loops).map((name) => [name, median(rounds.map((rates) => rates[name]))]),
	);
	return {
		name: 'handling',
		dist: path.dirname(DIST),
		bodyBytes: bodies[0].length,
		ledgerEntries: readSavedLedger(staticData).size,
		staticDataBytes: n8nCopy.bytes,
		rounds,
		perSecond: medians,
		slowdown: medians.baseline / medians.handling,
		reloadedSlowdown: medians.copyOnly / medians.reloaded,
	};
}

if (require.main === module) runMain(main);
module.exports = { main, deliver };
