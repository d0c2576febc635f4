'use strict';

// node test/pos-simulator/cli.js [--port 4010] [--host 127.0.0.1] [--token sim-access-token]
//                                 [--flavours-port 4011] [--flavours-token sim-flavours-token]
//                                 [--customers 10000]
// Starts the RETM and Flavours simulators (for manual poking). stdout has two lines a script can
// read: the RETM URL (a RETM credential's Custom Base URL), then the Flavours API URL (a Flavours
// credential's Custom Base URL, ending in /api/v2). Everything else goes to stderr.

const { parseArgs } = require('node:util');
const { startRetmSimulator } = require('./retm/server');
const { startFlavoursSimulator } = require('./flavours/server');

async function main() {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4010' },
			host: { type: 'string', default: '127.0.0.1' },
			token: { type: 'string', default: process.env.RETM_SIM_TOKEN ?? 'sim-access-token' },
			'flavours-port': { type: 'string', default: '4011' },
			'flavours-token': {
				type: 'string',
				default: process.env.FLAVOURS_SIM_TOKEN ?? 'sim-flavours-token',
			},
			customers: { type: 'string', default: '10000' },
		},
	});

	const started = [];
	const stop = async (code) => {
		await Promise.allSettled(started.map((simulator) => simulator.close()));
		process.exit(code);
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));

	try {
		const retm = await startRetmSimulator({
			port: Number(values.port),
			host: values.host,
			accessToken: values.token,
			customers: Number(values.customers),
		});
		started.push(retm);
		const flavours = await startFlavoursSimulator({
			port: Number(values['flavours-port']),
			host: values.host,
			accessToken: values['flavours-token'],
			customers: Number(values.customers),
		});
		started.push(flavours);

		process.stdout.write(`${retm.url}\n${flavours.apiUrl}\n`);
		process.stderr.write(
			`RETM simulator: ${retm.url} (API at ${retm.apiUrl}), Bearer token ${values.token}, ` +
				`${retm.store.customers.length} customers.\n` +
				`Flavours simulator: API at ${flavours.apiUrl}, Bearer token ${values['flavours-token']}, ` +
				`${flavours.store.customers.length} customers.\n` +
				'Ctrl+C stops both.\n',
		);
	} catch (error) {
		process.stderr.write(`The simulators could not start: ${error.message}\n`);
		await stop(1);
	}
}

main();
