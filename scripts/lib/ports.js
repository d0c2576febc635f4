'use strict';
// Ports for throwaway servers: ask the OS for a free one, or check that a fixed one is really free,
// so two runs (an e2e run next to a demo) never collide.
const net = require('node:net');

function listenOnce(port, host) {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: bound } = server.address();
			server.close(() => resolve(bound));
		});
	});
}

/** A port the OS says is free right now on `host`. */
async function freePort(host = '127.0.0.1') {
	return await listenOnce(0, host);
}

/** Resolves with `port` if it is free on `host`; rejects with an error that says what to do if not. */
async function ensurePortFree(port, host = '127.0.0.1', envName = 'N8N_PORT') {
	try {
		return await listenOnce(port, host);
	} catch (error) {
		if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
			throw new Error(
				`Port ${port} on ${host} is taken (${error.code}). Stop whatever uses it, choose another port ` +
					`with ${envName}=<port>, or leave ${envName} unset to pick a free port automatically.`,
			);
		}
		throw error;
	}
}

module.exports = { freePort, ensurePortFree };
