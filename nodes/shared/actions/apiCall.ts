import {
	NodeApiError,
	type IDataObject,
	type IAdditionalCredentialOptions,
	type IExecuteFunctions,
	type IHttpRequestMethods,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type JsonObject,
} from 'n8n-workflow';

import { apiErrorFromResponse, type PlatformErrorReading } from './apiError';
import { DEFAULT_RETRY_POLICY, retryAfterMs, retrying, type RetryPolicy } from './retry';

export type ApiContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface ApiCall {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	headers?: IDataObject;
	/** How an array in `qs` is written: `brackets` gives `a[]=1&a[]=2`. */
	arrayFormat?: 'brackets' | 'indices' | 'repeat';
	/** Passed to n8n, e.g. credential data that makes it renew an expiring token before the call. */
	credentialOptions?: IAdditionalCredentialOptions;
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
					arrayFormat: call.arrayFormat,
					json: true,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
				},
				call.credentialOptions,
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

/** What a platform's transport tells `platformRequest`: where the API is and how it words errors. */
export interface PlatformEndpoint {
	credentialType: string;
	/** The API base URL (no trailing slash); request paths go after it. */
	baseUrl: string;
	errors: PlatformErrorReading;
	arrayFormat?: ApiCall['arrayFormat'];
	credentialOptions?: IAdditionalCredentialOptions;
}

/** One API call under `endpoint.baseUrl`, retried as `callWithRetries` does; a non-2xx throws. */
export async function platformRequest(
	context: ApiContext,
	endpoint: PlatformEndpoint,
	method: IHttpRequestMethods,
	path: string,
	options: {
		qs?: IDataObject;
		body?: IDataObject;
		itemIndex?: number;
		pathWrittenByUser?: boolean;
	} = {},
): Promise<unknown> {
	const answer = await callWithRetries(context, endpoint.credentialType, {
		method,
		url: `${endpoint.baseUrl}${path.startsWith('/') ? path : `/${path}`}`,
		qs: options.qs,
		body: options.body,
		arrayFormat: endpoint.arrayFormat,
		credentialOptions: endpoint.credentialOptions,
	});
	if (answer.statusCode < 200 || answer.statusCode >= 300) {
		throw apiErrorFromResponse(
			context.getNode(),
			{
				statusCode: answer.statusCode,
				body: answer.body,
				method,
				path,
				pathWrittenByUser: options.pathWrittenByUser,
			},
			endpoint.errors,
			options.itemIndex,
		);
	}
	return answer.body;
}

/** One page of a list: its records, and whether the platform says more pages follow. */
export interface ListPage {
	items: IDataObject[];
	more: boolean;
}

/**
 * Reads a list page by page (1, 2, ...) with one page size throughout, since page N means the same
 * records only while per_page stays the same, until the platform says there is no more or `limit`
 * records are in.
 */
export async function collectPages(
	readPage: (page: number, perPage: number) => Promise<ListPage>,
	pageSize: number,
	limit?: number,
): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	const wanted = limit ?? Infinity;
	const perPage = Math.min(pageSize, wanted);
	for (let page = 1; all.length < wanted; page++) {
		const { items, more } = await readPage(page, perPage);
		all.push(...items);
		if (!more) break;
	}
	return all.slice(0, wanted);
}
