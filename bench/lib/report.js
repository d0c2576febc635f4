'use strict';
// How a benchmark script hands its figures to bench/run.js: one JSON line on stdout, prefixed so that
// anything else a library prints there cannot be mistaken for it. Progress goes to stderr.

const PREFIX = 'BENCH-RESULT ';

/** Prints the result line and exits 0, or prints the error and exits 1. */
function runMain(main) {
	main()
		.then((result) => {
			process.stdout.write(`${PREFIX}${JSON.stringify(result)}\n`);
			process.exit(0);
		})
		.catch((error) => {
			process.stderr.write(`${error.stack ?? error}\n`);
			process.exit(1);
		});
}

/** The result object from a child's stdout, or undefined if it printed none. */
function parseResult(stdout) {
	const line = stdout
		.split('\n')
		.reverse()
		.find((text) => text.startsWith(PREFIX));
	return line ? JSON.parse(line.slice(PREFIX.length)) : undefined;
}

const log = (name) => (message) => process.stderr.write(`[bench:${name}] ${message}\n`);

module.exports = { runMain, parseResult, log };
