'use strict';
// Jest's node environment, except that what a test writes to the console (n8n's winston logger among
// it: n8n-core logs every node error it handles) is held back and printed only when that test fails,
// so a green run shows results, not hundreds of expected error lines.
const { TestEnvironment } = require('jest-environment-node');

const METHODS = ['log', 'info', 'warn', 'error', 'debug'];

class QuietConsoleEnvironment extends TestEnvironment {
	async setup() {
		await super.setup();
		// Jest has put its own console on the global by now; keep it to print a failed test's lines.
		const testConsole = this.global.console;
		this.held = undefined;
		const quiet = Object.create(testConsole);
		for (const method of METHODS) {
			quiet[method] = (...args) => {
				if (this.held) this.held.push([method, args]);
				else testConsole[method](...args);
			};
		}
		// winston writes to console._stdout/_stderr directly when the console has them.
		for (const stream of ['_stdout', '_stderr']) {
			const target = testConsole[stream];
			if (!target) continue;
			quiet[stream] = {
				write: (chunk) => {
					if (this.held) this.held.push([stream, [chunk]]);
					else target.write(chunk);
					return true;
				},
			};
		}
		this.testConsole = testConsole;
		this.global.console = quiet;
	}

	async handleTestEvent(event) {
		if (event.name === 'test_start') this.held = [];
		if (event.name === 'test_done') {
			const held = this.held ?? [];
			this.held = undefined;
			if (event.test.errors.length) {
				for (const [method, args] of held) {
					if (method.startsWith('_')) this.testConsole[method].write(...args);
					else this.testConsole[method](...args);
				}
			}
		}
	}
}

module.exports = QuietConsoleEnvironment;
