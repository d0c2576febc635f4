'use strict';
// The n8n the browser suite drives, set up the way a user's is: the package is NOT preinstalled; it is
// packed, published to a local registry (verdaccio) and later installed by name through n8n's own
// community-package installer. n8n 2.x honours N8N_COMMUNITY_PACKAGES_REGISTRY only with an enterprise
// licence, so n8n keeps its default registry and reaches it through the local registry.npmjs.org
// stand-in (scripts/lib/local-registry.js): the unlicensed path every self-hosted user takes.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { buildPackage, packPackage } = require('../../../scripts/lib/install-package');
const { startLocalRegistry } = require('../../../scripts/lib/local-registry');
const { startN8n } = require('../../../scripts/lib/n8n-instance');
const { workflowHelpers } = require('../../../scripts/lib/workflows');

const PACKAGE = require('../../../package.json');

/**
 * Builds (unless N8N_E2E_SKIP_BUILD=1), packs and publishes the package, then starts n8n without it.
 * @returns {Promise<{ n8n: object, wf: object, registry: object, npmjs: object,
 *   packageName: string, packageVersion: string, stop(): Promise<void> }>}
 */
async function startN8nWithRegistry() {
	if (process.env.N8N_E2E_SKIP_BUILD !== '1') buildPackage();
	const registry = await startLocalRegistry();
	let n8n;
	try {
		const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-browser-pack-'));
		try {
			registry.publish(packPackage(packDir));
		} finally {
			fs.rmSync(packDir, { recursive: true, force: true });
		}
		const npmjs = await registry.npmjsProxy();
		n8n = await startN8n({
			env: {
				...npmjs.env,
				N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
				N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			},
		});
		const started = n8n;
		return {
			n8n,
			wf: workflowHelpers(n8n),
			registry,
			npmjs,
			packageName: PACKAGE.name,
			packageVersion: PACKAGE.version,
			async stop() {
				await started.stop();
				await registry.stop();
			},
		};
	} catch (error) {
		if (n8n) await n8n.stop();
		await registry.stop();
		throw error;
	}
}

module.exports = { startN8nWithRegistry };
