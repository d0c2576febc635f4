import { hash, timingSafeEqual } from 'crypto';

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	const match = /^Bearer\s+(.+)$/i.exec(value?.trim() ?? '');
	return match ? match[1].trim() : undefined;
}

const digest = (secret: string) => hash('sha256', secret, 'buffer');

// The configured secret is the same on every delivery; hashing it once saves a third of the check.
let lastExpected: { secret: string; digest: Buffer } | undefined;
function expectedDigest(secret: string): Buffer {
	if (lastExpected?.secret !== secret) lastExpected = { secret, digest: digest(secret) };
	return lastExpected.digest;
}

/**
 * Compares a received secret with the expected one in constant time. Both are hashed first so that
 * neither the length nor any prefix of the expected secret can be learnt from timing.
 */
export function secretsMatch(received: string | undefined, expected: string | undefined): boolean {
	if (!expected || received === undefined) return false;
	return timingSafeEqual(digest(received), expectedDigest(expected));
}

/** How a platform without its own delivery authentication proves a delivery comes from it. */
export type SharedSecretMethod = 'headerToken' | 'basicAuth' | 'none';

export interface SharedSecretSettings {
	method: SharedSecretMethod;
	/** The header that carries the secret, for `headerToken`. */
	headerName: string;
	/** The user name expected with the secret as password, for `basicAuth`. */
	user: string;
	secret: string | undefined;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
	const value = headers[name.trim().toLowerCase()];
	return Array.isArray(value) ? value[0] : value;
}

/** The `user:password` of an `Authorization: Basic ...` header, or undefined when there is none. */
export function basicCredentials(value: string | undefined): string | undefined {
	const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(value?.trim() ?? '');
	return match ? Buffer.from(match[1], 'base64').toString('utf8') : undefined;
}

/** Whether a delivery carries the shared secret the way the trigger is set to expect it. */
export function sharedSecretPresented(headers: Headers, settings: SharedSecretSettings): boolean {
	switch (settings.method) {
		case 'none':
			return true;
		case 'headerToken':
			return secretsMatch(header(headers, settings.headerName)?.trim(), settings.secret);
		case 'basicAuth':
			return (
				!!settings.secret &&
				secretsMatch(
					basicCredentials(header(headers, 'authorization')),
					`${settings.user}:${settings.secret}`,
				)
			);
		default:
			return false;
	}
}
