'use strict';
// Waiting and child processes, for every helper in scripts/lib.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `signal` to `target` (a pid; negative for a whole process group), if it is still there. */
function signalProcess(target, signal) {
	try {
		process.kill(target, signal);
	} catch {
		// Already gone.
	}
}

/** Sends `signal` to the process group a detached child leads. */
const signalGroup = (child, signal) => signalProcess(-child.pid, signal);

const running = (child) => child.exitCode === null && child.signalCode === null;

/**
 * Sends `signal` to `target` (the child's whole group by default) and waits for the child to exit,
 * sending the group SIGKILL if it is still running after `graceMs`.
 */
async function stopChild(child, exited, { graceMs, signal = 'SIGTERM', target = -child.pid }) {
	if (!running(child)) return;
	signalProcess(target, signal);
	const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
}

/** When a child has exited. */
const exitOf = (child) => new Promise((resolve) => child.once('exit', resolve));

module.exports = { sleep, signalProcess, signalGroup, stopChild, exitOf, running };
