import {
	NodeApiError,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';

import { DEFAULT_RETRY_POLICY, retryAfterMs, retrying, type RetryPolicy } from './retry';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface ApiCall {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	headers?: IDataObject;
}

export interface ApiAnswer {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
// Only these say the server did not act on the request, so a write may be sent again after them.
const UNPROCESSED_STATUS = new Set([429, 503]);
const NETWORK_FAILURE = /ECONNRESET|ECONNREFUSED|ETIMEDOUT|ECONNABORTED|EPIPE|socket hang up/i;
// A refused connection never reached the server; a reset or timeout may have come after it acted.
const NEVER_SENT = /ECONNREFUSED/i;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
// In words, because n8n replaces any error message that contains a network error code with its own.
const FAILURE_IN_WORDS: Array<[RegExp, string]> = [
	[/ECONNREFUSED/i, 'the connection was refused'],
	[/ETIMEDOUT|ECONNABORTED/i, 'the request timed out'],
	[/ECONNRESET|EPIPE|socket hang up/i, 'the connection was closed before an answer came'],
];

function failureCode(error: unknown): string {
	const parts: unknown[] = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
		const { code, message, cause } = current as {
			code?: unknown;
			message?: unknown;
			cause?: unknown;
		};
		parts.push(code, message);
		current = cause;
	}
	return parts.filter((part) => typeof part === 'string').join(' ');
}

/**
 * Sends one API call with the credential's authentication, retrying what is safe to retry:
 * 429/502/503/504 and dropped connections for reads; for writes only answers that say the server did
 * not act (429, 503) and connections that were never made, so a create is never sent twice.
 */
export async function callWithRetries(
	context: ApiContext,
	credentialType: string,
	call: ApiCall,
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<ApiAnswer> {
	const idempotent = IDEMPOTENT.has(call.method);
	const outcome = await retrying<ApiAnswer | { failure: string }>(async () => {
		try {
			const response = (await context.helpers.httpRequestWithAuthentication.call(
				context,
				credentialType,
				{
					method: call.method,
					url: call.url,
					qs: call.qs,
					body: call.body,
					headers: { Accept: 'application/json', ...call.headers },
					json: true,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
				},
			)) as IN8nHttpFullResponse;
			const answer: ApiAnswer = {
				statusCode: response.statusCode,
				headers: response.headers as IDataObject,
				body: response.body,
			};
			const retry =
				RETRYABLE_STATUS.has(answer.statusCode) &&
				(idempotent || UNPROCESSED_STATUS.has(answer.statusCode));
			return retry
				? {
						result: answer,
						retry,
						retryAfterMs: retryAfterMs(answer.headers['retry-after'], Date.now()),
					}
				: { result: answer, retry };
		} catch (error) {
			const failure = failureCode(error);
			if (!NETWORK_FAILURE.test(failure)) {
				throw error instanceof NodeApiError
					? error
					: new NodeApiError(context.getNode(), error as JsonObject);
			}
			return { result: { failure }, retry: idempotent || NEVER_SENT.test(failure) };
		}
	}, policy);

	if ('failure' in outcome) {
		const reason =
			FAILURE_IN_WORDS.find(([pattern]) => pattern.test(outcome.failure))?.[1] ?? 'network error';
		throw new NodeApiError(
			context.getNode(),
			{ reason },
			{
				message: `Could not reach the API: ${reason} (${call.method} ${new URL(call.url).pathname})`,
				description: idempotent
					? 'The connection failed on every try. Check the base URL in the credential and that the server is up.'
					: 'The connection failed. The request may or may not have been carried out, so it was not sent again: check before running it once more.',
			},
		);
	}
	return outcome;
}
