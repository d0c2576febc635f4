'use strict';

const { httpRequest } = require('./http-request');

const { sleep } = require('../../scripts/lib/process');
const delivered = (status) => status >= 200 && status < 300;

/**
 * Delivers webhooks the way RETM documents it: POST JSON with `Authorization: Bearer <token>`, a
 * deadline per attempt (10 s), retries when no 2xx arrives (3 after the first attempt), and once
 * every attempt has failed, an error webhook { code, endpoint, message } POSTed once to `errorUrl`
 * (code is the last HTTP status, or 0 when the last attempt got no answer at all).
 *
 * createWebhookSender({ token?, auth?, errorUrl?, retries = 3, retryDelayMs = 200, timeoutMs = 10000 })
 *   -> { send(url, body, options?), log }
 *
 * send options override the sender's settings for one delivery: token (null sends no Authorization
 * header), auth (how a Flavours-style delivery authenticates, see authHeader; it wins over token),
 * errorUrl (null sends no error webhook), retries, retryDelayMs, timeoutMs, plus contentType and
 * headers. A string or Buffer body is sent as is (for malformed-body tests): a Flavours envelope
 * { xid, action, timestamp, data } is built by the caller and sent as given.
 *
 * send resolves to { url, attempts: [{ status, body, error, ms }], delivered, errorWebhook? } and
 * never rejects. An attempt's status is 0 when no answer came (error says why); its body is the
 * answer, parsed when it is JSON. errorWebhook is { url, body (what was sent), status, response,
 * error, ms }. `log` keeps every attempt and error webhook of every send, in order, token redacted.
 */
function createWebhookSender(defaults = {}) {
	const settings = { retries: 3, retryDelayMs: 200, timeoutMs: 10000, ...defaults };
	const log = [];

	async function post(kind, url, body, options) {
		const headers = {
			'Content-Type': options.contentType ?? 'application/json',
			...options.headers,
		};
		const credential = authHeader(options);
		if (credential) headers[credential.name] = credential.value;
		const started = performance.now();
		const outcome = { status: 0, body: null, error: null, ms: 0 };
		try {
			const response = await httpRequest(url, {
				method: 'POST',
				headers,
				body: serialize(body),
				timeoutMs: options.timeoutMs,
			});
			outcome.status = response.status;
			outcome.body = response.json !== undefined ? response.json : response.text;
		} catch (error) {
			outcome.error =
				error.code === 'ETIMEDOUT' ? error.message : `${error.code ?? 'ERROR'}: ${error.message}`;
		}
		outcome.ms = Math.round(performance.now() - started);
		log.push({
			kind,
			url,
			at: new Date().toISOString(),
			request: { headers: redact(headers, authHeader(options)?.name), body },
			...outcome,
		});
		return outcome;
	}

	async function send(url, body, overrides = {}) {
		const options = { ...settings, ...overrides };
		const record = { url, attempts: [], delivered: false };

		for (let attempt = 0; attempt <= options.retries; attempt++) {
			if (attempt > 0) await sleep(options.retryDelayMs);
			const outcome = await post('delivery', url, body, options);
			record.attempts.push(outcome);
			if (delivered(outcome.status)) {
				record.delivered = true;
				return record;
			}
		}

		if (options.errorUrl) {
			const last = record.attempts[record.attempts.length - 1];
			const reason = last.error ?? `HTTP ${last.status}`;
			const payload = {
				code: last.status,
				endpoint: url,
				message: `Delivery failed after ${record.attempts.length} attempts: ${reason}`,
			};
			const outcome = await post('error-webhook', options.errorUrl, payload, {
				...options,
				contentType: undefined,
				headers: {},
			});
			record.errorWebhook = {
				url: options.errorUrl,
				body: payload,
				status: outcome.status,
				response: outcome.body,
				error: outcome.error,
				ms: outcome.ms,
			};
		}
		return record;
	}

	return { send, log };
}

function serialize(body) {
	return typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
}

/**
 * The header that authenticates a delivery, from `auth` (Flavours-style senders choose):
 * { type: 'bearer', token } | { type: 'header', name, value } | { type: 'basic', user, password }
 * | { type: 'none' }; without `auth`, `token` is a Bearer token as RETM sends it (null: none).
 */
function authHeader({ auth, token }) {
	if (!auth) return token === null || token === undefined ? null : bearer(token);
	if (auth.type === 'bearer') return bearer(auth.token);
	if (auth.type === 'header') return { name: auth.name, value: auth.value, scheme: '' };
	if (auth.type === 'basic') {
		const encoded = Buffer.from(`${auth.user}:${auth.password}`).toString('base64');
		return { name: 'Authorization', value: `Basic ${encoded}`, scheme: 'Basic ' };
	}
	if (auth.type === 'none') return null;
	throw new TypeError(`Unknown webhook auth type: ${auth.type}`);
}

const bearer = (token) => ({ name: 'Authorization', value: `Bearer ${token}`, scheme: 'Bearer ' });

// The log is for reading in test output, so no token or secret ever goes into it.
function redact(headers, name) {
	if (!name || headers[name] === undefined) return headers;
	const scheme = /^(Bearer|Basic) /.exec(headers[name])?.[0] ?? '';
	return { ...headers, [name]: `${scheme}[redacted]` };
}

module.exports = { createWebhookSender };
