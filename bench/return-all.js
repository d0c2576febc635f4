'use strict';
// Return All: RETM "Customer > Get Many" with Return All over the simulator's 10,000 customers, run by
// n8n's own engine (n8n-core WorkflowExecute, as the unit tests do), against a minimal loop that fetches
// the same pages with plain HTTP. Each measurement runs in a fresh child process, so its memory figures
// are its own: peak RSS above the start, and the heap the run leaves behind.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { median } = require('./lib/stats');
const { runMain, parseResult, log } = require('./lib/report');

const say = log('return-all');
const ROUNDS = Number(process.env.BENCH_RETURN_ALL_ROUNDS ?? 9);
const CUSTOMERS = 10_000;
const ACCESS_TOKEN = 'bench-access-token';
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(__dirname, '..', 'dist'));

/** Runs `nodeClass` with `parameters` in n8n's engine against the simulator; returns its item count. */
async function countViaEngine(sim, nodeClass, parameters) {
	const { runNode } = require('../test/helpers/n8nEngine');
	const { RetmApi } = require(path.join(DIST, 'credentials', 'RetmApi.credentials'));
	const result = await runNode({
		nodeClass,
		credentialClasses: { retmApi: RetmApi },
		credentials: {
			retmApi: { environment: 'custom', baseUrl: `${sim.url}/`, accessToken: ACCESS_TOKEN },
		},
		parameters,
	});
	if (result.error) throw result.error;
	return result.items.length;
}

/** The package's RETM node: Customer > Get Many, Return All. */
async function viaN8n(sim) {
	const { Retm } = require(path.join(DIST, 'nodes', 'Retm', 'Retm.node'));
	return await countViaEngine(sim, Retm, {
		resource: 'customer',
		operation: 'getAll',
		returnAll: true,
	});
}

/**
 * The least any node can do through n8n: the same pages with `httpRequestWithAuthentication`, run by
 * the same engine. What separates it from the plain loop is n8n's, not the package's.
 */
class MinimalPager {
	constructor() {
		this.description = {
			displayName: 'Minimal Pager',
			name: 'minimalPager',
			group: ['transform'],
			version: 1,
			description: 'Benchmark baseline',
			defaults: { name: 'Minimal Pager' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'retmApi', required: true }],
			properties: [],
		};
	}

	async execute() {
		const { baseUrl } = await this.getCredentials('retmApi');
		const items = [];
		for (let page = 1; ; page++) {
			const body = await this.helpers.httpRequestWithAuthentication.call(this, 'retmApi', {
				method: 'GET',
				url: `${baseUrl.replace(/\/+$/, '')}/api/v2/customers/list`,
				qs: { page, per_page: 100 },
				json: true,
			});
			for (const json of body.items) items.push({ json });
			if (body.items.length < 100) return [items];
		}
	}
}

/** The minimal node through the same engine. */
async function viaN8nHelper(sim) {
	return await countViaEngine(sim, MinimalPager, {});
}

const SIDES = { n8n: viaN8n, helper: viaN8nHelper, plain: plainHttp };

/** The baseline: the same pages (100 a page, until a short one) with fetch, items collected. */
async function plainHttp(sim) {
	const all = [];
	for (let page = 1; ; page++) {
		const res = await fetch(`${sim.apiUrl}/customers/list?page=${page}&per_page=100`, {
			headers: { authorization: `Bearer ${ACCESS_TOKEN}`, accept: 'application/json' },
		});
		if (!res.ok) throw new Error(`page ${page} answered ${res.status}`);
		const { items } = await res.json();
		all.push(...items);
		if (items.length < 100) return all.length;
	}
}

/** One measurement in this process: start the simulator, run `which` once, report time and memory. */
async function measureOnce(which) {
	const { startRetmSimulator } = require('../test/pos-simulator');
	const sim = await startRetmSimulator({ accessToken: ACCESS_TOKEN, customers: CUSTOMERS });
	try {
		// Load the code first (a workflow's nodes are loaded long before it runs), then settle the heap.
		if (which !== 'plain') {
			require('../test/helpers/n8nEngine');
			require(path.join(DIST, 'nodes', 'Retm', 'Retm.node'));
		} else {
			// fetch loads its HTTP client (undici) on first use.
			await fetch(`${sim.apiUrl}/branches/list`, {
				headers: { authorization: `Bearer ${ACCESS_TOKEN}` },
			}).then((res) => res.arrayBuffer());
		}
		global.gc?.();
		const before = process.memoryUsage();
		let peakRss = before.rss;
		let peakHeap = before.heapUsed;
		const sampler = setInterval(() => {
			const now = process.memoryUsage();
			peakRss = Math.max(peakRss, now.rss);
			peakHeap = Math.max(peakHeap, now.heapUsed);
		}, 5);
		const start = performance.now();
		const count = await SIDES[which](sim);
		const ms = performance.now() - start;
		clearInterval(sampler);
		const end = process.memoryUsage();
		peakRss = Math.max(peakRss, end.rss);
		peakHeap = Math.max(peakHeap, end.heapUsed);
		if (count !== CUSTOMERS)
			throw new Error(`${which} returned ${count} customers, not ${CUSTOMERS}`);
		const pages = sim.requests.filter((request) => request.path.endsWith('/customers/list')).length;
		return {
			which,
			ms,
			pages,
			peakRssDeltaMb: (peakRss - before.rss) / 2 ** 20,
			peakHeapDeltaMb: (peakHeap - before.heapUsed) / 2 ** 20,
		};
	} finally {
		await sim.close();
	}
}

function child(which) {
	const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--one', which], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production' },
	});
	return parseResult(out);
}

async function main() {
	const runs = [];
	for (let round = 0; round < ROUNDS; round++) {
		// Rotate which side goes first.
		const sides = Object.keys(SIDES);
		const order = sides.map((_, i) => sides[(i + round) % sides.length]);
		for (const which of order) {
			const run = child(which);
			runs.push(run);
			say(
				`round ${round + 1}/${ROUNDS} ${which}: ${run.ms.toFixed(0)} ms, ${run.pages} pages, ` +
					`peak RSS +${run.peakRssDeltaMb.toFixed(1)} MB, peak heap +${run.peakHeapDeltaMb.toFixed(1)} MB`,
			);
		}
	}
	const of = (which, field) =>
		median(runs.filter((run) => run.which === which).map((run) => run[field]));
	const summary = {};
	for (const which of Object.keys(SIDES)) {
		summary[which] = {
			ms: of(which, 'ms'),
			pages: of(which, 'pages'),
			peakRssDeltaMb: of(which, 'peakRssDeltaMb'),
			peakHeapDeltaMb: of(which, 'peakHeapDeltaMb'),
		};
	}
	return {
		name: 'return-all',
		customers: CUSTOMERS,
		runs,
		summary,
		ratio: summary.n8n.ms / summary.plain.ms,
		// The package against the least any node can do through n8n's engine and HTTP helper.
		helperRatio: summary.n8n.ms / summary.helper.ms,
	};
}

if (require.main === module) {
	const one = process.argv.indexOf('--one');
	runMain(one > 0 ? () => measureOnce(process.argv[one + 1]) : main);
}
module.exports = { main };
