'use strict';
// The package as npm packs it: what n8n's community installer will unpack.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const pkg = require(path.join(root, 'package.json'));

let packedFiles;
beforeAll(() => {
	execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	packedFiles = packed.files.map((file) => file.path);
}, 120000);

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
