'use strict';
// Puts this package into an n8n user folder exactly as n8n's community-package installer leaves it:
// the packed tarball's contents in <user folder>/.n8n/nodes/node_modules/<name>, no node_modules of its own,
// and a package.json without dev or peer dependencies. n8n then finds it by scanning for n8n-nodes-*.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function run(command, args, cwd) {
	// Output goes to our stderr so a failing build shows its compiler errors.
	return execFileSync(command, args, {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
}

/** Runs `npm run build` (tsc + gulp) in the package root. */
function buildPackage() {
	run('npm', ['run', '--silent', 'build'], ROOT);
	process.stderr.write('[install-package] built dist/\n');
}

/** Packs the package into a tarball inside `destDir` and returns the tarball's path. */
function packPackage(destDir) {
	const out = run('npm', ['pack', '--json', '--pack-destination', destDir], ROOT);
	// npm prints the JSON report after anything a lifecycle script printed; the report is the last array.
	const [report] = JSON.parse(out.slice(out.indexOf('[')));
	return path.join(destDir, report.filename);
}

/**
 * Builds (unless `build: false`), packs and unpacks the package into `userFolder`.
 * @returns {{ name: string, version: string, dir: string }}
 */
function installPackage(userFolder, { build = true } = {}) {
	if (build) buildPackage();
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pack-'));
	try {
		const tarball = packPackage(workDir);
		run('tar', ['-xzf', tarball, '-C', workDir], ROOT);
		const unpacked = path.join(workDir, 'package');
		const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));

		const nodesDir = path.join(userFolder, '.n8n', 'nodes');
		const dir = path.join(nodesDir, 'node_modules', manifest.name);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(path.dirname(dir), { recursive: true });
		fs.cpSync(unpacked, dir, { recursive: true });

		// What npm leaves after installing from the registry: the runtime manifest only.
		delete manifest.devDependencies;
		delete manifest.peerDependencies;
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
		// n8n scans node_modules/n8n-nodes-* and would create this file itself; writing it keeps the
		// folder identical to an installed one, where it records the installed packages for npm.
		const installed = {
			name: 'installed-nodes',
			private: true,
			dependencies: { [manifest.name]: manifest.version },
		};
		fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify(installed, null, 2));
		return { name: manifest.name, version: manifest.version, dir };
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
}

module.exports = { buildPackage, packPackage, installPackage };
