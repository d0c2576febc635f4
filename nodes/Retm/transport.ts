import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import {
	collectPages,
	platformRequest,
	type ApiContext,
	type PlatformEndpoint,
} from '../shared/apiCall';
import { laravelFieldErrors, type PlatformErrorReading } from '../shared/apiError';
import type { PlatformTransport } from '../shared/operations';
import { RETM_STAGING_HOST, retmProductionHost } from './hosts';

export interface RetmCredentials {
	environment: 'production' | 'staging' | 'custom';
	businessId?: string;
	baseUrl?: string;
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
			'Check the Access Token and the Business ID in the RETM credential: the token may have expired (RETM tokens last an hour) or belong to another business.',
		notFound:
			'Check the Business ID in the credential, and the id you asked for. If the path is one RETM does not document, try it with the API Request resource.',
	},
};

/** Where RETM calls go. In n8n every credential read is a database read and a decryption. */
async function retmEndpoint(context: ApiContext): Promise<PlatformEndpoint> {
	const credentials = await context.getCredentials<RetmCredentials>('retmApi');
	return {
		credentialType: 'retmApi',
		baseUrl: `${retmBaseUrl(credentials)}/api/v2`,
		errors: retmErrors,
	};
}

/** One RETM API call: `path` is relative to `/api/v2`. Any non-2xx answer becomes a NodeApiError. */
export async function retmRequest(
	context: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	options: { qs?: IDataObject; body?: IDataObject; itemIndex?: number } = {},
): Promise<unknown> {
	return await platformRequest(context, await retmEndpoint(context), method, path, options);
}

/** The items of one page: RETM lists come as `{items, pagination}`; a bare array is accepted too. */
function pageItems(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const items = (body as IDataObject | undefined)?.items;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

/**
 * Follows a RETM list page by page. [guess] RETM does not document its pagination keys, so paging
 * stops at the first page that is short or empty, or once `limit` items are in.
 */
export async function retmRequestList(
	context: ApiContext,
	path: string,
	options: { qs?: IDataObject; limit?: number; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	// Read once for every page, not once per page.
	const endpoint = await retmEndpoint(context);
	const readPage = async (page: number, perPage: number) => {
		const body = await platformRequest(context, endpoint, 'GET', path, {
			qs: { ...options.qs, page, per_page: perPage },
			itemIndex: options.itemIndex,
		});
		const items = pageItems(body);
		return { items, more: items.length >= perPage };
	};
	return await collectPages(readPage, RETM_PAGE_SIZE, options.limit);
}

/** How the shared action runner reaches RETM. */
export const retmTransport: PlatformTransport = {
	request: (context, method, path, options) => retmRequest(context, method, path, options),
	list: (context, path, options) => retmRequestList(context, path, options),
	// A single answer is the record itself, or a list page whose items are the records.
	unwrap: (body) => {
		const isPage =
			Array.isArray(body) || (typeof body === 'object' && body !== null && 'items' in body);
		if (isPage) return pageItems(body);
		return body && typeof body === 'object' ? [body as IDataObject] : [];
	},
};
