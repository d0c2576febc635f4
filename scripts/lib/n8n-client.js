'use strict';
// Talks to a running n8n: its public API (/api/v1, API key) and its internal REST API (/rest, login cookie).
// Kept apart from n8n-instance.js so tests can reconnect to the instance that jest's global setup started.
const { sleep } = require('./process');

class N8nRequestError extends Error {
	constructor(method, url, status, body) {
		const detail = typeof body === 'string' ? body : JSON.stringify(body);
		super(`${method} ${url} answered ${status}: ${String(detail).slice(0, 500)}`);
		this.status = status;
		this.body = body;
	}
}

async function readBody(res) {
	const text = await res.text();
	try {
		return text ? JSON.parse(text) : undefined;
	} catch {
		return text;
	}
}

const DB_NOT_READY_PATIENCE_MS = 120_000;

const isDatabaseNotReady = ({ res, body }) =>
	res.status === 503 && /database is not ready/i.test(JSON.stringify(body ?? ''));

/**
 * @param {{ baseUrl: string, apiKey?: string, cookie?: string }} options
 */
function connect({ baseUrl, apiKey, cookie }) {
	const client = { baseUrl, apiKey, cookie };

	async function send(method, url, body, headers) {
		// n8n answers every request 503 "Database is not ready!" while its periodic database ping is
		// failing, which a busy machine can cause for a few seconds; such a call was never handled, so
		// repeating it is safe.
		const deadline = Date.now() + DB_NOT_READY_PATIENCE_MS;
		for (;;) {
			const answer = await sendOnce(method, url, body, headers);
			if (!isDatabaseNotReady(answer) || Date.now() > deadline) return finish(method, url, answer);
			await sleep(1000);
		}
	}

	async function sendOnce(method, url, body, headers) {
		const res = await fetch(url, {
			method,
			headers: {
				accept: 'application/json',
				...headers,
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { res, body: await readBody(res) };
	}

	function finish(method, url, { res, body: parsed }) {
		if (!res.ok) throw new N8nRequestError(method, url, res.status, parsed);
		return { res, body: parsed };
	}

	/** Public API call, e.g. api('GET', '/workflows'). Returns the parsed JSON body. */
	client.api = async (method, path, body) => {
		if (!client.apiKey) throw new Error('No API key: n8n was not set up with one');
		const { body: parsed } = await send(method, `${baseUrl}/api/v1${path}`, body, {
			'x-n8n-api-key': client.apiKey,
		});
		return parsed;
	};

	/** Internal REST call as the logged-in owner, e.g. rest('GET', '/settings'). Unwraps n8n's { data } envelope. */
	client.rest = async (method, path, body) => {
		const { body: parsed } = await send(
			method,
			`${baseUrl}/rest${path}`,
			body,
			client.cookie ? { cookie: client.cookie } : {},
		);
		return parsed && typeof parsed === 'object' && 'data' in parsed ? parsed.data : parsed;
	};

	/** Logs in and keeps the auth cookie for rest() and for the editor's type files. */
	client.login = async (email, password) => {
		const { res } = await send('POST', `${baseUrl}/rest/login`, {
			emailOrLdapLoginId: email,
			password,
		});
		const setCookies = res.headers.getSetCookie();
		const auth = setCookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
		if (!auth) throw new Error('n8n login answered without an n8n-auth cookie');
		client.cookie = auth;
	};

	/** GET of a path outside /rest and /api (e.g. /types/nodes.json) with the login cookie. */
	client.getWithCookie = async (path) => {
		const { body: parsed } = await send('GET', `${baseUrl}${path}`, undefined, {
			cookie: client.cookie ?? '',
		});
		return parsed;
	};

	return client;
}

module.exports = { connect, N8nRequestError };
