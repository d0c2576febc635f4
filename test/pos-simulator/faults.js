'use strict';

// Laravel's wording, which both platforms' error bodies follow.
const DEFAULT_MESSAGES = {
	429: 'Too Many Attempts.',
	500: 'Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

function checkSpec(spec) {
	const problems = [];
	const { status, delayMs, drop, after, retryAfter, times = 1 } = spec;
	if (status === undefined && delayMs === undefined && !drop) {
		problems.push('give at least one of status, delayMs or drop');
	}
	if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
		problems.push('status must be an HTTP error status (400..599)');
	}
	if (status !== undefined && drop) problems.push('status and drop cannot be combined');
	if (delayMs !== undefined && !(Number.isFinite(delayMs) && delayMs >= 0)) {
		problems.push('delayMs must be a number of milliseconds');
	}
	if (after && status === undefined && !drop) problems.push('after needs status or drop');
	if (retryAfter !== undefined && status === undefined) problems.push('retryAfter needs a status');
	if (!(Number.isInteger(times) && times >= 1)) problems.push('times must be a whole number >= 1');
	if (problems.length)
		throw new TypeError(`Invalid fault ${JSON.stringify(spec)}: ${problems.join('; ')}`);
}

function retryAfterHeader(value) {
	if (value instanceof Date) return value.toUTCString();
	return String(value);
}

/**
 * Switchable failures for a simulator. A test queues a fault; the next `times` requests that match
 * its `path` (exact pathname) and `method` (both optional) get it, first queued first served.
 *
 * Fault spec: { status?, retryAfter?, body?, delayMs?, drop?, after?, times = 1, path?, method? }
 * - status: answer this error instead of running the handler (body defaults to { message }).
 * - retryAfter: the Retry-After header: seconds ('1' or 1) or a Date / HTTP-date string.
 * - delayMs: wait this long first (alone it just makes the real answer slow).
 * - drop: destroy the socket without answering (the client sees a connection reset).
 * - after: run the handler first (the store changes), then answer with `status` or `drop` anyway.
 */
function createFaults() {
	const queued = [];
	const waits = new Set();

	function queue(spec) {
		checkSpec(spec);
		const fault = { times: 1, ...spec, remaining: spec.times ?? 1, hits: 0 };
		queued.push(fault);
		return fault;
	}

	function take(method, path) {
		const fault = queued.find(
			(entry) => (!entry.path || entry.path === path) && (!entry.method || entry.method === method),
		);
		if (!fault) return null;
		fault.hits++;
		if (--fault.remaining === 0) queued.splice(queued.indexOf(fault), 1);
		return fault;
	}

	// Timers a closing server can cut short, so a pending slow answer never keeps the process alive.
	function wait(ms) {
		return new Promise((resolve) => {
			const entry = { resolve, timer: setTimeout(() => finish(entry), ms) };
			waits.add(entry);
		});
	}
	function finish(entry) {
		clearTimeout(entry.timer);
		waits.delete(entry);
		entry.resolve();
	}
	const cancelWaits = () => [...waits].forEach(finish);

	return {
		queue,
		take,
		wait,
		cancelWaits,
		pending: () => queued.map((fault) => ({ ...fault })),
		clear: () => {
			queued.length = 0;
		},
	};
}

// The HTTP answer for a status fault; the platform's `errorBody(status, message)` makes the body.
function faultResponse(fault, errorBody) {
	const headers = {};
	if (fault.retryAfter !== undefined) headers['Retry-After'] = retryAfterHeader(fault.retryAfter);
	const message = DEFAULT_MESSAGES[fault.status] ?? 'Simulated failure';
	return { status: fault.status, headers, body: fault.body ?? errorBody(fault.status, message) };
}

module.exports = { createFaults, faultResponse };
