'use strict';

const http = require('node:http');

/**
 * A local endpoint that records every request and answers as a test scripts it: a stand-in for the
 * n8n webhook URL (or an error-webhook URL) when testing a sender.
 *
 * startRecordingReceiver({ respond?(received, index) -> { status = 200, body?, delayMs?, drop? } })
 *   -> { url, received: [{ method, path, headers, text, json, at }], close() }
 */
async function startRecordingReceiver({
	respond = () => ({ status: 200, body: { ok: true } }),
} = {}) {
	const received = [];
	const sockets = new Set();
	const timers = new Set();

	const server = http.createServer((request, response) => {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			const entry = {
				method: request.method,
				path: request.url,
				headers: request.headers,
				text,
				json: parseJson(text),
				at: Date.now(),
			};
			received.push(entry);
			const plan = respond(entry, received.length - 1) ?? {};
			const answer = () => {
				if (plan.drop) return request.socket.destroy();
				if (response.destroyed) return;
				const status = plan.status ?? 200;
				const body = plan.body === undefined ? '' : JSON.stringify(plan.body);
				response.writeHead(status, { 'Content-Type': 'application/json' });
				response.end(body);
			};
			if (!plan.delayMs) return answer();
			const timer = setTimeout(() => {
				timers.delete(timer);
				answer();
			}, plan.delayMs);
			timers.add(timer);
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		received,
		close() {
			timers.forEach(clearTimeout);
			sockets.forEach((socket) => socket.destroy());
			return new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

module.exports = { startRecordingReceiver };
