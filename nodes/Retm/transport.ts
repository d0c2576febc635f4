import { NodeApiError, type IDataObject, type IHttpRequestMethods } from 'n8n-workflow';

import {
	type ApiContext,
	collectPages,
	type PlatformEndpoint,
	platformRequest,
} from '../shared/actions/apiCall';
import { laravelFieldErrors, type PlatformErrorReading } from '../shared/actions/apiError';
import type { PlatformTransport } from '../shared/actions/operations';
import { RETM_STAGING_HOST, retmProductionHost } from './hosts';
import { needsRenewal, tokenFailure, usesPastedToken, type RetmTokenCredentials } from './tokens';

export interface RetmCredentials extends RetmTokenCredentials {
	environment: 'production' | 'staging' | 'custom';
}

/** The host the credential points at; API paths go after `/api/v2`. */
export function retmBaseUrl(credentials: RetmCredentials): string {
	if (credentials.environment === 'custom') return (credentials.baseUrl ?? '').replace(/\/+$/, '');
	if (credentials.environment === 'staging') return RETM_STAGING_HOST;
	return retmProductionHost(credentials.businessId ?? '');
}

export const RETM_PAGE_SIZE = 100;

// [guess] RETM does not document its error bodies: read `message` and a Laravel-style `errors` map.
export const retmErrors: PlatformErrorReading = {
	platform: 'RETM',
	message: (body) => {
		const message = (body as IDataObject | undefined)?.message;
		return typeof message === 'string' && message ? message : undefined;
	},
	fieldErrors: laravelFieldErrors,
	hints: {
		unauthorized:
			'Check the Business ID in the RETM credential. A pasted Access Token (legacy) stops working an hour after RETM issued it: switch the credential to Client ID and Secret so n8n renews the token itself.',
		notFound:
			'Check the Business ID in the credential, and the id you asked for. If the path is one RETM does not document, try it with the API Request resource.',
		notFoundAtPath:
			'Check the Business ID in the credential, and the Path: it goes after /api/v2 (for example /customers/list), and any id in it must be one RETM has.',
	},
};

/** Where RETM calls go. In n8n every credential read is a database read and a decryption. */
async function retmEndpoint(context: ApiContext): Promise<PlatformEndpoint> {
	const credentials = await context.getCredentials<RetmCredentials>('retmApi');
	// n8n renews an expirable token only when it is empty or answered 401: an empty one makes it
	// renew before the call instead of spending a call on the 401. One object for the endpoint's
	// life, which n8n fills with the renewed token, so later pages of a list neither renew again nor
	// read the credential again.
	const renew = needsRenewal(credentials, Date.now());
	const reference = context.getNode().credentials?.retmApi;
	return {
		credentialType: 'retmApi',
		baseUrl: `${retmBaseUrl(credentials)}/api/v2`,
		errors: retmErrors,
		credentialOptions: {
			credentialsDecrypted: {
				id: reference?.id ?? '',
				name: reference?.name ?? '',
				type: 'retmApi',
				data: { ...credentials, ...(renew ? { sessionToken: '' } : {}) },
			},
		},
	};
}

/**
 * A 401 renews the token and retries once: the calls read every status themselves, so n8n's own
 * renew-on-401 (which needs the request to throw) never sees one. A token that could not be obtained
 * becomes an error in the words RETM's refusal calls for.
 */
async function withTokenErrors<T>(
	context: ApiContext,
	endpoint: PlatformEndpoint,
	itemIndex: number | undefined,
	call: () => Promise<T>,
): Promise<T> {
	try {
		try {
			return await call();
		} catch (error) {
			const data = endpoint.credentialOptions?.credentialsDecrypted?.data;
			const renewable = data && !usesPastedToken(data) && !!data.clientId;
			if (!renewable || (error as { httpCode?: string }).httpCode !== '401')
				throw error as NodeApiError;
			data.sessionToken = '';
			return await call();
		}
	} catch (error) {
		const failure = tokenFailure(error);
		if (!failure) throw error as NodeApiError;
		throw new NodeApiError(
			context.getNode(),
			{},
			{ message: failure.message, description: failure.description, itemIndex },
		);
	}
}

/** One RETM API call: `path` is relative to `/api/v2`. Any non-2xx answer becomes a NodeApiError. */
export async function retmRequest(
	context: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	options: {
		qs?: IDataObject;
		body?: IDataObject;
		itemIndex?: number;
		pathWrittenByUser?: boolean;
	} = {},
): Promise<unknown> {
	const endpoint = await retmEndpoint(context);
	return await withTokenErrors(context, endpoint, options.itemIndex, async () =>
		platformRequest(context, endpoint, method, path, options),
	);
}

/** The items of one page: RETM lists come as `{items, pagination}`; a bare array is accepted too. */
function pageItems(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const items = (body as IDataObject | undefined)?.items;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

/**
 * Follows a RETM list page by page. [guess] RETM does not document its pagination keys, so paging
 * stops at the first page that is short or empty, or once `limit` items are in. Some lists ignore
 * `page` altogether (order charges come as a bare array, GET /api/v2/charges/list): a bare array is
 * the whole list, read once, and a page that repeats the one before ends the list, so Return All
 * never loops on them.
 */
export async function retmRequestList(
	context: ApiContext,
	path: string,
	options: { qs?: IDataObject; limit?: number; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	// Read once for every page, not once per page.
	const endpoint = await retmEndpoint(context);
	let previous: string | undefined;
	const readPage = async (page: number, perPage: number) => {
		const body = await withTokenErrors(context, endpoint, options.itemIndex, async () =>
			platformRequest(context, endpoint, 'GET', path, {
				qs: { ...options.qs, page, per_page: perPage },
				itemIndex: options.itemIndex,
			}),
		);
		const items = pageItems(body);
		if (Array.isArray(body)) return { items, more: false };
		// A page's first and last records stand for it: distinct pages of a list never share both.
		const seen = JSON.stringify([items.length, items[0], items.at(-1)]);
		if (seen === previous) return { items: [], more: false };
		previous = seen;
		return { items, more: items.length >= perPage };
	};
	return await collectPages(readPage, RETM_PAGE_SIZE, options.limit);
}

/** A single answer is the record itself, or a list page whose items are the records. */
function answerRecords(body: unknown): IDataObject[] {
	const isPage =
		Array.isArray(body) || (typeof body === 'object' && body !== null && 'items' in body);
	if (isPage) return pageItems(body);
	return body && typeof body === 'object' ? [body as IDataObject] : [];
}

/** How an action reaches RETM: a list followed page by page, or one call and the records it answers. */
export const retmTransport: PlatformTransport = {
	send: async (context, request, itemIndex) => {
		if (request.kind === 'list')
			return await retmRequestList(context, request.path, {
				qs: request.qs,
				limit: request.limit,
				itemIndex,
			});
		const { method, path, qs, body, pathWrittenByUser } = request;
		return answerRecords(
			await retmRequest(context, method, path, { qs, body, itemIndex, pathWrittenByUser }),
		);
	},
};
