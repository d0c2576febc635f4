'use strict';
// Weight: the packed tarball (size, file count), runtime dependencies, and how long requiring every
// node and credential n8n loads from dist/ takes cold: a fresh Node process per measurement.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { median } = require('./lib/stats');
const { runMain, log } = require('./lib/report');

const say = log('weight');
const ROOT = path.resolve(__dirname, '..');
const ROUNDS = Number(process.env.BENCH_WEIGHT_ROUNDS ?? 7);

/** Requires `files` in a new process and prints how long that took; `preload` is required first, untimed. */
const PROBE = `
const { performance } = require('node:perf_hooks');
const [files, preload] = JSON.parse(process.argv[1]);
for (const name of preload) require(name);
const start = performance.now();
for (const file of files) require(file);
process.stdout.write(String(performance.now() - start));
`;

function coldRequireMs(files, preload = []) {
	const out = execFileSync(process.execPath, ['-e', PROBE, JSON.stringify([files, preload])], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return Number(out);
}

function pack() {
	const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const [report] = JSON.parse(out.slice(out.indexOf('[')));
	return report;
}

async function main() {
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const files = [...manifest.n8n.credentials, ...manifest.n8n.nodes].map((file) =>
		path.join(ROOT, file),
	);
	const missing = files.filter((file) => !fs.existsSync(file));
	if (missing.length) throw new Error(`Not built: ${missing.join(', ')} (run npm run build)`);

	const report = pack();
	// n8n has n8n-workflow and zod loaded long before it loads a community package.
	const inN8n = ['n8n-workflow', 'zod'];
	const cold = [];
	const warmDeps = [];
	const depsOnly = [];
	for (let round = 0; round < ROUNDS; round++) {
		cold.push(coldRequireMs(files));
		warmDeps.push(coldRequireMs(files, inN8n));
		// The baseline: what n8n-workflow and zod alone cost to load cold.
		depsOnly.push(coldRequireMs(inN8n));
	}
	const perFile = {};
	for (const file of files) {
		const times = [];
		for (let round = 0; round < 3; round++) times.push(coldRequireMs([file], inN8n));
		perFile[path.relative(ROOT, file)] = median(times);
	}
	const result = {
		name: 'weight',
		tarballBytes: report.size,
		unpackedBytes: report.unpackedSize,
		fileCount: report.entryCount,
		runtimeDependencies: Object.keys(manifest.dependencies ?? {}),
		nodeFiles: files.length,
		requireAllColdMs: median(cold),
		requireAllWithN8nLoadedMs: median(warmDeps),
		requireDepsOnlyMs: median(depsOnly),
		requirePerFileMs: perFile,
		rounds: { cold, warmDeps, depsOnly },
	};
	say(
		`tarball ${(result.tarballBytes / 1024).toFixed(1)} kB, ${result.fileCount} files, ` +
			`require all cold ${result.requireAllColdMs.toFixed(1)} ms ` +
			`(${result.requireAllWithN8nLoadedMs.toFixed(1)} ms with n8n-workflow and zod already loaded; ` +
			`those two alone ${result.requireDepsOnlyMs.toFixed(1)} ms)`,
	);
	return result;
}

if (require.main === module) runMain(main);
module.exports = { main };
