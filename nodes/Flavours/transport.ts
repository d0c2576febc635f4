import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import {
	collectPages,
	platformRequest,
	type ApiContext,
	type PlatformEndpoint,
} from '../shared/apiCall';
import { laravelFieldErrors, type PlatformErrorReading } from '../shared/apiError';
import type { PlatformTransport } from '../shared/operations';
import { FLAVOURS_API_BASES } from './hosts';

export interface FlavoursCredentials {
	environment: 'development' | 'production' | 'custom';
	baseUrl?: string;
	apiVersion?: string;
	defaultMarketId?: string;
}

/** The API base the credential points at, ending in `/api/v2`. */
export function flavoursBaseUrl(credentials: FlavoursCredentials): string {
	if (credentials.environment === 'custom') return (credentials.baseUrl ?? '').replace(/\/+$/, '');
	return FLAVOURS_API_BASES[credentials.environment];
}

export const FLAVOURS_PAGE_SIZE = 100;

// Body keys version 2.3.0 renamed; bodies built from the node's fields use the older names.
const RENAMED_IN_2_3_0: Record<string, string> = {
	product_category_id: 'category_id',
	preparation_time: 'duration',
};

/** 2.3.0 and later take the renamed keys. */
export function usesRenamedFields(apiVersion = '2.0.0'): boolean {
	const [major, minor] = apiVersion.split('.').map(Number);
	return major > 2 || (major === 2 && minor >= 3);
}

/** A body built from the node's fields, with its keys named as the credential's API version expects. */
export function bodyForVersion(body: IDataObject, apiVersion?: string): IDataObject {
	if (!usesRenamedFields(apiVersion)) return body;
	return Object.fromEntries(
		Object.entries(body).map(([key, value]) => [RENAMED_IN_2_3_0[key] ?? key, value]),
	);
}

const meta = (body: unknown) => (body as { meta?: IDataObject } | undefined)?.meta;

// [doc] Errors come as {meta: {code, status: "error", message}, data: null}; [guess] validation
// errors also carry a Laravel `errors` map beside them.
export const flavoursErrors: PlatformErrorReading = {
	platform: 'Flavours',
	message: (body) => {
		const message = meta(body)?.message ?? (body as IDataObject | undefined)?.message;
		return typeof message === 'string' && message ? message : undefined;
	},
	fieldErrors: laravelFieldErrors,
	hints: {
		unauthorized:
			'Check the Access Token and the Environment in the Flavours credential: the token may have expired, or belong to the other environment (Development and Production have separate accounts).',
		notFound:
			'Check the id you asked for, and the Environment and API Version in the credential. If the path is one Flavours does not document, try it with the API Request resource.',
		forbidden:
			'The Flavours account behind this credential may not do this. A SUBSCRIBER account must name a market on every list: set Default Market ID in the credential, or the Market filter.',
	},
};

/**
 * One Flavours API call: `path` is relative to the base ending in `/api/v2`; the credential adds the
 * Bearer token and X-API-Version. Any non-2xx answer becomes a NodeApiError carrying `meta.message`.
 */
export async function flavoursRequest(
	context: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	options: { qs?: IDataObject; body?: IDataObject; itemIndex?: number; fromFields?: boolean } = {},
): Promise<unknown> {
	const credentials = await context.getCredentials<FlavoursCredentials>('flavoursApi');
	const { fromFields, ...call } = options;
	if (fromFields && call.body) call.body = bodyForVersion(call.body, credentials.apiVersion);
	return await platformRequest(context, flavoursEndpoint(credentials), method, path, call);
}

/** Where Flavours calls go and how they are worded. */
function flavoursEndpoint(credentials: FlavoursCredentials): PlatformEndpoint {
	return {
		credentialType: 'flavoursApi',
		baseUrl: flavoursBaseUrl(credentials),
		errors: flavoursErrors,
		// `includes: ['market', 'branch']` goes out as includes[]=market&includes[]=branch.
		arrayFormat: 'brackets',
	};
}

/** `data` of the `{meta, data}` envelope; a body without the envelope is taken as it is. */
function envelopeData(body: unknown): unknown {
	const isEnvelope = typeof body === 'object' && body !== null && 'meta' in body && 'data' in body;
	return isEnvelope ? (body as IDataObject).data : body;
}

/** The records of a Laravel paginator (`{current_page, data: [...], last_page, ...}`) or a bare list. */
function paginatorItems(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const items = (data as IDataObject | undefined)?.data;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

/** Whether a paginator says another page follows: `next_page_url`, else `current_page < last_page`. */
function hasNextPage(data: unknown, items: IDataObject[]): boolean {
	const paginator = (data ?? {}) as IDataObject;
	if ('next_page_url' in paginator) return !!paginator.next_page_url && items.length > 0;
	if (typeof paginator.last_page === 'number' && typeof paginator.current_page === 'number')
		return paginator.current_page < paginator.last_page;
	// No paginator (a plain array, Laravel's unpaginated get()) is the whole list: page 2 would repeat it.
	return false;
}

/**
 * Follows a Flavours list page by page (`page`, `per_page`) until the paginator's last page, or
 * until `limit` records are in; an answer without a paginator is the whole list. The credential's default market filters every list but the markets
 * list itself, unless the request names a market.
 */
export async function flavoursRequestList(
	context: ApiContext,
	path: string,
	options: { qs?: IDataObject; limit?: number; itemIndex?: number } = {},
): Promise<IDataObject[]> {
	// Read once for every page: in n8n each credential read is a database read and a decryption.
	const credentials = await context.getCredentials<FlavoursCredentials>('flavoursApi');
	const { defaultMarketId } = credentials;
	const endpoint = flavoursEndpoint(credentials);
	const qs = { ...options.qs };
	const marketScoped = !/^\/?markets\/?$/.test(path);
	if (marketScoped && defaultMarketId && qs['filter[market_id]'] === undefined)
		qs['filter[market_id]'] = defaultMarketId;
	const readPage = async (page: number, perPage: number) => {
		const body = await platformRequest(context, endpoint, 'GET', path, {
			qs: { ...qs, page, per_page: perPage },
			itemIndex: options.itemIndex,
		});
		const data = envelopeData(body);
		const items = paginatorItems(data);
		return { items, more: hasNextPage(data, items) };
	};
	return await collectPages(readPage, FLAVOURS_PAGE_SIZE, options.limit);
}

/** How the shared action runner reaches Flavours. */
export const flavoursTransport: PlatformTransport = {
	request: (context, method, path, options) => flavoursRequest(context, method, path, options),
	list: (context, path, options) => flavoursRequestList(context, path, options),
	// `data` is the record, a list or a paginator; `null` (a delete) is no record.
	unwrap: (body) => {
		const data = envelopeData(body);
		if (
			Array.isArray(data) ||
			(typeof data === 'object' && data !== null && 'current_page' in data)
		)
			return paginatorItems(data);
		return data && typeof data === 'object' ? [data as IDataObject] : [];
	},
};
