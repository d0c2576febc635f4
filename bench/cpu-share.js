'use strict';
// The package's share of n8n's CPU time while n8n ingests RETM deliveries: n8n runs under V8's
// sampling profiler (--cpu-prof), a RETM Trigger -> No Operation workflow takes a bounded load, and
// the profile n8n writes when it stops is read here (see `shares` for what counts as the package's).
// Only samples between the first and the last delivery the trigger handled count, so n8n's start and
// stop stay out of the denominator; idle time is out too.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startN8n } = require('../scripts/lib/n8n-instance');
const { installPackage } = require('../scripts/lib/install-package');
const { workflowHelpers } = require('../scripts/lib/workflows');
const { publishRetmWorkflow, load } = require('./lib/load');
const { sleep } = require('../scripts/lib/process');
const { runMain, log } = require('./lib/report');

const say = log('cpu-share');
const CONNECTIONS = Number(process.env.BENCH_CPU_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_CPU_SECONDS ?? 15);
// One run's share moves by about ±10 % (sampling and the machine): the figure is the median of several.
const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 3);
// V8 samples every 1 ms by default: a quarter of that gives four times the samples of the package's frames.
const INTERVAL_US = 250;
const PACKAGE_NAME = require('../package.json').name;
// The installed package's files, as V8 names them in a profile.
const OURS = `/node_modules/${PACKAGE_NAME}/`;

// n8n's own code: what a node reaches through `this` (credentials, parameters, static data).
const N8N = /\/node_modules\/(n8n|n8n-core|n8n-workflow|@n8n\/[^/]+)\//;

/**
 * Shares of busy time in one .cpuprofile. Each sample lasts until the next one (V8's timeDeltas are
 * the gaps before each sample). A sample under the package's frames is the package's when nothing
 * between them and the top of the stack is n8n's; under one of n8n's helpers (reading the credential,
 * a parameter) it is n8n's work for the node, which any node pays.
 */
function shares(profile) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);
	const url = (node) => node.callFrame.url ?? '';
	const isOurs = (node) => url(node).includes(OURS);
	/** Top of the stack first. */
	const stackOf = (id) => {
		const stack = [];
		for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at));
		return stack;
	};
	const kinds = new Map();
	/** 'self', 'ours' (the package and the libraries it calls), 'helper' (n8n's), or 'other'. */
	const kindOf = (id) => {
		if (kinds.has(id)) return kinds.get(id);
		const stack = stackOf(id);
		const deepest = stack.findIndex(isOurs);
		let kind = 'other';
		if (deepest === 0) kind = 'self';
		else if (deepest > 0) {
			kind = stack.slice(0, deepest).some((node) => N8N.test(url(node))) ? 'helper' : 'ours';
		}
		kinds.set(id, kind);
		return kind;
	};
	const deliveries = new Map();
	// The window: from the first delivery the trigger handled to the last (its module loading at
	// n8n's start is outside).
	const inDelivery = (id) => {
		if (!deliveries.has(id)) {
			deliveries.set(
				id,
				stackOf(id).some((node) => isOurs(node) && node.callFrame.functionName === 'webhook'),
			);
		}
		return deliveries.get(id);
	};
	const { samples, timeDeltas } = profile;
	let first = -1;
	let last = -1;
	samples.forEach((id, index) => {
		if (inDelivery(id)) {
			if (first < 0) first = index;
			last = index;
		}
	});
	if (first < 0) return undefined;
	const time = { busy: 0, self: 0, ours: 0, helper: 0, other: 0 };
	for (let index = first; index <= last; index++) {
		const node = byId.get(samples[index]);
		const weight = timeDeltas[index + 1] ?? 0;
		if (node.callFrame.functionName === '(idle)') continue;
		time.busy += weight;
		time[kindOf(samples[index])] += weight;
	}
	return time;
}

/** One n8n under the profiler, one bounded load: the shares of that run. */
async function measureOnce(round) {
	// BENCH_CPU_PROFILE_DIR keeps the profiles for a closer look (e.g. in Chrome's DevTools).
	const kept =
		process.env.BENCH_CPU_PROFILE_DIR &&
		path.join(process.env.BENCH_CPU_PROFILE_DIR, `run-${round}`);
	const profileDir = kept
		? fs.mkdirSync(kept, { recursive: true }) && kept
		: fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-cpu-prof-'));
	try {
		const n8n = await startN8n({
			env: {
				EXECUTIONS_MODE: 'regular',
				N8N_LOG_LEVEL: 'warn',
				// Where the package is judged (bench/README.md): isolates only when an expression runs.
				N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
				NODE_OPTIONS: `--cpu-prof --cpu-prof-interval=${INTERVAL_US} --cpu-prof-dir=${profileDir}`,
			},
			beforeStart: (userFolder) => installPackage(userFolder, { build: false }),
		});
		let result;
		try {
			const wf = workflowHelpers(n8n);
			const retm = await publishRetmWorkflow(wf);
			say(`run ${round} of ${ROUNDS}: ${SECONDS} s at ${CONNECTIONS} connections`);
			result = await load(retm.url, {
				seconds: SECONDS,
				connections: CONNECTIONS,
				headers: retm.headers,
			});
			// Let the last runs finish inside the profile.
			await sleep(3000);
			if (result.non2xx > 0) throw new Error(`${result.non2xx} deliveries were refused`);
		} finally {
			await n8n.stop();
		}
		// n8n writes one profile per process it ran under NODE_OPTIONS (its task runner too); the
		// package's code runs in n8n's main process, the only one with samples from it.
		const measured = fs
			.readdirSync(profileDir)
			.filter((file) => file.endsWith('.cpuprofile'))
			.map((file) => shares(JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'))))
			.find(Boolean);
		if (!measured) throw new Error(`no profile in ${profileDir} holds a frame from ${OURS}`);
		const percent = (part) => (100 * part) / measured.busy;
		return {
			deliveries: result['2xx'],
			connections: CONNECTIONS,
			seconds: SECONDS,
			busyMs: measured.busy / 1000,
			// The package's code and the libraries it calls (zod, hashing): the judged figure.
			packagePercent: percent(measured.self + measured.ours),
			selfPercent: percent(measured.self),
			// n8n's helpers the package calls (credential, parameters): n8n's work, paid by any node.
			helperPercent: percent(measured.helper),
		};
	} finally {
		if (!kept) fs.rmSync(profileDir, { recursive: true, force: true });
	}
}

async function main() {
	const runs = [];
	for (let round = 1; round <= ROUNDS; round++) runs.push(await measureOnce(round));
	const sorted = [...runs].sort((a, b) => a.packagePercent - b.packagePercent);
	return {
		name: 'cpuShare',
		...sorted[Math.floor((sorted.length - 1) / 2)],
		runs: runs.map((run) => run.packagePercent),
	};
}

if (require.main === module) runMain(main);
module.exports = { main, shares };
