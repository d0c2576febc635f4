'use strict';

const http = require('node:http');
const { faultResponse } = require('./faults');

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The HTTP plumbing every platform simulator shares: record the request, apply a queued fault,
 * check auth, route, answer JSON. What differs per platform comes in as functions:
 *
 * - authorize(request) -> null when allowed, else the response to send ({ status, body, headers? })
 * - errorBody(status, message) -> the platform's error body
 * - context: passed to every handler as `{ ...context, params, query, body, request }`
 *
 * Handlers return { status = 200, body, headers? } (or a promise of it).
 * Resolves to { url, port, requests, close() } once listening.
 */
async function startSimulatorServer({ host, port, router, faults, authorize, errorBody, context }) {
	const requests = [];
	const sockets = new Set();

	const server = http.createServer((request, response) => {
		handle(request, response).catch((error) => {
			if (!response.headersSent && !response.destroyed) {
				send(response, { status: 500, body: errorBody(500, `Simulator error: ${error.message}`) });
			}
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	async function handle(request, response) {
		const url = new URL(request.url, 'http://simulator.local');
		const record = {
			method: request.method,
			path: url.pathname,
			query: queryObject(url.searchParams),
			body: undefined,
			headers: redactAuthorization(request.headers),
			at: new Date().toISOString(),
			status: null,
			dropped: false,
			fault: null,
		};
		requests.push(record);

		const raw = await readBody(request);
		const parsed = raw === null ? { ok: false } : parseJson(raw);
		record.body = parsed.ok ? parsed.value : raw || undefined;

		const fault = faults.take(record.method, record.path);
		if (fault) record.fault = describeFault(fault);
		if (fault?.delayMs) await faults.wait(fault.delayMs);
		// A fault with neither drop nor status only delays; the real answer follows.
		const interrupts = fault && (fault.drop || fault.status !== undefined);
		if (interrupts && !fault.after) return answerFault(fault, response, record);

		const answer = await respond(request, url, raw, parsed, record);
		if (interrupts) return answerFault(fault, response, record);
		record.status = answer.status ?? 200;
		send(response, answer);
	}

	function answerFault(fault, response, record) {
		if (fault.drop) {
			record.dropped = true;
			response.socket?.destroy();
			return;
		}
		const answer = faultResponse(fault, errorBody);
		record.status = answer.status;
		send(response, answer);
	}

	async function respond(request, url, raw, parsed, record) {
		if (raw === null)
			return { status: 413, body: errorBody(413, 'The request body is too large.') };
		const denied = authorize(request);
		if (denied) return denied;

		const found = router.match(record.method, record.path);
		if (!found)
			return {
				status: 404,
				body: errorBody(404, `The route ${record.path.slice(1)} could not be found.`),
			};
		if (found.allowed) {
			const allowed = found.allowed.join(', ');
			const route = record.path.slice(1);
			return {
				status: 405,
				headers: { Allow: allowed },
				body: errorBody(
					405,
					`The ${record.method} method is not supported for route ${route}. ` +
						`Supported methods: ${allowed}.`,
				),
			};
		}
		if (raw && !parsed.ok && record.method !== 'GET') {
			return { status: 400, body: errorBody(400, 'The request body is not valid JSON.') };
		}

		return found.route.handler({
			...context,
			params: found.params,
			query: record.query,
			body: parsed.ok ? parsed.value : {},
			request,
		});
	}

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const actualPort = server.address().port;

	return {
		url: `http://${host}:${actualPort}`,
		port: actualPort,
		requests,
		close() {
			faults.cancelWaits();
			for (const socket of sockets) socket.destroy();
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

function send(response, { status = 200, headers = {}, body }) {
	if (response.destroyed || response.headersSent) return;
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type':
			typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
		...headers,
	});
	response.end(text);
}

// Resolves to the body as text, or null when it is larger than MAX_BODY_BYTES.
function readBody(request) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		request.on('data', (chunk) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
		});
		request.on('end', () =>
			resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')),
		);
		request.on('error', reject);
	});
}

function parseJson(text) {
	if (!text) return { ok: false };
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false };
	}
}

// Repeated keys (includes[]=a&includes[]=b) become arrays; everything else stays a string.
function queryObject(searchParams) {
	const query = {};
	for (const key of new Set(searchParams.keys())) {
		const values = searchParams.getAll(key);
		query[key] = values.length > 1 ? values : values[0];
	}
	return query;
}

// Tests may look at how a client authenticated (the scheme) but the token itself is never kept.
function redactAuthorization(headers) {
	const copy = { ...headers };
	if (copy.authorization !== undefined) {
		const scheme = /^(\S+)\s+\S/.exec(copy.authorization);
		copy.authorization = scheme ? `${scheme[1]} [redacted]` : '[redacted]';
	}
	return copy;
}

function describeFault(fault) {
	const { status, retryAfter, delayMs, drop, after } = fault;
	return Object.fromEntries(
		Object.entries({ status, retryAfter, delayMs, drop, after }).filter(
			([, value]) => value !== undefined,
		),
	);
}

module.exports = { startSimulatorServer };
