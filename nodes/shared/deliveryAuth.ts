import { createHash, timingSafeEqual } from 'crypto';

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	const match = /^Bearer\s+(.+)$/i.exec(value?.trim() ?? '');
	return match ? match[1].trim() : undefined;
}

/**
 * Compares a received secret with the expected one in constant time. Both are hashed first so that
 * neither the length nor any prefix of the expected secret can be learnt from timing.
 */
export function secretsMatch(received: string | undefined, expected: string | undefined): boolean {
	if (!expected || received === undefined) return false;
	const digest = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();
	return timingSafeEqual(digest(received), digest(expected));
}
