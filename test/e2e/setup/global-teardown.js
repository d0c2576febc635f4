'use strict';
// Stops the shared n8n (in queue mode: webhook process, worker, main, PostgreSQL and Redis).
// Set N8N_KEEP_USER_FOLDER=1 to keep its user folder (database and n8n logs) for a look.
module.exports = async function globalTeardown() {
	const n8n = globalThis.__N8N_E2E__;
	const cluster = globalThis.__N8N_E2E_CLUSTER__;
	if (cluster) await cluster.stop();
	else if (n8n) await n8n.stop();
	if (n8n && process.env.N8N_KEEP_USER_FOLDER === '1') {
		process.stderr.write(`[e2e] kept n8n user folder ${n8n.userFolder}\n`);
	}
};
