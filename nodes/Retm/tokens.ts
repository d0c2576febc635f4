/**
 * How the RETM credential obtains and renews its access token. RETM documents only the exchange of
 * the install code; which other grants are tried, and in what order, is marked [guess].
 *
 * Renewals are coalesced per n8n process: n8n loads the credential once per execution, so executions
 * that start together after an expiry all hold the same refresh token, and RETM's refresh tokens
 * (like most rotating ones) work once. Several n8n processes (queue-mode workers) are not coalesced.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { RETM_STAGING_HOST, retmProductionHost } from './hosts';

/** RETM's token endpoint under a RETM host. */
export function retmTokenEndpoint(host: string): string {
	return `${host}/api/oAuth/token`;
}

/** The credential's fields this module reads. */
export interface RetmTokenCredentials {
	environment?: 'production' | 'staging' | 'custom';
	businessId?: string;
	baseUrl?: string;
	authentication?: 'app' | 'accessToken';
	clientId?: string;
	clientSecret?: string;
	authorizationCode?: string;
	refreshToken?: string;
	accessToken?: string;
	sessionToken?: string;
	tokenExpiresAt?: number | string;
}

/** What a renewal writes back into the credential (n8n saves it). */
export interface RetmRenewal extends IDataObject {
	sessionToken: string;
	/** Epoch milliseconds, as text: n8n 1.x's editor fails to open a credential holding a number. */
	tokenExpiresAt: string;
	refreshToken: string;
	/** A code works once: cleared as soon as it was spent. */
	authorizationCode: string;
}

export type TokenPost = (options: IHttpRequestOptions) => Promise<{
	statusCode: number;
	body: unknown;
}>;

/** A failure in words a merchant can act on; never carries a token, secret or code. */
export class RetmTokenError extends Error {
	constructor(
		message: string,
		readonly description: string,
	) {
		super(message);
		this.name = 'RetmTokenError';
	}
}

/** The RetmTokenError behind an error n8n wrapped on its way up, if there is one. */
export function tokenFailure(error: unknown): RetmTokenError | undefined {
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		if (current instanceof RetmTokenError || (current as Error).name === 'RetmTokenError')
			return current as RetmTokenError;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

// A renewal this close to the expiry is done before the call rather than after a 401; small, so a
// token is used for nearly all of its life (a 401 in between is renewed by n8n all the same).
export const RENEW_MARGIN_MS = 2_000;
// How long a spent refresh token (or code) is remembered with what it was exchanged for: a day, far
// beyond a token's life, so an execution that loaded the credential before a rotation never spends
// the dead token (which a rotating server answers by revoking the whole family). Bounded in count.
const REMEMBER_MS = 24 * 60 * 60_000;
const REMEMBER_MAX = 1_000;
// RETM's documented lifetime, for an answer without expires_in.
const DEFAULT_LIFETIME_S = 3600;

/** The legacy credential: a pasted Access Token and no Client ID, whatever the default of `authentication`. */
export function usesPastedToken(credentials: RetmTokenCredentials): boolean {
	if (credentials.authentication === 'accessToken') return true;
	return !credentials.clientId && !!credentials.accessToken;
}

/** Whether the credential's renewed token must be renewed before the next call. */
export function needsRenewal(credentials: RetmTokenCredentials, now: number): boolean {
	// The session token is a copy of a pasted one, refreshed once the user pastes another.
	if (usesPastedToken(credentials)) return credentials.sessionToken !== credentials.accessToken;
	if (!credentials.clientId) return false;
	if (credentials.authorizationCode) return true;
	if (!credentials.sessionToken) return true;
	const expiresAt = Number(credentials.tokenExpiresAt);
	return !Number.isFinite(expiresAt) || expiresAt <= now + RENEW_MARGIN_MS;
}

const BUSINESS_ID = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Whether a business ID can be a subdomain of retm.sa (so an install POST cannot point elsewhere). */
export function validBusinessId(value: unknown): value is string {
	return typeof value === 'string' && BUSINESS_ID.test(value);
}

/** RETM's token endpoint for the credential's environment. */
export function retmTokenUrl(credentials: RetmTokenCredentials): string {
	if (credentials.environment === 'custom')
		return retmTokenEndpoint((credentials.baseUrl ?? '').replace(/\/+$/, ''));
	if (credentials.environment === 'staging') return retmTokenEndpoint(RETM_STAGING_HOST);
	if (!validBusinessId(credentials.businessId)) {
		throw new RetmTokenError(
			'The RETM credential has no valid Business ID',
			"Enter the merchant's Business ID (the subdomain of its RETM host), or let the RETM Trigger answer the app install, which fills it in.",
		);
	}
	return retmTokenEndpoint(retmProductionHost(credentials.businessId));
}

type Grant = 'authorization_code' | 'refresh_token' | 'client_credentials';

interface Attempt {
	grant: Grant;
	/** What is spent: the code or the refresh token, or nothing for client_credentials. */
	spends?: string;
}

/**
 * The grants to try, in order. The code first: it is the newest thing the merchant gave. A code is
 * tried alone: when RETM refuses it nothing else is tried, so a refused code (e.g. a forged install
 * POST) can never end in a token. [guess] Then the refresh token, which RETM may return; then the
 * client-credentials grant RETM's overview names, with the Client ID and Secret alone.
 */
export function grantOrder(credentials: RetmTokenCredentials): Attempt[] {
	if (credentials.authorizationCode)
		return [{ grant: 'authorization_code', spends: credentials.authorizationCode }];
	const attempts: Attempt[] = [];
	if (credentials.refreshToken)
		attempts.push({ grant: 'refresh_token', spends: credentials.refreshToken });
	attempts.push({ grant: 'client_credentials' });
	return attempts;
}

function requestBody(credentials: RetmTokenCredentials, attempt: Attempt): IDataObject {
	const client = { client_id: credentials.clientId, client_secret: credentials.clientSecret };
	if (attempt.grant === 'authorization_code')
		return { code: attempt.spends, grant_type: attempt.grant, ...client };
	if (attempt.grant === 'refresh_token')
		return { refresh_token: attempt.spends, grant_type: attempt.grant, ...client };
	return { grant_type: attempt.grant, ...client };
}

interface Refusal {
	grant: Grant;
	statusCode: number;
	error?: string;
}

/** The message for the refusal that matters most to the merchant: the first one. */
function refusalError(refusals: Refusal[]): RetmTokenError {
	const [first] = refusals;
	if (first.statusCode === 401 || first.error === 'invalid_client') {
		return new RetmTokenError(
			'RETM refused the Client ID or Client Secret',
			"Copy the Client ID and Client Secret again from RETM's partner portal into the credential, and save it.",
		);
	}
	if (first.grant === 'authorization_code') {
		return new RetmTokenError(
			'RETM refused the install code',
			'An install code works once and may have been used already. Reinstall the app in RETM (the RETM Trigger can answer the install), or paste the new code into the credential, and save it.',
		);
	}
	if (first.statusCode === 0) {
		return new RetmTokenError(
			"RETM's token endpoint could not be reached",
			'Check the Environment, Business ID and Base URL in the credential, and that RETM is up.',
		);
	}
	return new RetmTokenError(
		'RETM would not renew the access token',
		'The saved refresh token was refused and RETM issued no token for the Client ID and Secret alone. Reinstall the app in RETM (the RETM Trigger can answer the install), or paste the new install code into the credential, and save it.',
	);
}

/**
 * The refresh token to keep after a grant succeeded: the one the answer gives; after a refresh that
 * gives none, the one just used (RFC 6749 6: the client keeps it); after a code or client-credentials
 * grant that gives none, nothing, since an older refresh token was either refused or belongs to an
 * install the new code replaced.
 */
function nextRefreshToken(body: IDataObject, attempt: Attempt): string {
	if (typeof body.refresh_token === 'string') return body.refresh_token;
	return attempt.grant === 'refresh_token' ? (attempt.spends ?? '') : '';
}

async function exchange(
	post: TokenPost,
	credentials: RetmTokenCredentials,
	now: () => number,
): Promise<RetmRenewal> {
	if (!credentials.clientId || !credentials.clientSecret) {
		throw new RetmTokenError(
			'The RETM credential has no Client ID or Client Secret',
			"Copy both from RETM's partner portal into the credential, or choose Access Token (legacy) as the authentication.",
		);
	}
	const url = retmTokenUrl(credentials);
	const refusals: Refusal[] = [];
	for (const attempt of grantOrder(credentials)) {
		let answer: { statusCode: number; body: unknown };
		try {
			answer = await post({
				method: 'POST',
				url,
				body: requestBody(credentials, attempt),
				headers: { Accept: 'application/json' },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			});
		} catch {
			// The error may quote the request body; only the fact that it failed is kept.
			refusals.push({ grant: attempt.grant, statusCode: 0 });
			continue;
		}
		const body = (answer.body ?? {}) as IDataObject;
		const accessToken = body.access_token;
		if (answer.statusCode >= 200 && answer.statusCode < 300 && typeof accessToken === 'string') {
			const lifetime = Number(body.expires_in);
			return {
				sessionToken: accessToken,
				tokenExpiresAt: String(
					now() +
						(Number.isFinite(lifetime) && lifetime > 0 ? lifetime : DEFAULT_LIFETIME_S) * 1000,
				),
				refreshToken: nextRefreshToken(body, attempt),
				authorizationCode: '',
			};
		}
		refusals.push({
			grant: attempt.grant,
			statusCode: answer.statusCode,
			error: typeof body.error === 'string' ? body.error : undefined,
		});
	}
	throw refusalError(refusals);
}

// What is being spent right now, and what was spent lately, keyed by the token endpoint, the client
// and the code or refresh token spent.
const inFlight = new Map<string, Promise<RetmRenewal>>();
const spent = new Map<string, { renewal: RetmRenewal; until: number }>();

function keyOf(credentials: RetmTokenCredentials, spends: string): string {
	return JSON.stringify([retmTokenUrl(credentials), credentials.clientId, spends]);
}

/**
 * A fresh access token for the credential. Concurrent renewals that would spend the same code or
 * refresh token share one exchange; one that comes late, holding a refresh token already rotated,
 * continues from where the rotation went instead of spending a dead token.
 */
export async function renewRetmToken(
	post: TokenPost,
	credentials: RetmTokenCredentials,
	now: () => number = Date.now,
): Promise<RetmRenewal> {
	let current = { ...credentials };
	for (let hops = 0; hops < 100; hops++) {
		const spends = current.authorizationCode || current.refreshToken;
		if (!spends) break;
		const key = keyOf(current, spends);
		const running = inFlight.get(key);
		if (running) return await running;
		const remembered = spent.get(key);
		if (!remembered || remembered.until <= now()) break;
		if (Number(remembered.renewal.tokenExpiresAt) > now() + RENEW_MARGIN_MS)
			return remembered.renewal;
		// Renewed since, but that token is near its end as well: renew from the newest refresh token.
		current = { ...current, authorizationCode: '', refreshToken: remembered.renewal.refreshToken };
	}

	const spends = current.authorizationCode || current.refreshToken;
	if (!spends) return await exchange(post, current, now);
	const key = keyOf(current, spends);
	const running = exchange(post, current, now);
	inFlight.set(key, running);
	try {
		const renewal = await running;
		for (const [oldKey, entry] of spent) if (entry.until <= now()) spent.delete(oldKey);
		// Maps keep insertion order: the first key is the oldest renewal.
		while (spent.size >= REMEMBER_MAX) spent.delete(spent.keys().next().value as string);
		spent.set(key, { renewal, until: now() + REMEMBER_MS });
		return renewal;
	} finally {
		inFlight.delete(key);
	}
}

/** For tests: forget every coalesced renewal. */
export function forgetRenewals(): void {
	inFlight.clear();
	spent.clear();
}
