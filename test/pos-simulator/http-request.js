'use strict';

const http = require('node:http');
const https = require('node:https');

/**
 * One HTTP exchange with a deadline, no connection pooling (so nothing stays open after a test)
 * and no opinion about status codes: a 500 resolves like a 200. Network failures and the deadline
 * reject with an Error whose `code` is the socket's (ECONNRESET, ECONNREFUSED, ...) or 'ETIMEDOUT'.
 *
 * `body` may be a string or Buffer (sent as is) or any other value (sent as JSON).
 * Resolves to { status, headers, text, json, ms }; `json` is undefined when the answer is not JSON.
 */
function httpRequest(url, { method = 'GET', headers = {}, body, timeoutMs = 10000 } = {}) {
	const target = new URL(url);
	const transport = target.protocol === 'https:' ? https : http;
	const outgoing = { ...headers };
	let payload;
	if (body !== undefined) {
		const raw = typeof body === 'string' || Buffer.isBuffer(body);
		payload = raw ? body : JSON.stringify(body);
		if (!raw && !hasHeader(outgoing, 'content-type')) outgoing['Content-Type'] = 'application/json';
		outgoing['Content-Length'] = Buffer.byteLength(payload);
	}

	const started = performance.now();
	return new Promise((resolve, reject) => {
		const request = transport.request(target, { method, headers: outgoing, agent: false });
		const timer = setTimeout(() => {
			const error = new Error(`timed out after ${timeoutMs} ms`);
			error.code = 'ETIMEDOUT';
			request.destroy(error);
		}, timeoutMs);
		const fail = (error) => {
			clearTimeout(timer);
			reject(error);
		};

		request.on('error', fail);
		request.on('response', (response) => {
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('error', fail);
			response.on('aborted', () =>
				fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
			);
			response.on('end', () => {
				clearTimeout(timer);
				const text = Buffer.concat(chunks).toString('utf8');
				resolve({
					status: response.statusCode,
					headers: response.headers,
					text,
					json: parseJson(text),
					ms: Math.round(performance.now() - started),
				});
			});
		});
		request.end(payload);
	});
}

function hasHeader(headers, name) {
	return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

module.exports = { httpRequest };
