import { hash, timingSafeEqual } from 'crypto';

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	const match = /^Bearer\s+(.+)$/i.exec(value?.trim() ?? '');
	return match ? match[1].trim() : undefined;
}

/**
 * What a secret is compared by: its SHA-256, so that neither the length nor any prefix of the
 * expected secret can be learnt from timing. Undefined for no secret or an empty one, which no
 * delivery can match.
 */
export function secretDigest(secret: string | undefined): Buffer | undefined {
	return secret ? hash('sha256', secret, 'buffer') : undefined;
}

/** Compares two digests from `secretDigest` in constant time. */
export function digestsMatch(received: Buffer | undefined, expected: Buffer | undefined): boolean {
	return !!received && !!expected && timingSafeEqual(received, expected);
}

/** Compares a received secret with the expected one in constant time. */
export function secretsMatch(received: string | undefined, expected: string | undefined): boolean {
	if (!expected || received === undefined) return false;
	return timingSafeEqual(hash('sha256', received, 'buffer'), hash('sha256', expected, 'buffer'));
}

/** How a platform without its own delivery authentication proves a delivery comes from it. */
export type SharedSecretMethod = 'queryParameter' | 'headerToken' | 'basicAuth' | 'none';

/**
 * The query parameter that carries the secret for `queryParameter`: the user adds
 * `?secret=<Webhook Secret>` to the URL they give the platform, which any sender keeps.
 */
export const SECRET_QUERY_PARAMETER = 'secret';

export interface SharedSecretSettings {
	method: SharedSecretMethod;
	/** The header that carries the secret, for `headerToken`. */
	headerName: string;
	/** The user name expected with the secret as password, for `basicAuth`. */
	user: string;
	secret: string | undefined;
}

type Headers = Record<string, string | string[] | undefined>;
/** The parsed query string as n8n hands it over: repeated names become arrays, `a[b]=` objects. */
type Query = Record<string, unknown>;

/** The one secret a query carries: a repeated parameter counts by its first value, anything else by none. */
function queryValue(query: Query, name: string): string | undefined {
	const value = query[name];
	const first = Array.isArray(value) ? (value as unknown[])[0] : value;
	return typeof first === 'string' ? first : undefined;
}

function header(headers: Headers, name: string): string | undefined {
	const value = headers[name.trim().toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** The `user:password` of an `Authorization: Basic ...` header, or undefined when there is none. */
export function basicCredentials(value: string | undefined): string | undefined {
	const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(value?.trim() ?? '');
	return match ? Buffer.from(match[1], 'base64').toString('utf8') : undefined;
}

/** What a delivery presents as its proof, the way the trigger is set to expect it. */
export function presentedSecret(
	headers: Headers,
	settings: Omit<SharedSecretSettings, 'secret'>,
	query: Query = {},
): string | undefined {
	switch (settings.method) {
		case 'queryParameter':
			return queryValue(query, SECRET_QUERY_PARAMETER);
		case 'headerToken':
			return header(headers, settings.headerName)?.trim();
		case 'basicAuth':
			return basicCredentials(header(headers, 'authorization'));
		default:
			return undefined;
	}
}

/** The proof a delivery must present for the credential's secret: for Basic auth, `user:secret`. */
export function expectedSecret(
	settings: Omit<SharedSecretSettings, 'secret'>,
	secret: string | undefined,
): string | undefined {
	if (!secret) return undefined;
	return settings.method === 'basicAuth' ? `${settings.user}:${secret}` : secret;
}

/**
 * Whether a delivery carries the shared secret the way the trigger is set to expect it. The secret
 * is only compared (in constant time), never returned, so a refusal cannot echo it.
 */
export function sharedSecretPresented(
	headers: Headers,
	settings: SharedSecretSettings,
	query: Query = {},
): boolean {
	if (settings.method === 'none') return true;
	return secretsMatch(
		presentedSecret(headers, settings, query),
		expectedSecret(settings, settings.secret),
	);
}
