'use strict';
// Starts the n8n the e2e files share: build, pack and install the package into a throwaway user
// folder, boot n8n, set up the owner and an API key. Test files run in other module registries, so
// they find this instance through environment variables (see ./n8n.js), not through shared objects.
//
// N8N_E2E_QUEUE_MODE=1 runs the same suite against n8n in queue mode (scripts/lib/queue-mode.js):
// Redis, PostgreSQL, n8n main (editor, API, test webhooks), one worker and one webhook process.
// Production webhook URLs then point at the webhook process (N8N_E2E_WEBHOOK_BASE_URL).
const { installPackage } = require('../../../scripts/lib/install-package');
const { startN8n } = require('../../../scripts/lib/n8n-instance');
const { startQueueCluster } = require('../../../scripts/lib/queue-mode');

module.exports = async function globalSetup() {
	// scripts/e2e.sh builds before jest starts and sets this, so the package is not built twice.
	const build = process.env.N8N_E2E_SKIP_BUILD !== '1';
	const beforeStart = (userFolder) => {
		installPackage(userFolder, { build });
	};
	const started = Date.now();
	const queueMode = process.env.N8N_E2E_QUEUE_MODE === '1';
	const cluster = queueMode ? await startQueueCluster({ beforeStart }) : undefined;
	const n8n = cluster ? cluster.main : await startN8n({ beforeStart });
	const seconds = Math.round((Date.now() - started) / 1000);
	process.stderr.write(
		cluster
			? `\n[e2e] n8n in queue mode ready in ${seconds}s: main ${n8n.baseUrl}, webhook process ${cluster.webhookBaseUrl}, ` +
					`one worker, Redis :${cluster.redis.port}, PostgreSQL :${cluster.postgres.port} (logs: ${n8n.userFolder}/n8n*.log)\n`
			: `\n[e2e] n8n ready at ${n8n.baseUrl} in ${seconds}s (log: ${n8n.logPath})\n`,
	);
	Object.assign(process.env, {
		N8N_E2E_BASE_URL: n8n.baseUrl,
		N8N_E2E_API_KEY: n8n.apiKey,
		N8N_E2E_COOKIE: n8n.cookie,
		N8N_E2E_USER_FOLDER: n8n.userFolder,
		N8N_E2E_MODE: queueMode ? 'queue' : 'regular',
		N8N_E2E_WEBHOOK_BASE_URL: cluster ? cluster.webhookBaseUrl : n8n.baseUrl,
	});
	// Global setup and teardown share this global; test files do not.
	globalThis.__N8N_E2E__ = n8n;
	globalThis.__N8N_E2E_CLUSTER__ = cluster;
};
