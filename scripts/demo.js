'use strict';
// `npm run demo`: a local n8n with this package loaded, ready to click through in the browser.
// Runs until Ctrl-C; n8n is stopped with it (scripts/lib/n8n-instance.js handles the signal).
const { installPackage } = require('./lib/install-package');
const { startN8n } = require('./lib/n8n-instance');
const { ensurePortFree, freePort } = require('./lib/ports');

const PREFERRED_PORT = 5678;

/** N8N_PORT if set (an error if taken); else n8n's usual 5678 when free, so bookmarks keep working. */
async function choosePort() {
	if (process.env.N8N_PORT) return await ensurePortFree(Number(process.env.N8N_PORT));
	try {
		return await ensurePortFree(PREFERRED_PORT);
	} catch {
		return await freePort();
	}
}

async function main() {
	const port = await choosePort();
	console.log(
		`Starting n8n on port ${port} with the package loaded (about a minute on the first run)...`,
	);
	const n8n = await startN8n({
		port,
		// scripts/demo.sh builds before starting us and sets DEMO_SKIP_BUILD.
		beforeStart: (userFolder) => {
			installPackage(userFolder, { build: process.env.DEMO_SKIP_BUILD !== '1' });
		},
	});
	// ---------------------------------------------------------------------------------------------
	// DEMO CONTENT (to be finished): with `const wf = require('./lib/workflows').workflowHelpers(n8n)`,
	// start the POS simulator (test/pos-simulator), create the RETM credential pointing at it
	// (wf.createCredential), import the example workflows from examples/ (wf.importWorkflow with
	// { credentials }), publish them (wf.activate, then wf.waitForWebhook), and let the simulator's
	// webhook sender deliver sample events to their production URLs (wf.webhookUrl).
	// ---------------------------------------------------------------------------------------------

	console.log(`
n8n is running with n8n-nodes-restaurant-pos loaded.

  Editor:    ${n8n.editorUrl}
  Email:     ${n8n.owner.email}
  Password:  ${n8n.owner.password}

  n8n log:   ${n8n.logPath}
  (a throwaway instance: its data is deleted on exit; N8N_KEEP_USER_FOLDER=1 keeps it)

Press Ctrl-C to stop.`);
	process.once('SIGINT', () => console.log('\nStopping n8n...'));

	// If n8n dies on its own, say so and stop rather than hang.
	n8n.child.once('exit', (code, signal) => {
		if (n8n.stopped) return;
		console.error(
			`n8n exited (code ${code}, signal ${signal}). Last lines of its log:\n${n8n.logTail(40)}`,
		);
		process.exit(1);
	});
}

main().catch((error) => {
	console.error(error.message);
	process.exit(1);
});
