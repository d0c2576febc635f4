'use strict';
// The package as npm packs it: what n8n's community installer will unpack, and what the README's manual
// install (servers without internet) puts in n8n's nodes folder.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const pkg = require(path.join(root, 'package.json'));

let packDir;
let tarball;
let packedFiles;
beforeAll(() => {
	try {
		execFileSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
	} catch (error) {
		// tsc reports on stdout.
		throw new Error(`npm run build failed:\n${error.stdout}${error.stderr}`);
	}
	packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'package-test-'));
	const out = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	// npm prints the JSON report after anything a lifecycle script printed; the report is the last array.
	const [packed] = JSON.parse(out.slice(out.indexOf('[')));
	tarball = path.join(packDir, packed.filename);
	packedFiles = packed.files.map((file) => file.path);
}, 120000);

afterAll(() => {
	if (packDir) fs.rmSync(packDir, { recursive: true, force: true });
});

test('has no runtime dependencies and takes n8n-workflow from n8n', () => {
	expect(pkg.dependencies ?? {}).toEqual({});
	expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
	expect(pkg.keywords).toContain('n8n-community-node-package');
	expect(pkg.name).toMatch(/^n8n-nodes-/);
	expect(pkg.n8n).toMatchObject({ n8nNodesApiVersion: 1, strict: true });
});

test('every node and credential n8n is told about is packed', () => {
	const listed = [...pkg.n8n.nodes, ...pkg.n8n.credentials];
	expect(listed.length).toBeGreaterThan(1);
	for (const file of listed) expect(packedFiles).toContain(file);
});

test('each packed node has its codex file and both icons', () => {
	for (const nodeFile of pkg.n8n.nodes) {
		expect(packedFiles).toContain(nodeFile.replace(/\.js$/, '.json'));
		const NodeClass = Object.values(require(path.join(root, nodeFile)))[0];
		const { icon } = new NodeClass().description;
		for (const variant of [icon.light, icon.dark]) {
			const iconPath = path.join(path.dirname(nodeFile), variant.replace(/^file:/, ''));
			expect(packedFiles).toContain(path.normalize(iconPath));
		}
	}
});

test('packs only dist, the entry point and the docs: no sources, tests or modules', () => {
	const stray = packedFiles.filter(
		(file) => !/^(dist\/|index\.js$|package\.json$|README\.md$|LICENSE$)/.test(file),
	);
	expect(stray).toEqual([]);
	expect(packedFiles.some((file) => file.includes('node_modules'))).toBe(false);
	expect(packedFiles.some((file) => file.endsWith('.ts'))).toBe(false);
});

test('the codex files name the node types users get', () => {
	for (const nodeFile of pkg.n8n.nodes) {
		const codex = JSON.parse(fs.readFileSync(path.join(root, nodeFile.replace(/\.js$/, '.json'))));
		const NodeClass = Object.values(require(path.join(root, nodeFile)))[0];
		expect(codex.node).toBe(`${pkg.name}.${new NodeClass().description.name}`);
	}
});

/** The shell block the README gives for installing the tarball by hand, e.g. on a server without internet. */
function readmeManualInstall() {
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	const section = readme.slice(readme.indexOf('**Manually, for servers without internet**'));
	const block = /```bash\n([\s\S]*?)```/.exec(section);
	if (!block)
		throw new Error('README.md has no bash block under "Manually, for servers without internet"');
	return block[1];
}

test("the README's manual install works without a registry and adds no copy of n8n's own modules", () => {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'manual-install-'));
	try {
		const nodesDir = path.join(home, '.n8n', 'nodes');
		// The user copied the tarball into n8n's nodes folder, as the README says.
		fs.mkdirSync(nodesDir, { recursive: true });
		fs.copyFileSync(tarball, path.join(nodesDir, path.basename(tarball)));
		// A node_modules higher up is where npm would install if it did not treat the nodes folder as the project.
		fs.mkdirSync(path.join(home, 'node_modules'));

		// The server: a fresh npm cache and a registry that refuses every connection (nothing listens on port 9).
		const env = Object.fromEntries(
			Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
		);
		Object.assign(env, {
			HOME: home,
			npm_config_registry: 'http://127.0.0.1:9/',
			npm_config_fetch_retries: '0',
			npm_config_update_notifier: 'false',
		});
		const script = readmeManualInstall().replaceAll('<version>', pkg.version);
		try {
			execFileSync('bash', ['-euo', 'pipefail', '-c', script], {
				cwd: home,
				env,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
				timeout: 60000,
			});
		} catch (error) {
			throw new Error(
				`The README's manual install failed:\n${script}\n${error.stderr ?? error.message}`,
			);
		}

		const installed = path.join(nodesDir, 'node_modules', pkg.name);
		expect(JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version).toBe(
			pkg.version,
		);
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			expect(fs.existsSync(path.join(installed, file))).toBe(true);
		}
		// Only the package: n8n-workflow and zod come from n8n, never a second copy beside the package.
		expect(
			fs.readdirSync(path.join(nodesDir, 'node_modules')).filter((name) => !name.startsWith('.')),
		).toEqual([pkg.name]);
		expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false);
		expect(fs.readdirSync(path.join(home, 'node_modules'))).toEqual([]);
	} finally {
		fs.rmSync(home, { recursive: true, force: true });
	}
});
