import { sleep } from 'n8n-workflow';

export interface RetryPolicy {
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** The longest the retries of one request may wait in all, so a workflow never hangs on a sick API. */
	maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 3,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	maxTotalWaitMs: 30000,
};

/** A Retry-After header in milliseconds: delta-seconds or an HTTP date; undefined when unreadable. */
export function retryAfterMs(header: unknown, now: number): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value) * 1000);
	const at = Date.parse(value);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with full jitter: anywhere between 0 and base * 2^attempt, capped. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number): number {
	return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

export type Attempt<T> =
	| { result: T; retry: false }
	| { result: T; retry: true; retryAfterMs?: number };

/**
 * Calls `send` until it says not to retry, the retries are used up, or the next wait would pass the
 * total budget; the last result is returned either way, for the caller to report.
 */
export async function retrying<T>(
	send: () => Promise<Attempt<T>>,
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
	random: () => number = Math.random,
): Promise<T> {
	let waitedMs = 0;
	for (let attempt = 0; ; attempt++) {
		const outcome = await send();
		if (!outcome.retry || attempt >= policy.maxRetries) return outcome.result;
		const delayMs = outcome.retryAfterMs ?? backoffDelayMs(attempt, policy, random);
		if (waitedMs + delayMs > policy.maxTotalWaitMs) return outcome.result;
		await sleep(delayMs);
		waitedMs += delayMs;
	}
}
