'use strict';
// Stops the shared n8n. Set N8N_KEEP_USER_FOLDER=1 to keep its user folder (database and n8n.log) for a look.
module.exports = async function globalTeardown() {
	const n8n = globalThis.__N8N_E2E__;
	if (!n8n) return;
	await n8n.stop();
	if (process.env.N8N_KEEP_USER_FOLDER === '1') {
		process.stderr.write(`[e2e] kept n8n user folder ${n8n.userFolder}\n`);
	}
};
