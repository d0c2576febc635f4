'use strict';
// Starts the one n8n the e2e files share: build, pack and install the package into a throwaway user
// folder, boot n8n, set up the owner and an API key. Test files run in other module registries, so
// they find this instance through environment variables (see ./n8n.js), not through shared objects.
const { installPackage } = require('../../../scripts/lib/install-package');
const { startN8n } = require('../../../scripts/lib/n8n-instance');

module.exports = async function globalSetup() {
	// scripts/e2e.sh builds before jest starts and sets this, so the package is not built twice.
	const build = process.env.N8N_E2E_SKIP_BUILD !== '1';
	const started = Date.now();
	const n8n = await startN8n({
		beforeStart: (userFolder) => {
			installPackage(userFolder, { build });
		},
	});
	process.stderr.write(
		`\n[e2e] n8n ready at ${n8n.baseUrl} in ${Math.round((Date.now() - started) / 1000)}s (log: ${n8n.logPath})\n`,
	);
	Object.assign(process.env, {
		N8N_E2E_BASE_URL: n8n.baseUrl,
		N8N_E2E_API_KEY: n8n.apiKey,
		N8N_E2E_COOKIE: n8n.cookie,
		N8N_E2E_USER_FOLDER: n8n.userFolder,
	});
	// Global setup and teardown share this global; test files do not.
	globalThis.__N8N_E2E__ = n8n;
};
