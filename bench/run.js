'use strict';
// Runs every benchmark, each in its own Node process, and writes bench/RESULTS.md: the machine, the
// versions, the load it started under, and each figure next to its baseline, ratio and target.
// BENCH_ONLY=handling,weight runs a subset; BENCH_SKIP_DIAGNOSTIC=1 skips the legacy-engine ingest.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { format } = require('./lib/stats');
const { parseResult } = require('./lib/report');
const { ensureRuntime } = require('../scripts/lib/n8n-runtime');

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'RESULTS.md');
const FINDINGS = path.join(__dirname, 'FINDINGS.md');
// Ingest runs once as n8n ships, then with n8n settings that show where the gap comes from: n8n builds
// an expression isolate for every webhook request of a node that is not its own Webhook node.
// `goal` names the targets judged in a configuration: lazy isolates are where n8n is heading (its
// code marks the isolate-per-request gate as transitional), so that is where the package is judged.
const INGESTS = [
	{ key: 'ingest', label: 'Ingest, n8n defaults', tag: '', goal: 'defaults' },
	{
		key: 'ingestLazy',
		label: 'Ingest, lazy isolates (`N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true`)',
		tag: 'lazy isolate',
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
		goal: 'lazy',
	},
	{
		key: 'ingestLegacy',
		label: 'Ingest, diagnostic (`N8N_EXPRESSION_ENGINE=legacy`)',
		tag: 'legacy engine',
		env: { N8N_EXPRESSION_ENGINE: 'legacy' },
		diagnostic: true,
	},
];

const BENCHES = [
	{ key: 'cpuShare', script: 'cpu-share.js' },
	{ key: 'handling', script: 'handling.js' },
	{ key: 'returnAll', script: 'return-all.js' },
	{ key: 'weight', script: 'weight.js' },
	...INGESTS.map(({ key, env, diagnostic }) => ({
		key,
		script: 'ingest.js',
		args: env ? ['--n8n-env', JSON.stringify(env)] : [],
		diagnostic,
	})),
];

function git(args) {
	try {
		return execFileSync('git', args, {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		return '';
	}
}

function machine() {
	const runtime = ensureRuntime();
	const n8nPackage = JSON.parse(
		fs.readFileSync(path.join(runtime.runtimeDir, 'node_modules', 'n8n', 'package.json'), 'utf8'),
	);
	const cpus = os.cpus();
	return {
		date: new Date().toISOString(),
		cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}`,
		memoryGb: os.totalmem() / 2 ** 30,
		os: `${os.type()} ${os.release()} (${os.arch()})`,
		loadAtStart: os.loadavg(),
		benchNode: process.version,
		n8nNode: execFileSync(runtime.nodeBin, ['-v'], { encoding: 'utf8' }).trim(),
		n8nVersion: n8nPackage.version,
		packageVersion: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
		commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
		dirty: git(['status', '--porcelain', '--', 'nodes', 'credentials', 'package.json']) !== '',
	};
}

function runBench({ key, script, args = [] }) {
	process.stderr.write(`\n[bench] ${key}: node bench/${script} ${args.join(' ')}\n`);
	const started = Date.now();
	const child = spawnSync(process.execPath, [path.join(__dirname, script), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 2 ** 20,
	});
	const seconds = (Date.now() - started) / 1000;
	const result = child.status === 0 ? parseResult(child.stdout) : undefined;
	if (!result) return { error: `exited with ${child.status ?? child.signal}`, seconds };
	return { ...result, seconds };
}

const ms = (value) => `${format(value, 1)} ms`;
const times = (value) => `${format(value, 2)}×`;
const mark = (ok) => (ok ? '✅ met' : '❌ missed');

const rate = (side) => `${format(side.executionsPerSecond, 1)}/s`;
const ratio = (result, pair) => result.ratios[pair].median;

/**
 * The ingest figures of one configuration: the floors against n8n's Webhook node (n8n's share of any
 * community trigger's cost), then RETM Trigger against each (ours). `goal` says which figure is
 * judged in this configuration.
 */
function ingestRows(result, { label, goal }) {
	const { a, b, c, d } = result.summary;
	const judged = (ok) => (goal ? mark(ok) : '—');
	const target = (text) => (goal ? text : '— (diagnostic)');
	const rows = [
		[
			`${label}: executions/s, floor 1: bare community trigger (c) vs Webhook node (b)`,
			rate(c),
			rate(b),
			`${format(ratio(result, 'c/b'), 2)} (c/b)`,
			"none (n8n's share)",
			'—',
		],
		[
			`${label}: executions/s, floor 2: authenticated community trigger (d) vs Webhook node (b)`,
			rate(d),
			rate(b),
			`${format(ratio(result, 'd/b'), 2)} (d/b)`,
			"none (n8n's share)",
			'—',
		],
		[
			`${label}: executions/s, RETM Trigger (a) vs Webhook node (b)`,
			rate(a),
			rate(b),
			`${format(ratio(result, 'a/b'), 2)} (a/b)`,
			target(goal === 'lazy' ? 'a/b ≥ 0.9, or a/d ≥ 0.95' : 'none'),
			goal === 'lazy' ? judged(ratio(result, 'a/b') >= 0.9 || ratio(result, 'a/d') >= 0.95) : '—',
		],
		[
			`${label}: executions/s, RETM Trigger (a) vs floor 1 (c)`,
			rate(a),
			rate(c),
			`${format(ratio(result, 'a/c'), 2)} (a/c)`,
			target(goal === 'defaults' ? 'a/c ≥ 0.95' : 'none'),
			goal === 'defaults' ? judged(ratio(result, 'a/c') >= 0.95) : '—',
		],
		[
			`${label}: executions/s, RETM Trigger (a) vs floor 2 (d)`,
			rate(a),
			rate(d),
			`${format(ratio(result, 'a/d'), 2)} (a/d)`,
			target(goal === 'lazy' ? 'a/d ≥ 0.95, or a/b ≥ 0.9' : 'none'),
			goal === 'lazy' ? judged(ratio(result, 'a/d') >= 0.95 || ratio(result, 'a/b') >= 0.9) : '—',
		],
		[
			`${label}: ack p50 / p99 at ${result.connections} connections, RETM Trigger (a) vs floor 2 (d)`,
			`${ms(a.ackP50Ms)} / ${ms(a.ackP99Ms)}`,
			`${ms(d.ackP50Ms)} / ${ms(d.ackP99Ms)}`,
			times(a.ackP99Ms / d.ackP99Ms),
			'none (n8n saturates 2 cores at this load)',
			'—',
		],
		[
			`${label}: ack p50 / p99, one delivery at a time, RETM Trigger (a) vs Webhook node (b)`,
			`${ms(a.singleAckP50Ms)} / ${ms(a.singleAckP99Ms)}`,
			`${ms(b.singleAckP50Ms)} / ${ms(b.singleAckP99Ms)}`,
			times(a.singleAckP99Ms / b.singleAckP99Ms),
			target(goal === 'lazy' ? 'p99 < 50 ms' : 'none'),
			goal === 'lazy' ? judged(a.singleAckP99Ms < 50) : '—',
		],
	];
	return rows;
}

function figures(r) {
	const rows = [];
	for (const ingest of INGESTS) {
		if (r[ingest.key] && !r[ingest.key].error) rows.push(...ingestRows(r[ingest.key], ingest));
	}
	if (r.cpuShare && !r.cpuShare.error) {
		const c = r.cpuShare;
		rows.push([
			`CPU share inside n8n (lazy isolates): the package's code and the libraries it calls, of n8n's busy CPU time while it ingested ${format(c.deliveries)} RETM deliveries at ${c.connections} connections`,
			`${format(c.packagePercent, 2)} % (${format(c.selfPercent, 2)} % in its own lines); median of ${c.runs.length} runs: ${c.runs.map((run) => `${format(run, 2)} %`).join(', ')}`,
			`${format(c.busyMs / c.deliveries, 2)} ms of n8n's busy CPU per delivery; n8n's helpers the package calls (credential, parameters): ${format(c.helperPercent, 2)} %`,
			'—',
			'< 2 %',
			mark(c.packagePercent < 2),
		]);
	}
	if (r.handling && !r.handling.error) {
		const h = r.handling.perSecond;
		rows.push(
			[
				'Handling: deliveries/s on one core (auth, parse, schema, dedupe, output)',
				`${format(h.handling)}/s`,
				`${format(h.baseline)}/s (JSON.parse only)`,
				`${times(r.handling.slowdown)} slower`,
				'none (judged inside n8n: CPU share)',
				'—',
			],
			[
				`Handling with static data reloaded and saved per delivery, as n8n does (${format(r.handling.staticDataBytes / 1024, 1)} kB)`,
				`${format(h.reloaded)}/s`,
				`${format(h.copyOnly)}/s (parse + static-data copy only)`,
				`${times(r.handling.reloadedSlowdown)} slower`,
				'no target (explains ingest)',
				'—',
			],
		);
	}
	if (r.returnAll && !r.returnAll.error) {
		const { n8n, plain, helper } = r.returnAll.summary;
		rows.push(
			[
				`Return All: ${format(r.returnAll.customers)} customers, ${n8n.pages} pages, through n8n's engine`,
				ms(n8n.ms),
				`${ms(helper.ms)} (minimal node paging with n8n's own HTTP helper, same engine)`,
				times(r.returnAll.helperRatio),
				'≤ 1.05×',
				mark(r.returnAll.helperRatio <= 1.05),
			],
			[
				'Return All, diagnostic: the same against a plain fetch loop outside n8n',
				ms(n8n.ms),
				`${ms(plain.ms)} (plain fetch loop)`,
				times(r.returnAll.ratio),
				"none (n8n's engine and HTTP helper cost the rest)",
				'—',
			],
			[
				'Return All: peak RSS / peak heap above the start',
				`${format(n8n.peakRssDeltaMb, 1)} / ${format(n8n.peakHeapDeltaMb, 1)} MB`,
				`${format(plain.peakRssDeltaMb, 1)} / ${format(plain.peakHeapDeltaMb, 1)} MB`,
				times(n8n.peakHeapDeltaMb / plain.peakHeapDeltaMb),
				'bounded (≈ the items themselves)',
				'—',
			],
		);
	}
	if (r.weight && !r.weight.error) {
		const w = r.weight;
		rows.push(
			[
				'Weight: packed tarball',
				`${format(w.tarballBytes / 1024, 1)} kB, ${w.fileCount} files`,
				'—',
				'—',
				'< 300 kB',
				mark(w.tarballBytes < 300 * 1024),
			],
			[
				'Weight: runtime dependencies',
				String(w.runtimeDependencies.length),
				'—',
				'—',
				'0',
				mark(w.runtimeDependencies.length === 0),
			],
			[
				`Weight: require all ${w.nodeFiles} nodes and credentials, n8n-workflow and zod already loaded (as in n8n)`,
				ms(w.requireAllWithN8nLoadedMs),
				'—',
				'—',
				'< 100 ms',
				mark(w.requireAllWithN8nLoadedMs < 100),
			],
			[
				'Weight: the same, fully cold (n8n-workflow and zod loaded too)',
				ms(w.requireAllColdMs),
				`${ms(w.requireDepsOnlyMs)} (n8n-workflow + zod alone)`,
				times(w.requireAllColdMs / w.requireDepsOnlyMs),
				'none (n8n pays the baseline itself)',
				'—',
			],
		);
	}
	return rows;
}

function table(header, rows) {
	const line = (cells) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function write(m, r, loadAtEnd) {
	const load = (values) => values.map((value) => value.toFixed(2)).join(', ');
	const lines = [
		'# Benchmark results',
		'',
		'Written by `npm run bench` (bench/run.js); see bench/README.md for what each figure measures.',
		'Every figure is the median of several runs; each baseline is measured in the same run, alternating with it.',
		'',
		`- Date: ${m.date}`,
		`- Machine: ${m.cpu}, ${format(m.memoryGb, 1)} GB RAM, ${m.os}`,
		`- Load average (1, 5, 15 min) at start: ${load(m.loadAtStart)}; at end: ${load(loadAtEnd)}` +
			(m.loadAtStart[0] > os.cpus().length * 0.5
				? ` — **the machine was busy: treat these numbers as noisy**`
				: ''),
		`- Node: ${m.benchNode} (benchmarks, load generator), ${m.n8nNode} (n8n)`,
		`- n8n: ${m.n8nVersion}; package: ${m.packageVersion} at ${m.commit}${m.dirty ? ' with uncommitted changes' : ''}`,
		'',
		table(['Figure', 'This package', 'Baseline', 'Ratio', 'Target', ''], figures(r)),
		'',
	];
	if (r.ingest && !r.ingest.error) {
		const total = (field) => INGESTS.reduce((sum, { key }) => sum + (r[key]?.[field] ?? 0), 0);
		const env = Object.entries(r.ingest.env)
			.map(([k, v]) => `${k}=${v}`)
			.join(', ');
		lines.push(
			'## Ingest conditions',
			'',
			`One n8n ${m.n8nVersion} (SQLite, n8n's defaults otherwise), the four workflows published in it: ` +
				`(a) RETM Trigger, (b) n8n's Webhook node, (c) floor 1, a community trigger that only ` +
				`acknowledges, (d) floor 2, one that also checks a token against its credential (bench/floor), ` +
				`each followed by No Operation. ` +
				`Environment: ${env}. Load: autocannon, ${r.ingest.connections} connections, ` +
				`${r.ingest.durationSeconds} s per run, ${r.ingest.alternations} rounds (a b c d, d c b a, ...), ` +
				`then ${r.ingest.singleSeconds} s per side at one connection. Executions counted through n8n's ` +
				`public API after each run drained; executions/s = successful executions / (last execution's ` +
				`stop − load start). Over all ingest runs below, lost deliveries (answered 2xx, never ran): ${total('lost')}; ` +
				`requests cut off when a run stopped (sent, no answer): ${total('cutOffAtStop')}, ` +
				`of which n8n ran ${total('ranWithoutAnswer')}.`,
			'',
			table(
				[
					'Round',
					'Workflow',
					'Sent',
					'Answered 2xx',
					'Executions (success)',
					'Executions/s',
					'Ack p50',
					'Ack p99',
					'Non-2xx',
					'Errors',
				],
				[
					...INGESTS.flatMap(({ key, tag }) =>
						(r[key]?.runs ?? []).map((run) => ({
							...run,
							target: tag ? `${run.target} (${tag})` : run.target,
						})),
					),
				].map((run) => [
					run.round,
					run.target,
					run.sent,
					run.accepted,
					`${run.executions} (${run.succeeded})`,
					format(run.executionsPerSecond, 1),
					ms(run.ackP50Ms),
					ms(run.ackP99Ms),
					run.non2xx,
					run.errors,
				]),
			),
			'',
		);
	}
	const failed = Object.entries(r).filter(([, result]) => result.error);
	if (failed.length) {
		lines.push(
			'## Benchmarks that failed',
			'',
			...failed.map(([key, result]) => `- ${key}: ${result.error}`),
			'',
		);
	}
	lines.push(
		'## Durations',
		'',
		...Object.entries(r).map(([key, result]) => `- ${key}: ${format(result.seconds, 0)} s`),
		'',
	);
	// What the figures meant when they were last studied: written by hand, kept across runs.
	if (fs.existsSync(FINDINGS)) lines.push(fs.readFileSync(FINDINGS, 'utf8').trimEnd(), '');
	fs.writeFileSync(RESULTS, lines.join('\n'));
}

function main() {
	const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
	const m = machine();
	process.stderr.write(
		`[bench] load average at start: ${m.loadAtStart.map((v) => v.toFixed(2)).join(', ')}\n`,
	);
	const results = {};
	for (const bench of BENCHES) {
		if (only.length && !only.includes(bench.key)) continue;
		if (bench.diagnostic && process.env.BENCH_SKIP_DIAGNOSTIC === '1') continue;
		results[bench.key] = runBench(bench);
		if (results[bench.key].error)
			process.stderr.write(`[bench] ${bench.key} failed: ${results[bench.key].error}\n`);
	}
	write(m, results, os.loadavg());
	process.stderr.write(`\n[bench] wrote ${path.relative(ROOT, RESULTS)}\n`);
	process.stdout.write(fs.readFileSync(RESULTS, 'utf8'));
	process.exitCode = Object.values(results).some((result) => result.error) ? 1 : 0;
}

main();
