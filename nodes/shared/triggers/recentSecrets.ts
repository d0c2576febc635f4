import type { IWebhookFunctions } from 'n8n-workflow';

import { digestsMatch, secretDigest } from './deliveryAuth';

/**
 * How long a webhook secret read from a credential is taken as still current, for deliveries that
 * present it. n8n's credential read in a webhook acquires an expression isolate of its own, which
 * under n8n's default expression engine costs more than the rest of a delivery (bench/FINDINGS.md).
 * Only a match is reused: a delivery that does not present the kept secret reads the credential
 * again, so a new secret works at once and an old one stays accepted for at most this long after
 * it is replaced (docs/guarantees.md).
 */
export const SECRET_REUSE_MS = 10_000;

interface KeptSecret {
	/** The secret's digest (`secretDigest`): the secret itself is not kept. */
	digest: Buffer | undefined;
	readAt: number;
}

/** The secrets read last, by credential type and id: one entry per credential this process uses. */
export function createRecentSecrets(reuseMs = SECRET_REUSE_MS, clock: () => number = Date.now) {
	const kept = new Map<string, KeptSecret>();

	/**
	 * Whether the delivery's proof (`presented`) is the one the credential expects (`expectedOf`),
	 * reading the credential only when the digest kept from the last read is too old or does not
	 * match. A delivery that presents nothing is refused without a read.
	 */
	async function proves(
		context: IWebhookFunctions,
		credentialType: string,
		expectedOf: (credentials: Record<string, unknown>) => string | undefined,
		presented: string | undefined,
	): Promise<boolean> {
		const received = secretDigest(presented);
		if (!received) return false;
		const id = context.getNode().credentials?.[credentialType]?.id;
		const key = id ? `${credentialType}\u0000${id}` : undefined;
		const last = key === undefined ? undefined : kept.get(key);
		if (last && clock() - last.readAt < reuseMs && digestsMatch(received, last.digest)) return true;
		const digest = secretDigest(expectedOf(await context.getCredentials(credentialType)));
		if (key !== undefined) kept.set(key, { digest, readAt: clock() });
		return digestsMatch(received, digest);
	}

	return { proves };
}

/** The process's one memo: every trigger of this package shares it, keyed by credential. */
export const recentSecrets = createRecentSecrets();
