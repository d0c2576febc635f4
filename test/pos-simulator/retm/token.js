'use strict';

const { randomBytes } = require('node:crypto');
const { httpRequest } = require('../http-request');

const TOKEN_PATH = '/api/oAuth/token';
const GRANTS = ['authorization_code', 'refresh_token', 'client_credentials'];

const secret = (prefix) => `${prefix}-${randomBytes(18).toString('hex')}`;

/**
 * RETM's token endpoint (POST /api/oAuth/token) and its install handshake, as the DevPortal documents
 * them, plus what it leaves open and a simulator has to decide:
 * - authorization_code: `{code, grant_type, client_id, client_secret}`; a code works once.
 * - refresh_token [guess]: `{refresh_token, grant_type, client_id, client_secret}`; rotating: each
 *   refresh token works once and the answer carries the next one. A refresh token presented a second
 *   time is refused, and with `revokeOnReuse` every token of that install dies with it (the usual
 *   defence against a stolen refresh token, and the harshest outcome for a client that spends one twice).
 * - client_credentials [guess]: `{grant_type, client_id, client_secret}`; no refresh token.
 * Answers `{access_token, token_type: 'Bearer', expires_in, refresh_token}`; errors are OAuth's
 * `{error, error_description}` with 400 (bad grant) or 401 (bad client).
 *
 * Every value it issues is kept in `issued` so tests can prove none of them leaks into n8n's output.
 */
function createRetmTokenIssuer({
	clientId = 'sim-client-id',
	clientSecret = 'sim-client-secret',
	accessTokenSeconds = 3600,
	grants = GRANTS,
	revokeOnReuse = true,
	now = () => Date.now(),
} = {}) {
	const codes = new Map(); // code -> { businessId, used }
	const accessTokens = new Map(); // token -> { expiresAt, family }
	const refreshTokens = new Map(); // token -> { used, family }
	const revokedFamilies = new Set();
	const issued = new Set();
	const counts = { authorization_code: 0, refresh_token: 0, client_credentials: 0, refused: 0 };
	const refusals = [];
	const settings = { accessTokenSeconds, grants: [...grants] };

	function issueCode(businessId = 'demo') {
		const code = secret('code');
		codes.set(code, { businessId, used: false });
		issued.add(code);
		return code;
	}

	function tokens(family, withRefresh) {
		const accessToken = secret('at');
		accessTokens.set(accessToken, {
			expiresAt: now() + settings.accessTokenSeconds * 1000,
			family,
		});
		issued.add(accessToken);
		const body = {
			access_token: accessToken,
			token_type: 'Bearer',
			expires_in: settings.accessTokenSeconds,
		};
		if (withRefresh) {
			const refreshToken = secret('rt');
			refreshTokens.set(refreshToken, { used: false, family });
			issued.add(refreshToken);
			body.refresh_token = refreshToken;
		}
		return { status: 200, body };
	}

	function refuse(status, error, description, grant) {
		counts.refused++;
		refusals.push({ grant, error, at: now() });
		return { status, body: { error, error_description: description } };
	}

	/** The route handler for POST /api/oAuth/token. */
	function handleToken({ body = {} }) {
		const grant = body.grant_type;
		// [doc] grant_type is one of the fields the token request names (api.retm.com.sa Token).
		if (grant === undefined || grant === null || grant === '')
			return refuse(400, 'invalid_request', 'The grant_type field is required.', grant);
		if (!GRANTS.includes(grant) || !settings.grants.includes(grant))
			return refuse(
				400,
				'unsupported_grant_type',
				`The grant type ${grant} is not supported.`,
				grant,
			);
		if (body.client_id !== clientId || body.client_secret !== clientSecret)
			return refuse(401, 'invalid_client', 'Client authentication failed.', grant);

		if (grant === 'authorization_code') {
			const entry = codes.get(body.code);
			if (!entry || entry.used)
				return refuse(
					400,
					'invalid_grant',
					'The authorization code is invalid or was used.',
					grant,
				);
			entry.used = true;
			counts.authorization_code++;
			return tokens(secret('family'), true);
		}
		if (grant === 'refresh_token') {
			const entry = refreshTokens.get(body.refresh_token);
			if (!entry || revokedFamilies.has(entry.family))
				return refuse(400, 'invalid_grant', 'The refresh token is invalid.', grant);
			if (entry.used) {
				if (revokeOnReuse) revokedFamilies.add(entry.family);
				return refuse(400, 'invalid_grant', 'The refresh token was already used.', grant);
			}
			entry.used = true;
			counts.refresh_token++;
			return tokens(entry.family, true);
		}
		counts.client_credentials++;
		return tokens(secret('family'), false);
	}

	/** Whether `token` is a live access token: issued here, not expired, its install not revoked. */
	function accepts(token) {
		const entry = accessTokens.get(token);
		return !!entry && entry.expiresAt > now() && !revokedFamilies.has(entry.family);
	}

	/** Ends every access token issued so far, as if they had expired (their refresh tokens live on). */
	function expireAccessTokens() {
		for (const entry of accessTokens.values()) entry.expiresAt = 0;
	}

	/**
	 * The install handshake: RETM POSTs `{code, business_id, data}` to the app's success endpoint and
	 * gives it 1 second. Resolves to { status, json, ms, timedOut }; the code is never part of it.
	 */
	async function sendInstall(
		successUrl,
		{ businessId = 'demo', data = {}, code, timeoutMs = 1000 } = {},
	) {
		const body = { code: code ?? issueCode(businessId), business_id: businessId, data };
		try {
			const answer = await httpRequest(successUrl, { method: 'POST', body, timeoutMs });
			return { status: answer.status, json: answer.json, ms: answer.ms, timedOut: false };
		} catch (error) {
			if (error.code !== 'ETIMEDOUT') throw error;
			return { status: null, json: undefined, ms: timeoutMs, timedOut: true };
		}
	}

	return {
		clientId,
		clientSecret,
		settings,
		counts,
		refusals,
		issued,
		issueCode,
		handleToken,
		accepts,
		expireAccessTokens,
		sendInstall,
	};
}

module.exports = { createRetmTokenIssuer, TOKEN_PATH };
