'use strict';

// node test/pos-simulator/cli.js [--port 4010] [--host 127.0.0.1] [--token sim-access-token]
//                                 [--customers 10000]
// Starts the RETM simulator on its own (for `npm run demo` and manual poking). Its URL is printed
// alone on the first line of stdout, so a script can read it; everything else goes to stderr.

const { parseArgs } = require('node:util');
const { startRetmSimulator } = require('./retm/server');

async function main() {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4010' },
			host: { type: 'string', default: '127.0.0.1' },
			token: { type: 'string', default: process.env.RETM_SIM_TOKEN ?? 'sim-access-token' },
			customers: { type: 'string', default: '10000' },
		},
	});

	const simulator = await startRetmSimulator({
		port: Number(values.port),
		host: values.host,
		accessToken: values.token,
		customers: Number(values.customers),
	});
	process.stdout.write(`${simulator.url}\n`);
	process.stderr.write(
		`RETM simulator: API at ${simulator.apiUrl} (Bearer token required), ` +
			`${simulator.store.customers.length} customers. Ctrl+C stops it.\n`,
	);

	const stop = async () => {
		await simulator.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`RETM simulator could not start: ${error.message}\n`);
	process.exit(1);
});
